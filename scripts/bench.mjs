// `npm run bench`: speed and size in a real Chromium, each as a ratio against a baseline measured in the same run
// (absolute times on these machines mean little). One line per figure: `bench <name> ratio=<number> (<details>)`.
// `--json` also writes the figures to bench-results/bench.json; `--record` adds this run to docs/performance.json and
// redraws docs/performance.md and its chart (docs/performance.svg), one point per recorded run.
// `--only <figure>[,<figure>…]` measures only the named figures (e.g. `--only fields-full-scan`), skipping the parts
// of the run no named figure needs; such a partial run is never recorded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildReplicas } from './build-replicas.mjs';
import { largeTablePage } from './lib/large-page.mjs';
import { recordRun } from './lib/perf-report.mjs';
import { extensionIdOf, launchWithExtension, routeSites } from './lib/replicas.mjs';
import { CONTENT_BUDGET, contentScriptSize, INJECTED_TARGET, injectedSize } from './size.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 3;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (n) => n.toFixed(1);

const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? new Set((process.argv[onlyAt + 1] ?? '').split(',').filter(Boolean)) : null;
if (only && !only.size) throw new Error('--only needs a figure name, e.g. --only fields-full-scan');
if (only && process.argv.includes('--record')) throw new Error('--only runs are partial: not recorded');
const FIGURES = [
  'draft-save-5000',
  'draft-restore-5000',
  'draft-keystroke',
  'popup-first-render',
  'fields-full-scan',
  'fields-keystroke',
  'fields-el-table-scan',
  'fields-rescan',
  'page-load',
  'page-load-main-thread',
  'page-heap',
  'content-script-size',
  'injected-size',
];
for (const name of only ?? []) {
  if (!FIGURES.includes(name)) throw new Error(`--only: no figure ${name} (figures: ${FIGURES.join(', ')})`);
}
/** Whether any of these figures is asked for (all are without --only). */
const wants = (...names) => !only || names.some((n) => only.has(n));

const figures = [];
/** One figure: printed as a line, kept for --json / --record. `target` is the issue #16 goal for the ratio. */
function line(name, ratio, details, target) {
  if (!wants(name)) return;
  figures.push({ name, ratio: Number(ratio.toFixed(4)), target, details });
  console.log(`bench ${name} ratio=${ratio.toFixed(3)} (${details})`);
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tianbao-bench-'));
const context = await launchWithExtension(profile);
await extensionIdOf(context);

const FIELDS_ROWS = 1000;
const COLS = 5;
const html = largeTablePage({ rows: FIELDS_ROWS, cols: COLS });
// The same page on a platform host (content script injected) and on an unrelated host (not injected).
const WITH = 'https://jxjy.moe.edu.cn/bench/large.html';
const WITHOUT = 'https://bench.example.org/bench/large.html';
await context.unrouteAll({ behavior: 'wait' });
// The large table with a small 项目成员 table after it, whose 添加一行 makes the engine scan again (fields-rescan).
const FORM = 'https://jxjy.moe.edu.cn/bench/large-form.html';
await routeSites(context, {
  'jxjy.moe.edu.cn/bench/large.html': html,
  'bench.example.org/bench/large.html': html,
  'jxjy.moe.edu.cn/bench/large-form.html': largeTablePage({ rows: FIELDS_ROWS, cols: COLS, members: 10 }),
});

/**
 * Loads the page in a fresh tab and waits until the main thread is idle after load. Returns the ms from navigation
 * start to that idle moment, and the renderer's task time for the tab (a fresh tab, so nothing else is counted).
 */
async function loadOnce(url, expectOverlay) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  // Wait inside the page (no Playwright polling, which would itself cost main-thread time): for the overlay when
  // the extension runs, then for the first idle moment.
  const settled = await page.evaluate(
    (expect) =>
      new Promise((resolve) => {
        const done = () => requestIdleCallback(() => resolve(performance.now()), { timeout: 5000 });
        if (!expect || document.querySelector('tianbao-overlay')) return done();
        new MutationObserver((_, o) => {
          if (!document.querySelector('tianbao-overlay')) return;
          o.disconnect();
          done();
        }).observe(document.documentElement, { childList: true });
      }),
    expectOverlay,
  );
  // The renderer's task time and the heap are read once the field engine's first scan is done (its perf mark), not
  // at the first idle moment: on a busy machine the scan was still running in about half the loads, so both figures
  // missed part of it (the heap read 4.1 MB instead of 3.3 MB).
  // Waited for by a plain evaluate, as the overlay above: Playwright's waitForFunction installs its injected script
  // (a 330 kB source and its objects) and a utility world in the page, which the heap read below counted on this side
  // only (#16: 3.9 MB with vs 0.6 MB without, of which about 0.6 MB were Playwright's).
  if (expectOverlay) {
    await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const until = performance.now() + 30_000;
          const poll = () => {
            if (performance.getEntriesByName('tianbao:scan').length > 0) return resolve(undefined);
            if (performance.now() > until) return reject(new Error('no tianbao:scan mark within 30 s'));
            setTimeout(poll, 100);
          };
          poll();
        }),
    );
  }
  const { metrics } = await cdp.send('Performance.getMetrics');
  const task = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  // The JS heap of the tab's renderer after a full collection: the page's own objects plus, with the extension,
  // its content scripts' isolated worlds (same isolate) and what they keep alive.
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize: heap } = await cdp.send('Runtime.getHeapUsage');
  await page.close();
  return { settled, task, heap };
}

