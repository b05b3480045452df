// A tidy-tree layout for server-rendered org charts: leaves take consecutive columns, parents sit
// centred above their children. Org charts here have at most a few dozen seat groups, so the
// simple algorithm is enough and keeps the layout dependency-free.

export interface LayoutNode {
  id: string;
  parent: string | null;
}

export interface Placed {
  id: string;
  depth: number;
  /** Column position (may be fractional for parents). */
  column: number;
}

export function layoutTree(nodes: readonly LayoutNode[]): {
  placed: Map<string, Placed>;
  columns: number;
  depth: number;
} {
  const children = new Map<string | null, string[]>();
  for (const n of nodes) children.set(n.parent, [...(children.get(n.parent) ?? []), n.id]);
  const placed = new Map<string, Placed>();
  let nextColumn = 0;
  let maxDepth = 0;
  const visit = (id: string, depth: number): number => {
    maxDepth = Math.max(maxDepth, depth);
    const kids = children.get(id) ?? [];
    const column =
      kids.length === 0
        ? nextColumn++
        : (() => {
            const cols = kids.map((k) => visit(k, depth + 1));
            return (cols[0]! + cols.at(-1)!) / 2;
          })();
    placed.set(id, { id, depth, column });
    return column;
  };
  for (const root of children.get(null) ?? []) visit(root, 0);
  return { placed, columns: Math.max(1, nextColumn), depth: maxDepth };
}

/** Splits a title into at most `lines` lines of about `width` characters, on word boundaries. */
export function wrap(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/)) {
    if (current && `${current} ${word}`.length > width) {
      out.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) out.push(current);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = truncate(`${kept[lines - 1]} ${out.slice(lines).join(" ")}`, width);
  return kept;
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
