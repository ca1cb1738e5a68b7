// `npm run profile:scan`: where the field engine's time goes on the 5,000-input bench page. Records a CPU profile
// (CDP Profiler) of the page's renderer from navigation until the scan has finished and the page is idle, maps each
// sample of our bundles back to its source file and function through the build's source maps, and prints the self
// time by source file and the top functions. Build first with `TB_SOURCEMAP=1 WXT_PERF_MARKS=1 npx wxt build`.
// `--rescan`: the same page with a small 项目成员 table after the large one; profiles only the rescan that follows
// the page's 添加一行 in the small table (utils/fields/changes.ts), from the click until that scan has finished.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { largeTablePage } from './lib/large-page.mjs';
import { EXTENSION_PATH, extensionIdOf, launchWithExtension, routeSites } from './lib/replicas.mjs';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Source-map lookup: generated (line, column) → {source, line, name}, for one bundle. */
function mapper(mapFile) {
  const map = JSON.parse(fs.readFileSync(mapFile, 'utf8'));
  const lines = [];
  let src = 0;
  let srcLine = 0;
  let name = 0;
  for (const text of map.mappings.split(';')) {
    let col = 0;
    const segs = [];
    for (const seg of text.split(',')) {
      if (!seg) continue;
      const v = [];
      let n = 0;
      let shift = 0;
      for (const ch of seg) {
        const d = B64.indexOf(ch);
        n += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          v.push(n & 1 ? -(n >> 1) : n >> 1);
          n = 0;
          shift = 0;
        }
      }
      col += v[0];
      if (v.length > 1) {
        src += v[1];
        srcLine += v[2];
      }
      if (v.length > 4) name += v[4];
      segs.push([col, src, srcLine, v.length > 4 ? name : -1]);
    }
    lines.push(segs);
  }
  return (line, column) => {
    const segs = lines[line] ?? [];
    let best = null;
    for (const s of segs) {
      if (s[0] > column) break;
      best = s;
    }
    if (!best) return null;
    return {
      source: map.sources[best[1]].replace(/^(\.\.\/)+/, '').replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1'),
      line: best[2] + 1,
    };
  };
}

const scripts = {};
for (const name of ['fields.js', 'platform.js']) {
  const file = path.join(EXTENSION_PATH, 'content-scripts', `${name}.map`);
  if (!fs.existsSync(file)) throw new Error(`No source map at ${file}: build with TB_SOURCEMAP=1 first.`);
  scripts[name] = mapper(file);
}

const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tianbao-profile-'));
const context = await launchWithExtension(profileDir);
await extensionIdOf(context);
const RESCAN = process.argv.includes('--rescan');
const URL_WITH = `https://jxjy.moe.edu.cn/bench/${RESCAN ? 'large-form' : 'large'}.html`;
await context.unrouteAll({ behavior: 'wait' });
await routeSites(context, {
  'jxjy.moe.edu.cn/bench/large.html': largeTablePage({ rows: 1000, cols: 5 }),
  'jxjy.moe.edu.cn/bench/large-form.html': largeTablePage({ rows: 1000, cols: 5, members: 10 }),
});
const scansDone = (page, n) =>
  page.waitForFunction((n) => performance.getEntriesByName('tianbao:scan').length >= n, n, { timeout: 30_000 });

const bySource = new Map();
const byFunction = new Map();
let total = 0;
const RUNS = Number(process.env.PROFILE_RUNS ?? 3);
for (let run = 0; run < RUNS; run++) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  if (RESCAN) {
    await page.goto(URL_WITH, { waitUntil: 'load' });
    await scansDone(page, 1);
    await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 3000 })));
    await cdp.send('Profiler.start');
    await page.getByRole('button', { name: '添加一行' }).click();
    await scansDone(page, 2);
  } else {
    await cdp.send('Profiler.start');
    await page.goto(URL_WITH, { waitUntil: 'load' });
    await scansDone(page, 1);
  }
  await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 3000 })));
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (!ms) continue;
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    const script = Object.keys(scripts).find((s) => url.endsWith(`/content-scripts/${s}`));
    let key = url ? `(page or browser) ${url.replace(/^.*\//, '')}` : `(${functionName || 'native'})`;
    let fn = functionName || '(anonymous)';
    if (script) {
      const at = scripts[script](lineNumber, columnNumber);
      key = at ? at.source : script;
      fn = at ? `${at.source}:${at.line}` : fn;
    } else if (!url) {
      fn = `(${functionName || 'native'})`;
    }
    total += ms;
    bySource.set(key, (bySource.get(key) ?? 0) + ms);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  await page.close();
}
await context.close();
fs.rmSync(profileDir, { recursive: true, force: true });

const top = (m, n) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, ms]) => `${(ms / RUNS).toFixed(1).padStart(8)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
const ours = [...bySource].filter(([k]) => !k.startsWith('(')).reduce((n, [, ms]) => n + ms, 0);
const what = RESCAN ? 'per rescan after a row added to the small table' : 'per load of the 5,000-input page';
console.log(`CPU self time ${what} (mean of ${RUNS}), by source file:`);
console.log(top(bySource, 25).join('\n'));
console.log(`${(ours / RUNS).toFixed(1).padStart(8)} ms in all in our scripts and the libraries they carry`);
console.log('\nTop functions (our code mapped to source line):');
console.log(top(byFunction, 25).join('\n'));
