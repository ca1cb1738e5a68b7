// `npm run --silent notice -- parse FILE`: a notice's requirements and deadlines as JSON on stdout.
import fs from 'node:fs';
import { importTs } from './lib/import-ts.mjs';

const [command, file] = process.argv.slice(2);
if (command !== 'parse' || !file) {
  console.error('用法 / usage: npm run --silent notice -- parse FILE');
  process.exit(2);
}
let text;
try {
  text = fs.readFileSync(file, 'utf8');
} catch (e) {
  console.error(`无法读取文件 / cannot read ${file}: ${e.message}`);
  process.exit(1);
}
const module = await importTs('/utils/notices/parse.ts');
process.stdout.write(`${JSON.stringify(module.parseNotice(text), null, 2)}\n`);
