interface LabelBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Where each dot's name goes: above right of the dot unless that covers a name already placed,
 * then below right, above left, below left. People close together on the plane (a team of
 * similar sellers) would otherwise print their names on top of each other.
 */
export function placeLabels(
  dots: { x: number; y: number; text: string }[],
): { x: number; y: number; anchor: "start" | "end" }[] {
  const placed: LabelBox[] = [];
  const charWidth = 5.6; // at font size 10
  const height = 11;
  return dots.map((dot) => {
    const width = dot.text.length * charWidth;
    const options = [
      { x: dot.x + 7, y: dot.y - 6, anchor: "start" as const },
      { x: dot.x + 7, y: dot.y + 14, anchor: "start" as const },
      { x: dot.x - 7, y: dot.y - 6, anchor: "end" as const },
      { x: dot.x - 7, y: dot.y + 14, anchor: "end" as const },
    ];
    const box = (o: (typeof options)[number]): LabelBox => ({
      left: o.anchor === "start" ? o.x : o.x - width,
      right: o.anchor === "start" ? o.x + width : o.x,
      top: o.y - height + 2,
      bottom: o.y + 2,
    });
    const overlaps = (a: LabelBox) =>
      placed.some((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom);
    const chosen = options.find((o) => !overlaps(box(o))) ?? options[0];
    placed.push(box(chosen));
    return chosen;
  });
}
