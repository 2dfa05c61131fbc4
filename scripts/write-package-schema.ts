/** Regenerates docs/package-format.schema.json from the importer's zod schemas: `npx tsx scripts/write-package-schema.ts`. */
import fs from 'node:fs';
import path from 'node:path';
import { packageJsonSchema } from '../src/main/domain/packages/json-schema';

const target = path.join(import.meta.dirname, '..', 'docs', 'package-format.schema.json');
fs.writeFileSync(target, `${JSON.stringify(packageJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target}\n`);
