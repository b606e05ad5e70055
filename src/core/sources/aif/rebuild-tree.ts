import type { Link, Tag } from '../../map/types';
import type { AifGraph, ReadNode } from './read-aif';

/** A reply relation read from the AIF graph: `child` replies to `parent`. */
interface Candidate {
  child: string;
  parent: string;
  tag: Tag | null;
  kind: string;
  /** Timestamp of the scheme node that states the relation. */
  at: string | null;
}

export interface TagAt {
  tag: Tag;
  at: string | null;
}

export interface RebuiltTree {
  /** I-node ids in file order. */
  iNodes: string[];
  /** The I-node each I-node replies to; absent for the root (and for nothing else). */
  parent: Map<string, string>;
  root: string;
  tags: Map<string, TagAt>;
  /** Relations the tree had no room for (a second conclusion, a transition to another node). */
  links: Link[];
  /** The L-node that utters each I-node, when there is one. */
  locutionOf: Map<string, string>;
  warnings: string[];
}

const ARGUMENT_SCHEMES: Record<string, { tag: Tag | null; kind: string }> = {
  RA: { tag: 'pro', kind: 'support' },
  CA: { tag: 'con', kind: 'attack' },
  MA: { tag: null, kind: 'rephrase' },
};

/**
 * Rebuilds a reply tree over the I-nodes of an AIF graph. The conclusion of an RA/CA is the
 * parent of its premises (pro/con); a YA questioning from a reply's locution to another I-node
 * makes a question; a TA between two locutions makes an untagged reply; an MA (rephrase) comes
 * last. The first I-node left without a parent is the root and every other such node hangs under it.
 * A relation that would close a cycle is kept as a link instead.
 */
export function rebuildTree(graph: AifGraph): RebuiltTree {
  const byId = new Map<string, ReadNode>();
  for (const node of graph.nodes) if (!byId.has(node.nodeID)) byId.set(node.nodeID, node);
  const outs = new Map<string, string[]>();
  const ins = new Map<string, string[]>();
  for (const edge of graph.edges) {
    if (!byId.has(edge.fromID) || !byId.has(edge.toID)) continue;
    push(outs, edge.fromID, edge.toID);
    push(ins, edge.toID, edge.fromID);
  }
  const typeOf = (id: string) => byId.get(id)?.type;
  const ofType = (ids: string[] | undefined, type: string) => (ids ?? []).filter((id) => typeOf(id) === type);
  const iNodes = [...byId.values()].filter((node) => node.type === 'I').map((node) => node.nodeID);

  // Which I-node each locution asserts, and which I-nodes it questions.
  const asserted = new Map<string, string>();
  const questioned = new Map<string, { target: string; at: string | null }[]>();
  for (const node of byId.values()) {
    if (node.type !== 'YA') continue;
    const isQuestion = isQuestioning(node);
    for (const locution of ofType(ins.get(node.nodeID), 'L')) {
      for (const target of ofType(outs.get(node.nodeID), 'I')) {
        if (isQuestion) push(questioned, locution, { target, at: node.timestamp });
        else if (!asserted.has(locution)) asserted.set(locution, target);
      }
    }
  }

  const first: Candidate[] = [];
  const second: Candidate[] = [];
  const third: Candidate[] = [];
  const questionContent = new Map<string, string>();
  const pendingQuestions = new Map<string, string | null>();
  for (const [locution, targets] of questioned) {
    const own = asserted.get(locution);
    for (const { target, at } of targets) {
      if (own !== undefined && own !== target) first.push({ child: own, parent: target, tag: 'question', kind: 'question', at });
      else {
        // Real IAT analyses anchor a question in its own content: that I-node is the question.
        if (!questionContent.has(locution)) questionContent.set(locution, target);
        if (!pendingQuestions.has(target)) pendingQuestions.set(target, at);
      }
    }
  }
  const contentOf = (locution: string) => asserted.get(locution) ?? questionContent.get(locution);

  for (const node of byId.values()) {
    const scheme = ARGUMENT_SCHEMES[node.type];
    if (scheme !== undefined) {
      const conclusion = (outs.get(node.nodeID) ?? []).map((id) => resolveTarget(id)).find((id) => id !== undefined);
      if (conclusion === undefined) continue;
      for (const premise of ofType(ins.get(node.nodeID), 'I')) {
        (node.type === 'MA' ? third : first).push({ child: premise, parent: conclusion, tag: scheme.tag, kind: scheme.kind, at: node.timestamp });
      }
    } else if (node.type === 'TA') {
      for (const to of ofType(outs.get(node.nodeID), 'L')) {
        const child = contentOf(to);
        if (child === undefined) continue;
        for (const from of ofType(ins.get(node.nodeID), 'L')) {
          const parent = contentOf(from);
          if (parent !== undefined) second.push({ child, parent, tag: null, kind: 'reply', at: node.timestamp });
        }
      }
    }
  }

  // An attack on an inference (CA → RA) replies to the argument: the RA's premise, else its conclusion.
  function resolveTarget(id: string): string | undefined {
    const type = typeOf(id);
    if (type === 'I') return id;
    if (type !== 'RA' && type !== 'CA' && type !== 'MA') return undefined;
    return ofType(ins.get(id), 'I')[0] ?? ofType(outs.get(id), 'I')[0];
  }

  const parent = new Map<string, string>();
  const tags = new Map<string, TagAt>();
  const links: Link[] = [];
  const linked = new Set<string>();
  const reaches = (from: string, target: string): boolean => {
    let steps = 0;
    for (let at: string | undefined = from; at !== undefined && steps <= iNodes.length; at = parent.get(at), steps++) {
      if (at === target) return true;
    }
    return false;
  };
  for (const candidate of [...first, ...second, ...third]) {
    const { child, parent: to, tag, kind, at } = candidate;
    if (child === to) continue;
    // Transitions run in speaking order, inferences from premise to conclusion: in a real
    // dialogue the two often point opposite ways, so a relation that would close a cycle is a link.
    if (!parent.has(child) && !reaches(to, child)) {
      parent.set(child, to);
      if (tag !== null) tags.set(child, { tag, at });
    } else if (parent.get(child) !== to && !linked.has(`${child}\u0000${to}\u0000${kind}`)) {
      linked.add(`${child}\u0000${to}\u0000${kind}`);
      links.push({ from: child, to, kind });
    }
  }
  for (const [target, at] of pendingQuestions) if (!tags.has(target)) tags.set(target, { tag: 'question', at });

  const warnings: string[] = [];
  let root = iNodes.find((id) => !parent.has(id));
  if (root === undefined) {
    root = iNodes[0]!;
    parent.delete(root);
    warnings.push(`Every proposition replies to another one; "${root}" was made the root.`);
  }
  const loose = iNodes.filter((id) => id !== root && !parent.has(id));
  for (const id of loose) parent.set(id, root);
  if (loose.length > 0) {
    warnings.push(`${loose.length} proposition(s) have no inference, conflict, question or transition to another one; they are shown under the root.`);
  }

  const locutionOf = new Map<string, string>();
  for (const [locution, target] of [...asserted, ...questionContent]) if (!locutionOf.has(target)) locutionOf.set(target, locution);
  return { iNodes, parent, root, tags, links, locutionOf, warnings };
}

/** YA schemes that ask or challenge: Pure/Assertive/Rhetorical Questioning and Challenging. */
function isQuestioning(node: ReadNode): boolean {
  const name = `${node.scheme ?? ''} ${node.text ?? ''}`.toLowerCase();
  return name.includes('question') || name.includes('challeng');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