const samples = { with: [], without: [] };
const pageLoadRuns = wants('page-load', 'page-load-main-thread', 'page-heap') ? WARMUP + RUNS : 0;
for (let i = 0; i < pageLoadRuns; i++) {
  // Alternate the order so drift on a noisy machine hits both sides alike.
  const order = i % 2 ? ['with', 'without'] : ['without', 'with'];
  for (const side of order) {
    const r = await loadOnce(side === 'with' ? WITH : WITHOUT, side === 'with');
    if (i >= WARMUP) samples[side].push(r);
  }
}

// Field engine on the same 5,000-input page: the full scan (discover + label + match + validate) against reading
// every field's value in a plain loop, and one keystroke's re-validation against the full scan.
const fieldsPage = await context.newPage();
const scans = [];
const loops = [];
const keystrokes = [];
/** The baseline of the scan figures, run in the page: the median of 7 plain loops reading every control's value. */
function plainValueLoop() {
  const runs = [];
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    const values = [];
    for (const el of document.querySelectorAll('input, select, textarea')) values.push(el.value);
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  return runs[3];
}
// BENCH_FIELD_RUNS: more loads for a steadier median on a busy machine.
const fieldRuns = wants('fields-full-scan', 'fields-keystroke', 'draft-keystroke')
  ? Number(process.env.BENCH_FIELD_RUNS ?? 5)
  : 0;
for (let i = 0; i < fieldRuns; i++) {
  await fieldsPage.goto(WITH, { waitUntil: 'load' });
  await fieldsPage.waitForFunction(() => performance.getEntriesByName('tianbao:scan').length > 0, null, {
    timeout: 20_000,
  });
  scans.push(await fieldsPage.evaluate(() => performance.getEntriesByName('tianbao:scan')[0].duration));
  loops.push(await fieldsPage.evaluate(plainValueLoop));
  const field = fieldsPage.locator('input').nth(2500);
  await field.click();
  await fieldsPage.keyboard.type('12a4');
  keystrokes.push(
    ...(await fieldsPage.evaluate(() => performance.getEntriesByName('tianbao:keystroke').map((e) => e.duration))),
  );
}
const oneRead = await fieldsPage.evaluate(() => {
  if (!document.querySelectorAll('input')[2500]) return Number.NaN;
  const el = document.querySelectorAll('input')[2500];
  const t0 = performance.now();
  let v = '';
  for (let i = 0; i < 10000; i++) v = el.value;
  return (performance.now() - t0) / 10000 + v.length * 0;
});

