/** Agreement between coders: reliability data and the measures computed from it (see README.md). */
export { buildReliabilityData, pairableUnitIndexes, selectUnits, type CoderTags, type ReliabilityData } from './reliability-data';
export { percentAgreement } from './percent-agreement';
export { cohenKappa, cohenKappaFromMatrix, confusionMatrix, pairPercentAgreement, type ConfusionMatrix } from './pairwise';
export { fleissKappa, fleissKappaFromCounts, type FleissResult } from './fleiss-kappa';
export { categoryAlphas, krippendorffAlpha } from './krippendorff-alpha';
export { alphaBootstrap, bootstrapDistribution, quantile, DEFAULT_BOOTSTRAP, type AlphaInterval, type BootstrapOptions } from './bootstrap';
export { agreementReport, unitsCodedByAll, type AgreementReport, type CategoryAgreement, type PairAgreement, type PairConfusion } from './agreement-report';
export { coderName, codedLayers, differentCommentsMessage, differentThreadMessage, duplicateCoderMessage, reliabilityDataFromDocuments, reliabilityDataOfMap, type CodedDocument } from './from-documents';
export { combineCoderFiles, describeOverlap, overlapOf, type CoderFile, type Combined, type CombineError, type Overlap } from './combine';
export { mapAgreement, agreementOverSubDebates, type MapAgreement, type SubDebateAgreement } from './by-sub-debate';
export { adjudicate, coderTagsOf, disagreements, type AdjudicationError, type Decision, type Disagreement } from './adjudicate';
export { formatReport, overlapSentence, REPORT_FORMATS, type ReportFormat } from './format-report';
