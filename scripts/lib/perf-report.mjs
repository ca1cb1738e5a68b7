// The bench's history: docs/performance.json keeps one entry per recorded run (`npm run bench -- --record`);
// docs/performance.md (a table of the latest figures against their targets, and every run) and docs/performance.svg
// (one small chart per figure, a point per run, the target as a dashed line) are drawn from it.
import fs from 'node:fs';
import path from 'node:path';

const DOCS = path.resolve(import.meta.dirname, '../../docs');
export const HISTORY_FILE = path.join(DOCS, 'performance.json');

/** Figures in the order the report shows them, with what each ratio compares. */
export const FIGURES = [
  ['fields-full-scan', 'scan + match + validate vs a plain value loop (5,000 inputs)'],
  ['fields-keystroke', 'one keystroke re-validation vs a full scan'],
  ['fields-el-table-scan', 'scan + match + validate vs a plain value loop (Element Plus el-table, 1,000 rows)'],
  ['fields-rescan', 'rescan after a row added to a small table vs the full scan (5,000 inputs beside it)'],
  ['page-load', '5,000-input page, load until idle, with / without the extension'],
  ['page-load-main-thread', 'renderer task time with / without'],
  ['page-heap', 'JS heap after load and GC, with / without'],
  ['draft-save-5000', 'save via message + zod + Dexie vs a raw IndexedDB put'],
  ['draft-restore-5000', 'restore vs a raw IndexedDB get'],
  ['draft-keystroke', "a keystroke's draft work vs a full save"],
  ['popup-first-render', 'popup overview vs a blank extension page'],
  ['content-script-size', 'overlay script vs its 60 kB budget'],
  ['injected-size', 'all scripts injected into a platform page vs 100 kB'],
];

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const num = (n) => (n >= 10 ? n.toFixed(1) : n >= 0.1 ? n.toFixed(2) : n.toFixed(3));

/** The figures a run has, by name. */
const byName = (run) => Object.fromEntries(run.figures.map((f) => [f.name, f]));

/** One small chart per figure that some run has: ratio over runs, the target dashed, a dot per run. */
export function renderSvg(runs) {
  const names = FIGURES.map(([n]) => n).filter((n) => runs.some((r) => byName(r)[n]));
  const W = 260;
  const H = 110;
  const cols = 3;
  const pad = { l: 36, r: 10, t: 22, b: 18 };
  const rows = Math.ceil(names.length / cols);
  const parts = [];
  names.forEach((name, i) => {
    const x0 = (i % cols) * W;
    const y0 = Math.floor(i / cols) * H;
    const points = runs.map((r, k) => [k, byName(r)[name]]).filter(([, f]) => f);
    const target = points.at(-1)?.[1].target;
    const values = points.map(([, f]) => f.ratio).concat(target ?? []);
    const max = Math.max(...values) * 1.1 || 1;
    const px = (k) =>
      x0 + pad.l + (runs.length > 1 ? (k / (runs.length - 1)) * (W - pad.l - pad.r) : (W - pad.l - pad.r) / 2);
    const py = (v) => y0 + H - pad.b - (v / max) * (H - pad.t - pad.b);
    parts.push(`<g class="figure" data-figure="${name}">`);
    parts.push(`<text x="${x0 + 6}" y="${y0 + 14}" font-size="11" font-weight="bold">${esc(name)}</text>`);
    parts.push(
      `<line x1="${x0 + pad.l}" y1="${py(0)}" x2="${x0 + W - pad.r}" y2="${py(0)}" stroke="#999" stroke-width="0.5"/>`,
    );
    parts.push(
      `<text x="${x0 + pad.l - 4}" y="${py(max / 1.1) + 3}" font-size="9" text-anchor="end">${num(max / 1.1)}</text>`,
    );
    if (target != null) {
      parts.push(
        `<line class="target" x1="${x0 + pad.l}" y1="${py(target)}" x2="${x0 + W - pad.r}" y2="${py(target)}" stroke="#2a7" stroke-dasharray="4 3"/>`,
      );
      parts.push(
        `<text x="${x0 + W - pad.r}" y="${py(target) - 3}" font-size="9" text-anchor="end" fill="#2a7">≤ ${num(target)}</text>`,
      );
    }
    if (points.length > 1) {
      const d = points.map(([k, f], j) => `${j ? 'L' : 'M'}${px(k).toFixed(1)},${py(f.ratio).toFixed(1)}`).join(' ');
      parts.push(`<path d="${d}" fill="none" stroke="#36c" stroke-width="1.5"/>`);
    }
    for (const [k, f] of points) {
      const over = f.target != null && f.ratio > f.target;
      parts.push(
        `<circle class="run" cx="${px(k).toFixed(1)}" cy="${py(f.ratio).toFixed(1)}" r="3" fill="${over ? '#c33' : '#2a7'}"><title>${esc(runs[k].date)}: ${num(f.ratio)}</title></circle>`,
      );
    }
    parts.push('</g>');
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${cols * W}" height="${rows * H}" viewBox="0 0 ${cols * W} ${rows * H}" font-family="sans-serif">\n<rect width="100%" height="100%" fill="#fff"/>\n${parts.join('\n')}\n</svg>\n`;
}

export function renderMarkdown(runs) {
  const last = runs.at(-1);
  const latest = last ? byName(last) : {};
  const lines = [
    '# Performance',
    '',
    'Made by `npm run bench -- --record` (scripts/bench.mjs, scripts/lib/perf-report.mjs) from `docs/performance.json`;',
    'do not edit by hand. Every figure is a ratio against a baseline measured in the same run, in a real Chromium,',
    'because absolute times on these machines mean little. Lower is better; the targets are those of issue #16.',
    '',
    `## Latest run (${last?.date ?? '—'}${last?.note ? `, ${last.note}` : ''})`,
    '',
    '| figure | what it compares | ratio | target | met |',
    '|---|---|---|---|---|',
  ];
  for (const [name, what] of FIGURES) {
    const f = latest[name];
    if (!f) continue;
    const met = f.target == null ? '' : f.ratio <= f.target ? 'yes' : 'no';
    lines.push(`| ${name} | ${what} | ${num(f.ratio)} | ${f.target == null ? '' : `≤ ${num(f.target)}`} | ${met} |`);
  }
  lines.push('', '## Over time', '', '![one chart per figure, a point per recorded run](performance.svg)', '');
  const names = FIGURES.map(([n]) => n).filter((n) => runs.some((r) => byName(r)[n]));
  lines.push(`| run | ${names.join(' | ')} |`, `|---|${names.map(() => '---').join('|')}|`);
  runs.forEach((r, i) => {
    const f = byName(r);
    lines.push(
      `| ${i + 1}. ${r.date}${r.note ? ` (${r.note})` : ''} | ${names.map((n) => (f[n] ? num(f[n].ratio) : '')).join(' | ')} |`,
    );
  });
  return `${lines.join('\n')}\n`;
}

/** Adds a run to the history and redraws the report. Returns the files written. */
export function recordRun(run, file = HISTORY_FILE) {
  const runs = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : [];
  runs.push(run);
  const dir = path.dirname(file);
  fs.writeFileSync(file, `${JSON.stringify(runs, null, 2)}\n`);
  fs.writeFileSync(path.join(dir, 'performance.md'), renderMarkdown(runs));
  fs.writeFileSync(path.join(dir, 'performance.svg'), renderSvg(runs));
  return [file, path.join(dir, 'performance.md'), path.join(dir, 'performance.svg')];
}
