// Writes the JSON Schema of the current threadmap format version, generated from the zod schema,
// to public/schema/. Run after changing src/core/document/schema.ts or json-schema.ts:
//   npx tsx scripts/write-json-schema.ts
import { writeFileSync } from 'node:fs';
import { PUBLISHED_SCHEMA_PATH, threadmapJsonSchema } from '../src/core/document/json-schema';

writeFileSync(new URL(`../${PUBLISHED_SCHEMA_PATH}`, import.meta.url), `${JSON.stringify(threadmapJsonSchema(), null, 2)}\n`);
console.log(`wrote ${PUBLISHED_SCHEMA_PATH}`);
