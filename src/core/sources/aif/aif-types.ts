/**
 * The AIF JSON shape that AIFdb serves and OVA reads and writes (see docs/exports.md): a graph of
 * information nodes (I), locutions (L) and scheme nodes (RA, CA, MA, PA, TA, YA) joined by edges.
 */

/** I = proposition, L = locution; the rest are scheme applications between them. */
export type AifNodeType = 'I' | 'L' | 'RA' | 'CA' | 'MA' | 'PA' | 'TA' | 'YA' | (string & {});

export interface AifNode {
  nodeID: string;
  text: string;
  type: AifNodeType;
  /** "YYYY-MM-DD HH:MM:SS". */
  timestamp: string;
  /** Scheme name on scheme nodes, as AIFdb exports it (e.g. "Default Inference"). */
  scheme?: string;
  schemeID?: string;
}

export interface AifEdge {
  edgeID: string;
  fromID: string;
  toID: string;
  formEdgeID: null;
}

export interface AifLocution {
  nodeID: string;
  personID: string;
  timestamp: string;
  start: string | null;
  end: string | null;
  /** Where the locution was said: the comment's permalink here. */
  source: string | null;
}

export interface AifParticipant {
  participantID: string;
  firstname: string;
  surname: string;
}

export interface AifDocument {
  nodes: AifNode[];
  edges: AifEdge[];
  locutions: AifLocution[];
  participants: AifParticipant[];
}

/**
 * Scheme nodes Threadmap writes: text, scheme name and AIFdb scheme id as they appear in AIFdb
 * corpus exports (the ids of Asserting, Default Inference and Pure Questioning are those of
 * AIFdb nodeset 6064, Default Conflict that of OVA's scheme list). AIFdb writes transition
 * nodes without a scheme name or id, so none is invented here.
 */
export const AIF_SCHEMES = {
  asserting: { text: 'Asserting', type: 'YA', scheme: 'Asserting', schemeID: '74' },
  inference: { text: 'Default Inference', type: 'RA', scheme: 'Default Inference', schemeID: '72' },
  conflict: { text: 'Default Conflict', type: 'CA', scheme: 'Default Conflict', schemeID: '71' },
  questioning: { text: 'Pure Questioning', type: 'YA', scheme: 'PureQuestioning', schemeID: '91' },
  transition: { text: 'Default Transition', type: 'TA' },
} as const satisfies Record<string, { text: string; type: AifNodeType; scheme?: string; schemeID?: string }>;
