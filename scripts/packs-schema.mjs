// `npm run packs:schema`: writes docs/pack.schema.json from the pack's zod schema (utils/packs/schema.ts).
// tests/unit/packs-schema.test.ts fails when the committed file is not what this writes.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { importTs } from './lib/import-ts.mjs';

const out = path.resolve(import.meta.dirname, '../docs/pack.schema.json');
const { packJsonSchema } = await importTs('/utils/packs/json-schema.ts');
fs.writeFileSync(out, packJsonSchema());
// Laid out as the repository's formatter lays out JSON, so `npm run lint` stays clean.
execFileSync(path.resolve(import.meta.dirname, '../node_modules/.bin/biome'), ['format', '--write', out], {
  stdio: 'ignore',
});
console.log(`wrote ${path.relative(process.cwd(), out)}`);
