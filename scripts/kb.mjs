// `npm run --silent kb -- deadlines|requirements|rules`: the built-in knowledge (and the annex rules) as JSON on stdout.
// Runs the TypeScript sources through Vite's module runner (Node 20 cannot strip types itself).
import { importTs } from './lib/import-ts.mjs';

const what = process.argv[2];
const commands = { deadlines: 'deadlineRows', requirements: 'requirementRows', rules: 'ruleRows' };
if (!Object.hasOwn(commands, what ?? '')) {
  console.error('用法 / usage: npm run --silent kb -- deadlines | requirements | rules');
  process.exit(2);
}
const module = await importTs('/utils/knowledge/cli.ts');
process.stdout.write(`${JSON.stringify(module[commands[what]](), null, 2)}\n`);
