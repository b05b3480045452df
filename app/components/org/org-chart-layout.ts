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

export function layoutTree(nodes: readonly LayoutNode[]): { placed: Map<string, Placed>; columns: number; depth: number } {
  const children = new Map<string | null, string[]>();
  for (const n of nodes) children.set(n.parent, [...(children.get(n.parent) ?? []), n.id]);
  const placed = new Map<string, Placed>();
  let nextColumn = 0;
  let maxDepth = 0;
  const visit = (id: string, depth: number): number => {
    maxDepth = Math.max(maxDepth, depth);
    const kids = children.get(id) ?? [];
    const column = kids.length === 0 ? nextColumn++ : (() => {
      const cols = kids.map((k) => visit(k, depth + 1));
      return (cols[0]! + cols.at(-1)!) / 2;
    })();
    placed.set(id, { id, depth, column });
    return column;
  };
  for (const root of children.get(null) ?? []) visit(root, 0);
  return { placed, columns: Math.max(1, nextColumn), depth: maxDepth };
}