// Field engine on a framework page (#14): 000 附件5 as an Element Plus el-table of 1,000 rows × 13 el-inputs
// (tests/fixtures/sites/jxjy.moe.edu.cn/nonxueli-el.html, on the real Vue + Element Plus bundles). The full scans
// that follow the table's render, against reading every field's value in a plain loop on the same page. The page
// is loaded once (Element Plus takes long to mount 13,000 inputs); each row added with the page's 添加一行 makes
// the engine scan the whole page again, one sample each (BENCH_EL_ROWS_ADDED, 4 by default).
const elScanTimes = [];
const elInfo = { loop: Number.NaN, inputs: 0, matched: false };
if (wants('fields-el-table-scan')) {
  buildReplicas({ quiet: true });
  const elPage = await context.newPage();
  await elPage.goto('https://jxjy.moe.edu.cn/nonxueli-el.html', { waitUntil: 'load', timeout: 600_000 });
  /** Durations of the scans that started once the table was rendered and after `since`, when there is one. */
  const scansAfter = (since) =>
    elPage
      .waitForFunction(
        (since) => {
          const mounted = performance.getEntriesByName('replica:mounted')[0];
          if (!mounted) return null;
          const after = Math.max(since, mounted.startTime);
          const found = performance.getEntriesByName('tianbao:scan').filter((e) => e.startTime >= after);
          return found.length ? found.map((e) => e.duration) : null;
        },
        since,
        { timeout: 600_000, polling: 500 },
      )
      .then((h) => h.jsonValue());
  elScanTimes.push(...(await scansAfter(0)));
  for (let i = 0; i < Number(process.env.BENCH_EL_ROWS_ADDED ?? 4); i++) {
    const since = await elPage.evaluate(() => performance.now());
    await elPage.locator('#add-row').click();
    elScanTimes.push(...(await scansAfter(since)));
  }
  elInfo.loop = await elPage.evaluate(plainValueLoop);
  elInfo.inputs = await elPage.evaluate(() => document.querySelectorAll('.el-table__body input').length);
  elInfo.matched = ((await elPage.getByTestId('fields-summary').textContent()) ?? '').includes('附件5');
  await elPage.close();
}

// A rescan (#16): the page adds a row to its small 项目成员 table beside the 5,000-input one. The engine reads
// again only the controls of the table that changed and takes the others over; against the full scan of the same
// page at load. One pair per load.
const rescans = [];
const firstScans = [];
for (let i = 0; i < (wants('fields-rescan') ? Number(process.env.BENCH_FIELD_RUNS ?? 5) : 0); i++) {
  const page = await context.newPage();
  await page.goto(FORM, { waitUntil: 'load' });
  const scansDone = (n) =>
    page
      .waitForFunction(
        (n) => {
          const found = performance.getEntriesByName('tianbao:scan');
          return found.length >= n ? found.map((e) => e.duration) : null;
        },
        n,
        { timeout: 60_000 },
      )
      .then((h) => h.jsonValue());
  const [first] = await scansDone(1);
  await page.getByRole('button', { name: '添加一行' }).click();
  const after = await scansDone(2);
  firstScans.push(first);
  rescans.push(after.at(-1));
  await page.close();
}

