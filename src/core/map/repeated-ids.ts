import type { ThreadNode } from './types';

/**
 * Gives each node that repeats an id already used a "~2", "~3", … suffix (one no other node has),
 * keeping its text; replies and annotations stay with the first node of that id. Returns `nodes`
 * itself when no id repeats; `renamed` hears each renamed node's position and its former id.
 */
export function renameRepeatedIds(nodes: readonly ThreadNode[], renamed: (index: number, id: string) => void = () => undefined): readonly ThreadNode[] {
  const seen = new Set<string>();
  let taken: Set<string> | null = null;
  let out: ThreadNode[] | null = null;
  nodes.forEach((node, index) => {
    if (!seen.has(node.id)) {
      seen.add(node.id);
      return;
    }
    taken ??= new Set(nodes.map((other) => other.id));
    let n = 2;
    while (taken.has(`${node.id}~${n}`)) n++;
    const id = `${node.id}~${n}`;
    taken.add(id);
    out ??= nodes.slice();
    out[index] = { ...node, id };
    renamed(index, node.id);
  });
  return out ?? nodes;
}
