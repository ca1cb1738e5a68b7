// The bench history report (docs/performance.md and its chart): a point per recorded run, the target drawn, and the
// latest figure marked met or missed the way a reader of docs/performance.md sees it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module of the scripts, without types
import { recordRun, renderMarkdown, renderSvg } from '../../scripts/lib/perf-report.mjs';

const run = (date: string, scan: number, heap?: number) => ({
  date,
  figures: [
    { name: 'fields-full-scan', ratio: scan, target: 5, details: '' },
    ...(heap == null ? [] : [{ name: 'page-heap', ratio: heap, target: 1.1, details: '' }]),
  ],
});

describe('bench history report', () => {
  it('draws one chart per figure with a point per run that has it, and the target line', () => {
    const svg = renderSvg([run('2026-11-01', 38.7), run('2026-11-29', 4.2, 1.05), run('2026-11-30', 4.9, 1.2)]);
    const charts = svg.match(/<g class="figure" data-figure="[^"]+">/g) ?? [];
    expect(charts).toEqual([
      '<g class="figure" data-figure="fields-full-scan">',
      '<g class="figure" data-figure="page-heap">',
    ]);
    const scanChart = svg.slice(svg.indexOf('data-figure="fields-full-scan"'), svg.indexOf('data-figure="page-heap"'));
    expect(scanChart.match(/<circle class="run"/g)).toHaveLength(3);
    expect(scanChart).toContain('class="target"');
    expect(scanChart).toContain('≤ 5.00');
    // A missed target is red, a met one green.
    expect(scanChart.match(/fill="#c33"/g)).toHaveLength(1);
    const heapChart = svg.slice(svg.indexOf('data-figure="page-heap"'));
    expect(heapChart.match(/<circle class="run"/g)).toHaveLength(2);
  });

  it('tabulates the latest run against its targets and lists every run', () => {
    const md = renderMarkdown([run('2026-11-01', 38.7), run('2026-11-30', 4.9, 1.2)]);
    expect(md).toContain('## Latest run (2026-11-30)');
    expect(md).toMatch(/\| fields-full-scan \| [^|]+ \| 4\.90 \| ≤ 5\.00 \| yes \|/);
    expect(md).toMatch(/\| page-heap \| [^|]+ \| 1\.20 \| ≤ 1\.10 \| no \|/);
    expect(md).toContain('| 1. 2026-11-01 | 38.7 |  |');
    expect(md).toContain('| 2. 2026-11-30 | 4.90 | 1.20 |');
  });

  it('appends a recorded run to the history file and redraws the report beside it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-report-'));
    const file = path.join(dir, 'performance.json');
    fs.writeFileSync(file, JSON.stringify([run('2026-11-01', 38.7)]));
    recordRun(run('2026-11-30', 4.9), file);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).map((r: { date: string }) => r.date)).toEqual([
      '2026-11-01',
      '2026-11-30',
    ]);
    expect(fs.readFileSync(path.join(dir, 'performance.md'), 'utf8')).toContain('## Latest run (2026-11-30)');
    expect(fs.readFileSync(path.join(dir, 'performance.svg'), 'utf8').match(/<circle class="run"/g)).toHaveLength(2);
    fs.rmSync(dir, { recursive: true });
  });
});
