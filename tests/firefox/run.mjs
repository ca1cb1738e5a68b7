// `npm run e2e:firefox`: runs the Firefox smoke suite (tests/firefox/*.test.mjs) with node's test runner,
// one test at a time, prints it like `node --test`, and writes test-results/firefox.json
// ({ passed, failed, tests }) for scripts/test-all.mjs to count.
import fs from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { EXTENSION_DIR, FIREFOX_PATH } from './harness.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const REPORT = path.join(ROOT, 'test-results/firefox.json');
fs.mkdirSync(path.dirname(REPORT), { recursive: true });
fs.rmSync(REPORT, { force: true });

for (const [what, file] of [
  ['Firefox ESR (apt-get install firefox-esr)', FIREFOX_PATH],
  ['the Firefox build (npm run build:firefox)', path.join(EXTENSION_DIR, 'manifest.json')],
]) {
  if (!fs.existsSync(file)) {
    console.error(`missing ${what}: ${file}`);
    process.exit(1);
  }
}

const files = fs
  .readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.test.mjs'))
  .map((f) => path.join(import.meta.dirname, f));
const results = [];
/** Top-level tests only (not suites); a skipped or todo test counts as neither passed nor failed. */
function record(t, ok) {
  if (t.nesting !== 0 || t.details?.type === 'suite' || t.skip || t.todo) return;
  results.push({ name: t.name, ok, ms: Math.round(t.details?.duration_ms ?? 0) });
}
const stream = run({ files, concurrency: 1, timeout: 120_000 });
stream.on('test:pass', (t) => record(t, true));
stream.on('test:fail', (t) => record(t, false));
const printed = stream.compose(new spec());
printed.pipe(process.stdout, { end: false });
await finished(printed);

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
fs.writeFileSync(REPORT, `${JSON.stringify({ passed, failed, tests: results }, null, 1)}\n`);
console.log(`firefox smoke: ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
