// Loads one of the project's TypeScript modules from a Node script, through Vite's module runner (Node 20
// cannot strip types itself), with the `@/` alias the sources use.
import path from 'node:path';
import { runnerImport } from 'vite';

const ROOT = path.resolve(import.meta.dirname, '../..');

export async function importTs(file) {
  const { module } = await runnerImport(file, {
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': ROOT } },
  });
  return module;
}