// Drafts: saving and restoring a 5,000-field draft through the real path (message to the background, zod, Dexie)
// against one raw IndexedDB put / get of the same object, in the extension's origin, in the same run.
const extId = await extensionIdOf(context);
// The raw baseline runs in the extension's origin, in an extension page with nothing on it (blank.html: the same
// IndexedDB, no app). It ran in the dashboard (options.html) before, which stayed open: every draft message reached
// it too (runtime.sendMessage goes to every extension page, so it parsed the 5,000 values of each save as well) and
// its live query re-read every draft after each save, on the same CPUs and the same drafts store; a cost counted
// against the real path alone (a message nobody answers took 34 ms instead of 8 with the dashboard open).
// The real path runs where drafts come from: the content script's isolated world on a platform page (the
// background accepts draft messages only from a page of the draft's own origin and platform). Both handle the same
// 5,000 values. Raw and real alternate run by run (order swapped each run), so drift on a busy machine hits both.
const draftRuns = wants('draft-save-5000', 'draft-restore-5000', 'draft-keystroke') ? 12 : 0;
const draftBench = { rawPut: [], rawGet: [], save: [], load: [], delta: [] };
if (draftRuns) {
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extId}/blank.html`);
  await ext.evaluate(async () => {
    const values = {};
    for (let i = 0; i < 5000; i++) values[`t0|${Math.floor(i / 5) + 1}|项目${(i % 5) + 1}`] = `第${i}项：１２３，内容`;
    const idb = await new Promise((res, rej) => {
      const r = indexedDB.open('bench-raw', 1);
      r.onupgradeneeded = () => r.result.createObjectStore('kv', { keyPath: 'id' });
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    globalThis.benchRaw = { values, idb };
  });
  const rawRun = (run) =>
    ext.evaluate(async (run) => {
      const { values, idb } = globalThis.benchRaw;
      const req = (tx, f) =>
        new Promise((res, rej) => {
          const q = f(tx.objectStore('kv'));
          tx.oncomplete = () => res(q.result);
          tx.onerror = () => rej(tx.error);
        });
      const record = { id: `d${run}`, values, title: 'bench', url: 'u', updatedAt: Date.now() };
      let t = performance.now();
      await req(idb.transaction('kv', 'readwrite'), (s) => s.put(record));
      const rawPut = performance.now() - t;
      t = performance.now();
      await req(idb.transaction('kv', 'readonly'), (s) => s.get(`d${run}`));
      return { rawPut, rawGet: performance.now() - t };
    }, run);
  const platformPage = await context.newPage();
  const cdp = await context.newCDPSession(platformPage);
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => worlds.push(c));
  await cdp.send('Runtime.enable');
  await platformPage.goto('https://jxjy.moe.edu.cn/nonxueli.html');
  await platformPage.getByTestId('platform-name').waitFor({ state: 'attached' });
  const isolated = worlds.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extId}`);
  if (!isolated) throw new Error('no content-script world on the platform page');
  const realRun = async (run) => {
    const r = await cdp.send('Runtime.evaluate', {
      contextId: isolated.id,
      awaitPromise: true,
      returnByValue: true,
      expression: `(async () => {
        const values = (globalThis.benchValues ??= (() => {
          const v = {};
          for (let i = 0; i < 5000; i++) v['t0|' + (Math.floor(i / 5) + 1) + '|项目' + ((i % 5) + 1)] = '第' + i + '项：１２３，内容';
          return v;
        })());
        const send = (type, payload) => chrome.runtime.sendMessage({ type, payload });
        const key = { origin: 'https://jxjy.moe.edu.cn', platform: 'jxjy', path: '/bench', fingerprint: 'b' + ${run}, period: null };
        const url = 'https://jxjy.moe.edu.cn/bench';
        let t = performance.now();
        const saved = await send('drafts/save', { key, delta: values, labels: {}, title: 'bench', url });
        const save = performance.now() - t;
        if (!saved?.ok) throw new Error(JSON.stringify(saved));
        t = performance.now();
        const loaded = await send('drafts/load', { key });
        const load = performance.now() - t;
        if (Object.keys(loaded.data.draft.values).length !== 5000) throw new Error('load incomplete');
        t = performance.now();
        await send('drafts/save', { key, delta: { 't0|1|项目1': '改' }, labels: {}, title: 'bench', url });
        return { save, load, delta: performance.now() - t };
      })()`,
    });
    if (r.exceptionDetails) throw new Error(JSON.stringify(r.exceptionDetails));
    return r.result.value;
  };
  for (let run = 0; run < draftRuns; run++) {
    const [first, second] = run % 2 ? [realRun, rawRun] : [rawRun, realRun];
    for (const r of [await first(run), await second(run)]) {
      for (const [k, v] of Object.entries(r)) draftBench[k].push(v);
    }
  }
  await platformPage.close();
  await ext.close();
}

