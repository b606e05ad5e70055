/** The `threadmap` file: open any input, open a saved map, make a new one. */
export { openInput, supportedFormats, type OpenInputContext } from './open-input';
export { openDocument, type OpenDocumentOptions } from './open-document';
export { createDocument, type CreateDocumentOptions } from './create-document';
export { validateDocument } from './validate-document';
export { repairReferences, type RepairedDocument } from './references';
export { migrateDocument, migrations, type Migration, type RawDocument } from './migrations';
export { DEFAULT_MAX_BYTES, formatBytes } from './input-checks';
export { CURRENT_VERSION, FORMAT_NAME, type MapView, type ThreadmapDocument } from './types';
