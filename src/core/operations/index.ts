export { applyOperation, inverseId, type Applied, type OperationResult } from './apply-operation';
export { createHistory, perform, push, redo, undo, type History, type HistoryEntry, type HistoryStep, type Stamp } from './history';
export { appendToLog, compactLog, createLog, parseLoggedOperations, replayLog, type OperationLog } from './operation-log';
export { applyRestore, diffDocuments, isEmptyPatch } from './restore';
export { operationSchema, parseOperation } from './schema';
export type { Operation, OperationError, OperationKind, OperationOf, OperationPayloads, RestorePatch, Splice } from './types';
