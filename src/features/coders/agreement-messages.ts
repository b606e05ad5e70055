import { agreementOverSubDebates, reliabilityDataOfMap, type MapAgreement } from '../../core/agreement';
import type { ThreadmapDocument } from '../../core/document/types';

/** Maps with more units than this are measured in a worker, so the page stays responsive during the bootstrap. */
export const WORKER_UNITS = 2000;

export interface AgreementRequest {
  id: number;
  doc: ThreadmapDocument;
}

export interface AgreementResponse {
  id: number;
  result: MapAgreement;
}

/** The agreement of the map's coders, for the whole map and each sub-debate, as `threadmap agreement --sub-debates` computes it. */
export function measureAgreement(doc: ThreadmapDocument): MapAgreement {
  return agreementOverSubDebates(doc, reliabilityDataOfMap(doc));
}
