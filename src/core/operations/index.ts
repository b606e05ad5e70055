// Checking operations with zod lives in './schema' and the log in './operation-log', imported
// directly where they are needed: this entry stays free of zod, so the page can load the editor
// without it (the saved-map reader and the worker bring zod when they are loaded).
export { applyOperation, inverseId, type Applied, type OperationResult } from './apply-operation';
export { createHistory, historyAfter, perform, push, redo, savedHistoryOf, undo, HISTORY_LIMIT, SAVED_HISTORY_LIMIT, type History, type HistoryEntry, type LoggedOperation, type LoggedStep, type HistoryStep, type SavedHistory, type Stamp } from './history';
export { applyRestore, diffDocuments, isEmptyPatch } from './restore';
export { cardOfOperation } from './card-of';
export { isViewOperation } from './types';
export type { Operation, OperationError, OperationKind, OperationOf, OperationPayloads, RestorePatch, Splice } from './types';
