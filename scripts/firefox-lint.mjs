// `node scripts/firefox-lint.mjs [build dir]`: Mozilla's addons-linter (the engine of `web-ext lint`) on the
// Firefox build. Fails on any error, and on any warning that scripts/firefox-lint-allow.json does not explain;
// prints the explained ones with their reasons, so the list stays visible and reviewed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const dir = path.resolve(process.argv[2] ?? path.join(ROOT, '.output/firefox-mv2'));
const { allow } = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'firefox-lint-allow.json'), 'utf8'));

if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
  console.log(`✗ no Firefox build at ${dir}: run \`npm run build:firefox\` first`);
  process.exit(1);
}

const bin = path.join(ROOT, 'node_modules/.bin/addons-linter');
const run = spawnSync(bin, ['--output', 'json', '--boring', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.log(`✗ addons-linter gave no report (exit ${run.status}):\n${run.stderr || run.stdout}`);
  process.exit(1);
}

const sources = new Map();
/** The text around a reported position (minified bundles are one long line), or the manifest message. */
function around(m, radius = 300) {
  if (!m.line || !m.file || m.file === 'manifest.json') return `${m.message} ${m.description ?? ''}`;
  if (!sources.has(m.file)) sources.set(m.file, fs.readFileSync(path.join(dir, m.file), 'utf8').split('\n'));
  const line = sources.get(m.file)[m.line - 1] ?? '';
  const col = m.column ?? 0;
  return line.slice(Math.max(0, col - radius), col + radius);
}

const used = new Set();
function explain(m) {
  const text = around(m);
  const entry = allow.find((a) => a.code === m.code && new RegExp(a.file).test(m.file ?? '') && text.includes(a.near));
  if (entry) used.add(entry);
  return entry;
}

const where = (m) => `${m.file ?? ''}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}`;
const unexplained = [];
for (const m of report.errors) console.log(`✗ error ${m.code} ${where(m)}: ${m.message}\n    ${m.description ?? ''}`);
for (const m of report.warnings) {
  const entry = explain(m);
  if (entry) console.log(`  allowed ${m.code} ${where(m)}: ${entry.why}`);
  else unexplained.push(m);
}
for (const m of unexplained) {
  console.log(`✗ warning ${m.code} ${where(m)}: ${m.message}\n    ${m.description ?? ''}\n    …${around(m, 80)}…`);
}
for (const m of report.notices) console.log(`  notice ${m.code} ${where(m)}: ${m.message}`);
for (const a of allow)
  if (!used.has(a)) console.log(`  (allow-list entry no longer needed: ${a.code} near "${a.near}")`);

const { errors, warnings, notices } = report.summary;
console.log(
  `addons-linter: ${errors} error(s), ${warnings} warning(s) of which ${unexplained.length} unexplained, ${notices} notice(s)`,
);
process.exit(errors === 0 && unexplained.length === 0 ? 0 : 1);
