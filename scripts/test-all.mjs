// `npm test`: every check the project has, in order, with one closing line `N passed, N failed`.
// Typecheck, lint, both browser builds and the size budget count as one check each; unit and e2e tests count
// one per test. A failing step does not stop the others (except that e2e needs the Chrome build).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const RESULTS = path.join(ROOT, 'test-results');
fs.mkdirSync(RESULTS, { recursive: true });

const bin = (name) => path.join(ROOT, 'node_modules/.bin', name);
let passed = 0;
let failed = 0;
const summary = [];
const notes = [];
/** The tests that failed, by name, repeated in the summary so that the tail of a CI log says which. */
const failures = [];

/** Titles of the Playwright tests whose outcome was unexpected or flaky, with the first line of their error. */
function e2eFailures(report) {
  const out = [];
  const walk = (suite, trail) => {
    const here = suite.title ? [...trail, suite.title] : trail;
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'unexpected' && t.status !== 'flaky') continue;
        const error = (t.results ?? []).flatMap((r) => r.errors ?? [r.error ?? []]).find((e) => e?.message);
        const first = (error?.message ?? '')
          .replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '')
          .split('\n')[0]
          .slice(0, 200);
        out.push(
          `${[...here, spec.title].join(' › ')}${t.status === 'flaky' ? ' (flaky: passed on retry)' : ''}${first ? ` — ${first}` : ''}`,
        );
      }
    }
    for (const s of suite.suites ?? []) walk(s, here);
  };
  for (const s of report.suites ?? []) walk(s, []);
  return out;
}

function run(title, cmd, args, env = {}) {
  console.log(`\n━━ ${title}: ${[path.basename(cmd), ...args].join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  return { ok: r.status === 0, seconds };
}

function step(title, cmd, args) {
  const { ok, seconds } = run(title, cmd, args);
  ok ? passed++ : failed++;
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${title} (${seconds} s)`);
  return ok;
}

/** Runs a test runner that writes a JSON report, and counts its tests. */
function tests(title, cmd, args, reportFile, count, env = {}) {
  fs.rmSync(reportFile, { force: true });
  const { ok, seconds } = run(title, cmd, args, env);
  let p = 0;
  let f = 0;
  if (fs.existsSync(reportFile)) {
    [p, f] = count(JSON.parse(fs.readFileSync(reportFile, 'utf8')));
  }
  // A runner that crashed, or failed with no test failing (a broken config), still counts as a failure.
  if (!ok && f === 0) f = 1;
  if (ok && p === 0) f += 1;
  passed += p;
  failed += f;
  summary.push(`${f === 0 ? 'ok  ' : 'FAIL'} ${title}: ${p} passed, ${f} failed (${seconds} s)`);
}

// Regenerate WXT's types first: its i18n message types come from public/_locales.
run('wxt prepare', bin('wxt'), ['prepare']);
step('typecheck', bin('tsc'), ['--noEmit']);
step('lint', bin('biome'), ['check', '.']);

const vitestReport = path.join(RESULTS, 'unit.json');
tests(
  'unit tests',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile=${vitestReport}`],
  vitestReport,
  (j) => {
    // A test file that fails to load (a missing fixture, a syntax error) runs none of its tests: Vitest reports
    // the file as failed with no assertion results. Each such file counts as a failure and is named, so that a
    // suite that silently lost half its files never reads as "1 failed".
    const unloaded = (j.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).length);
    for (const f of unloaded) {
      console.log(`test file failed to load: ${path.relative(ROOT, f.name)}: ${(f.message ?? '').split('\n')[0]}`);
    }
    if (unloaded.length) notes.push(`${unloaded.length} unit test file(s) failed to load, counted as failed`);
    for (const f of j.testResults ?? []) {
      for (const a of f.assertionResults ?? []) {
        if (a.status === 'failed') failures.push(`unit: ${path.relative(ROOT, f.name)} › ${a.fullName}`);
      }
    }
    return [j.numPassedTests ?? 0, (j.numFailedTests ?? 0) + unloaded.length];
  },
);

const builtFirefox = step('build firefox', bin('wxt'), ['build', '-b', 'firefox']);
const builtChrome = step('build chrome', bin('wxt'), ['build']);
if (builtChrome || builtFirefox) step('content script size budget', process.execPath, ['scripts/size.mjs']);
// Both builds against the oldest browsers we support (syntax and APIs), and Mozilla's linter on the Firefox one.
step('compat (Chromium 122, Firefox 115)', process.execPath, ['scripts/compat.mjs']);
step('firefox lint (addons-linter)', process.execPath, ['scripts/firefox-lint.mjs']);

if (builtChrome) {
  // The UI-framework replica pages load their frameworks' published bundles, copied in from node_modules.
  step('replica pages (framework bundles)', process.execPath, ['scripts/build-replicas.mjs']);
  // Two projects (playwright.config.ts): most specs two at a time, then the timing-sensitive ones alone.
  const e2eRuns = [
    ['e2e (Chromium, two at a time)', 'shared', []],
    ['e2e (Chromium, timing-sensitive specs alone)', 'alone', ['--workers=1']],
  ];
  for (const [title, project, extra] of e2eRuns) {
    const e2eReport = path.join(RESULTS, `e2e-${project}.json`);
    tests(
      title,
      bin('playwright'),
      ['test', `--project=${project}`, ...extra],
      e2eReport,
      (j) => {
        const s = j.stats ?? {};
        // A spec file that fails to load is a top-level error, not a test: count each as a failure too.
        const loadErrors = (j.errors ?? []).length;
        if (loadErrors) notes.push(`${loadErrors} e2e file error(s) outside any test, counted as failed`);
        for (const t of e2eFailures(j)) failures.push(`e2e: ${t}`);
        if (s.flaky) notes.push(`${s.flaky} e2e test(s) failed once and passed on their retry (named below)`);
        return [(s.expected ?? 0) + (s.flaky ?? 0), (s.unexpected ?? 0) + loadErrors];
      },
      { TB_E2E_REPORT: e2eReport, TB_E2E_ARTIFACTS: path.join(RESULTS, `e2e-artifacts-${project}`) },
    );
  }
} else {
  failed++;
  summary.push('FAIL e2e (Chromium): not run, the Chrome build failed');
}

// The Firefox build in Debian's Firefox ESR, driven over WebDriver BiDi (tests/firefox).
if (builtFirefox) {
  const firefoxReport = path.join(RESULTS, 'firefox.json');
  tests('firefox smoke', process.execPath, ['tests/firefox/run.mjs'], firefoxReport, (j) => [j.passed, j.failed]);
} else {
  failed++;
  summary.push('FAIL firefox smoke: not run, the Firefox build failed');
}

console.log(`\n━━ summary\n${[...summary, ...notes].join('\n')}`);
if (failures.length) console.log(`\n━━ failed (or flaky) tests\n${failures.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
