import { emptyAnnotations } from '../annotations/types';
import type { ThreadmapDocument } from '../document/types';
import { measureGraph } from '../insight/measure-thread';
import { buildMap, descendantsOf } from '../map/graph';
import { agreementReport, unitsCodedByAll, type AgreementReport } from './agreement-report';
import type { BootstrapOptions } from './bootstrap';
import { codedLayers } from './from-documents';
import { reliabilityDataFromDocuments } from './from-documents';
import { selectUnits, type ReliabilityData } from './reliability-data';

/** The agreement report of one sub-debate: units restricted to its comments. */
export interface SubDebateAgreement {
  /** Id of its top comment. */
  id: string;
  kind: 'top-level' | 'branch';
  /** Author of its top comment, or null. */
  author: string | null;
  /** Nodes in it (the top comment and every node below). */
  size: number;
  /** Comments in it (not `more` stubs nor claims), as the report's table gives them. */
  comments: number;
  codedByAll: number;
  report: AgreementReport;
}

/** The agreement of a map's coders over the whole thread and over each sub-debate. */
export interface MapAgreement {
  whole: AgreementReport;
  codedByAll: number;
  /** In thread order of their top comments; the insight layer's sub-debates (top-level replies and big branches). */
  subDebates: SubDebateAgreement[];
}

/**
 * Agreement of a map's coders (one per layer; see `codedLayers`) for the whole map and for each
 * sub-debate the insight layer finds, every report computed by `agreementReport` over the units of
 * that part. A sub-debate no two coders coded any comment of still gets its report (every measure
 * null), so a table of sub-debates has no gaps.
 */
export function mapAgreement(doc: ThreadmapDocument, fileName = 'map', bootstrap: Partial<BootstrapOptions> = {}): MapAgreement {
  const data = reliabilityDataFromDocuments(codedLayers(doc, fileName));
  return agreementOverSubDebates(doc, data, bootstrap);
}

/** The same as `mapAgreement`, from reliability data already built over `doc`'s comments. */
export function agreementOverSubDebates(doc: ThreadmapDocument, data: ReliabilityData, bootstrap: Partial<BootstrapOptions> = {}): MapAgreement {
  const { graph } = buildMap(doc.nodes);
  const { topLevel, branches } = measureGraph(graph, emptyAnnotations());
  const order = new Map<number, number>();
  graph.preorder.forEach((node, k) => order.set(node, k));
  const debates = [...topLevel, ...branches]
    .map((debate) => ({ debate, at: graph.index.get(debate.id)! }))
    .sort((a, b) => order.get(a.at)! - order.get(b.at)!);
  const subDebates = debates.map(({ debate, at }): SubDebateAgreement => {
    const ids = new Set([debate.id, ...descendantsOf(graph, at).map((node) => graph.nodes[node]!.id)]);
    const part = selectUnits(data, (unit) => ids.has(unit));
    return { id: debate.id, kind: debate.kind, author: graph.nodes[at]!.author, size: debate.size, comments: debate.comments, codedByAll: unitsCodedByAll(part), report: agreementReport(part, bootstrap) };
  });
  return { whole: agreementReport(data, bootstrap), codedByAll: unitsCodedByAll(data), subDebates };
}