// The popup: time to its first useful render (the overview of requirements) against a blank extension page.
const popupTimes = [];
const blankTimes = [];
const popupRuns = wants('popup-first-render') ? 12 : 0;
for (let i = 0; i < popupRuns; i++) {
  const blank = await context.newPage();
  await blank.goto(`chrome-extension://${extId}/blank.html`, { waitUntil: 'load' });
  blankTimes.push(await blank.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd));
  await blank.close();
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html`);
  await popup.waitForFunction(() => performance.getEntriesByName('tianbao:requirements-rendered').length > 0);
  popupTimes.push(
    await popup.evaluate(() => performance.getEntriesByName('tianbao:requirements-rendered')[0].startTime),
  );
  await popup.close();
}
await context.close();
fs.rmSync(profile, { recursive: true, force: true });
const tail = (xs) => median(xs.slice(2));
const [rawPut, rawGet, dSave, dLoad, dDelta] = ['rawPut', 'rawGet', 'save', 'load', 'delta'].map((k) =>
  tail(draftBench[k]),
);
line(
  'draft-save-5000',
  dSave / rawPut,
  `save via message+zod+Dexie ${fmt(dSave)} ms vs raw IndexedDB put ${fmt(rawPut)} ms; target ≤ 2`,
  2,
);
line(
  'draft-restore-5000',
  dLoad / rawGet,
  `load via message+zod+Dexie ${fmt(dLoad)} ms vs raw IndexedDB get ${fmt(rawGet)} ms; target ≤ 2`,
  2,
);
line(
  'draft-keystroke',
  median(keystrokes) / dSave,
  `a keystroke's work in the page (re-validate, queue the delta) ${median(keystrokes).toFixed(3)} ms vs a full save ${fmt(dSave)} ms; target ≤ 0.01 (the background's write of a 1-field delta, at most once a second: ${fmt(dDelta)} ms)`,
  0.01,
);
const popupMs = tail(popupTimes);
const blankMs = tail(blankTimes);
line(
  'popup-first-render',
  popupMs / blankMs,
  `popup overview rendered at ${fmt(popupMs)} ms vs blank extension page loaded at ${fmt(blankMs)} ms, medians of ${popupTimes.length - 2}; target ≤ 1.5`,
  1.5,
);
const scan = median(scans);
const loop = median(loops);
const key = median(keystrokes);
line(
  'fields-full-scan',
  scan / loop,
  `5000 inputs: scan+match+validate median ${fmt(scan)} ms vs plain value loop ${fmt(loop)} ms; target ≤ 5`,
  5,
);
line(
  'fields-keystroke',
  key / scan,
  `one keystroke re-validation median ${key.toFixed(3)} ms (${keystrokes.length} keys) vs full scan ${fmt(scan)} ms; target ≤ 0.01; vs one value read ${(oneRead * 1000).toFixed(2)} µs: ${(key / oneRead).toFixed(0)}×`,
  0.01,
);
const elScan = median(elScanTimes);
line(
  'fields-el-table-scan',
  elScan / elInfo.loop,
  `Element Plus el-table, 1000 rows × 13 el-inputs (${elInfo.inputs} cell inputs${elInfo.matched ? ', 000 附件5 matched' : ', 000 附件5 NOT matched'}): scan+match+validate median ${fmt(elScan)} ms of ${elScanTimes.length} full scans vs plain value loop ${fmt(elInfo.loop)} ms; target ≤ 5 (as fields-full-scan)`,
  5,
);
const rescan = median(rescans);
const firstScan = median(firstScans);
line(
  'fields-rescan',
  rescan / firstScan,
  `5,000-input table + 10-row 项目成员 table, a row added to the small one: rescan median ${fmt(rescan)} ms vs the full scan at load ${fmt(firstScan)} ms, ${rescans.length} loads; target ≤ 0.25 (ours: the issue asks for re-scanning only what changed, with no figure)`,
  0.25,
);

const w = median(samples.with.map((s) => s.settled));
const wo = median(samples.without.map((s) => s.settled));
line(
  'page-load',
  w / wo,
  `large page ${FIELDS_ROWS * COLS} inputs; load until idle, median of ${RUNS}: with extension ${fmt(w)} ms, without ${fmt(wo)} ms; target ≤ 1.05`,
  1.05,
);
const tw = median(samples.with.map((s) => s.task));
const two = median(samples.without.map((s) => s.task));
line(
  'page-load-main-thread',
  tw / two,
  `renderer task time per load, median: with ${fmt(tw)} ms, without ${fmt(two)} ms; target ≤ 1.05`,
  1.05,
);

const hw = median(samples.with.map((s) => s.heap));
const hwo = median(samples.without.map((s) => s.heap));
line(
  'page-heap',
  hw / hwo,
  `JS heap used after load and a full GC, median: with ${fmt(hw / 2 ** 20)} MB, without ${fmt(hwo / 2 ** 20)} MB; target ≤ 1.10`,
  1.1,
);

const size = wants('content-script-size') ? contentScriptSize() : { bytes: 0, gzip: 0 };
line(
  'content-script-size',
  size.bytes / CONTENT_BUDGET,
  `${size.bytes} B minified (${fmt(size.bytes / 1024)} kB, gzip ${size.gzip} B) of a ${CONTENT_BUDGET} B budget`,
  1,
);
const injected = wants('injected-size') ? injectedSize() : { bytes: 0, files: [] };
line(
  'injected-size',
  injected.bytes / INJECTED_TARGET,
  `every script injected into a platform page: ${injected.files.map((f) => `${f.name} ${fmt(f.bytes / 1024)} kB`).join(' + ')} = ${fmt(injected.bytes / 1024)} kB minified, target ${INJECTED_TARGET / 1024} kB`,
  1,
);

const outDir = path.join(import.meta.dirname, '..', 'bench-results');
if (process.argv.includes('--json')) {
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, 'bench.json');
  fs.writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), figures }, null, 2)}\n`);
  console.log(`figures written to ${path.relative(process.cwd(), file)}`);
}
if (process.argv.includes('--record')) {
  const written = recordRun({ date: new Date().toISOString().slice(0, 10), figures });
  console.log(`run recorded: ${written.join(', ')}`);
}
