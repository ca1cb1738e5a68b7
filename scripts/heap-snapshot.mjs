// `node scripts/heap-snapshot.mjs [--top 30] [--keep]` (TB_OUT=.output-<name> for a build of your own, with
// WXT_PERF_MARKS=1): the JS heap of the page-heap bench's page (5,000 inputs) with the extension and without, each
// after the field engine's first scan (its perf mark) and a full GC, from a CDP heap snapshot. Prints the heap used
// (as the bench reads it) and what the extension's side holds more, by type:constructor and by string (digits as #).
// `--keep` writes both snapshots to bench-results/ (open them in DevTools' Memory panel). Issue #16.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { largeTablePage } from './lib/large-page.mjs';
import { extensionIdOf, launchWithExtension, ROOT, routeSites } from './lib/replicas.mjs';

const arg = (name) => process.argv[process.argv.indexOf(name) + 1];
const TOP = process.argv.includes('--top') ? Number(arg('--top')) : 30;
const KEEP = process.argv.includes('--keep');
const WITH = 'https://jxjy.moe.edu.cn/bench/large.html';
const WITHOUT = 'https://bench.example.org/bench/large.html';

const context = await launchWithExtension(fs.mkdtempSync(path.join(os.tmpdir(), 'tianbao-heap-')));
await extensionIdOf(context);
const html = largeTablePage({ rows: 1000, cols: 5 });
await context.unrouteAll({ behavior: 'wait' });
await routeSites(context, { 'jxjy.moe.edu.cn/bench/large.html': html, 'bench.example.org/bench/large.html': html });

/** Waited for inside the page: Playwright's waitForFunction would add its injected script to the heap read. */
const settle = (expectScan) =>
  new Promise((resolve) => {
    const poll = () =>
      !expectScan || performance.getEntriesByName('tianbao:scan').length
        ? setTimeout(resolve, 1500)
        : setTimeout(poll, 100);
    poll();
  });

async function snapshot(url, expectScan) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(settle, expectScan);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await page.close();
  return { usedSize, text: chunks.join('') };
}

/** Self sizes summed by type:name, and strings by their first 40 characters with digits as #. */
function summarise(snap) {
  const { node_fields: fields, node_types: types } = snap.snapshot.meta;
  const [t, n, s] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const byType = new Map();
  const byString = new Map();
  const add = (map, key, size) => {
    const e = map.get(key) ?? { n: 0, size: 0 };
    e.n++;
    e.size += size;
    map.set(key, e);
  };
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[0][snap.nodes[i + t]];
    const name = snap.strings[snap.nodes[i + n]];
    const size = snap.nodes[i + s];
    const isString = type.includes('string');
    if (isString) add(byString, name.slice(0, 40).replace(/\d+/g, '#'), size);
    add(byType, `${type}:${isString ? '' : name.slice(0, 60)}`, size);
  }
  return { byType, byString };
}

function diff(a, b) {
  return [...new Set([...a.keys(), ...b.keys()])]
    .map((k) => ({
      k,
      n: (a.get(k)?.n ?? 0) - (b.get(k)?.n ?? 0),
      size: (a.get(k)?.size ?? 0) - (b.get(k)?.size ?? 0),
    }))
    .sort((x, y) => y.size - x.size)
    .slice(0, TOP);
}

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
const sides = {};
for (const [side, url] of [
  ['without', WITHOUT],
  ['with', WITH],
]) {
  const { usedSize, text } = await snapshot(url, side === 'with');
  if (KEEP) {
    fs.mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'bench-results', `page-heap-${side}.heapsnapshot`), text);
  }
  sides[side] = { usedSize, ...summarise(JSON.parse(text)) };
}
await context.close();
const { with: w, without: wo } = sides;
console.log(
  `heap used: with ${kB(w.usedSize)}, without ${kB(wo.usedSize)}, ratio ${(w.usedSize / wo.usedSize).toFixed(2)}`,
);
console.log('self size with minus without, by type:constructor (native: Blink objects, outside the heap used)');
for (const d of diff(w.byType, wo.byType)) console.log(`${kB(d.size).padStart(10)} ${String(d.n).padStart(7)}  ${d.k}`);
console.log('strings with minus without, by their start (digits as #)');
for (const d of diff(w.byString, wo.byString))
  console.log(`${kB(d.size).padStart(10)} ${String(d.n).padStart(7)}  ${JSON.stringify(d.k)}`);
