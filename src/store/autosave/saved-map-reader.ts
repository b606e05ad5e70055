// Loaded when a saved map is read or a change from another tab arrives: zod comes to the page with
// it (through core/zod-without-eval, which keeps it from probing for eval under the policy).
export { readSavedMap } from '../../core/document/saved-map';
export { replayLog } from '../../core/operations/operation-log';
export { parseOperation, parseSavedHistory } from '../../core/operations/schema';
