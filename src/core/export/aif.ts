import type { ThreadmapDocument } from '../document/types';
import { buildMap } from '../map/graph';
import type { AifDocument, AifEdge, AifLocution, AifNode, AifParticipant } from '../sources/aif/aif-types';
import { AIF_SCHEMES } from '../sources/aif/aif-types';
import { argumentDocument, displayText, formatAifTimestamp, tagOf } from './interop-text';

type SchemeSpec = (typeof AIF_SCHEMES)[keyof typeof AIF_SCHEMES];

const EPOCH = '1970-01-01 00:00:00';

/**
 * Builds the AIF graph of a thread (AIFdb/OVA JSON shape). Every node becomes an I-node (its
 * text) asserted by an L-node ("author : text") through a YA "Asserting"; every reply is a TA
 * "Default Transition" from the parent's L-node to the reply's; a pro reply adds an RA "Default
 * Inference" (reply I → RA → parent I), a con reply a CA "Default Conflict", a question a YA
 * "Pure Questioning" from the reply's L-node to the parent's I-node.
 */
export function buildAif(input: ThreadmapDocument): AifDocument {
  const doc = argumentDocument(input);
  const { graph } = buildMap(doc.nodes);
  const fallbackTime = formatAifTimestamp(doc.source.retrievedAt) ?? formatAifTimestamp(doc.exportedAt) ?? EPOCH;
  const nodes: AifNode[] = [];
  const edges: AifEdge[] = [];
  const locutions: AifLocution[] = [];
  const participants: AifParticipant[] = [];
  const personByAuthor = new Map<string, string>();
  const iNodeOf: string[] = [];
  const lNodeOf: string[] = [];

  const addNode = (text: string, type: string, timestamp: string): string => {
    const nodeID = String(nodes.length + 1);
    nodes.push({ nodeID, text, type, timestamp });
    return nodeID;
  };
  const addScheme = (spec: SchemeSpec, timestamp: string): string => {
    const nodeID = addNode(spec.text, spec.type, timestamp);
    const node = nodes[nodes.length - 1]!;
    if ('scheme' in spec) node.scheme = spec.scheme;
    if ('schemeID' in spec) node.schemeID = spec.schemeID;
    return nodeID;
  };
  const addEdge = (fromID: string, toID: string): void => {
    edges.push({ edgeID: String(edges.length + 1), fromID, toID, formEdgeID: null });
  };
  const personOf = (author: string): string => {
    let personID = personByAuthor.get(author);
    if (personID === undefined) {
      personID = String(participants.length + 1);
      personByAuthor.set(author, personID);
      participants.push({ participantID: personID, firstname: author, surname: '' });
    }
    return personID;
  };

  // Pre-order guarantees a parent's I- and L-nodes exist before its replies point at them.
  for (const position of graph.preorder) {
    const node = graph.nodes[position]!;
    const timestamp = formatAifTimestamp(node.createdAt) ?? fallbackTime;
    const text = displayText(node);
    const iNode = addNode(text, 'I', timestamp);
    // AIFdb writes the speaker before " : "; a node without an author has no speaker to name.
    const lNode = addNode(node.author !== null ? `${node.author} : ${text}` : text, 'L', timestamp);
    iNodeOf[position] = iNode;
    lNodeOf[position] = lNode;
    const asserting = addScheme(AIF_SCHEMES.asserting, timestamp);
    addEdge(lNode, asserting);
    addEdge(asserting, iNode);
    if (node.author !== null) {
      locutions.push({ nodeID: lNode, personID: personOf(node.author), timestamp, start: null, end: null, source: node.url });
    }

    const parent = graph.parent[position]!;
    if (parent < 0) continue;
    const parentI = iNodeOf[parent]!;
    const transition = addScheme(AIF_SCHEMES.transition, timestamp);
    addEdge(lNodeOf[parent]!, transition);
    addEdge(transition, lNode);
    const tag = tagOf(doc, node.id);
    if (tag === 'pro' || tag === 'con') {
      const relation = addScheme(tag === 'pro' ? AIF_SCHEMES.inference : AIF_SCHEMES.conflict, timestamp);
      addEdge(iNode, relation);
      addEdge(relation, parentI);
    } else if (tag === 'question') {
      const questioning = addScheme(AIF_SCHEMES.questioning, timestamp);
      addEdge(lNode, questioning);
      addEdge(questioning, parentI);
    }
  }
  return { nodes, edges, locutions, participants };
}

/** The thread as AIF JSON text (AIFdb/OVA shape), two-space indented. */
export function exportAif(doc: ThreadmapDocument): string {
  return `${JSON.stringify(buildAif(doc), null, 2)}\n`;
}
