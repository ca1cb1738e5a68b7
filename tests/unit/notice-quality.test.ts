import { describe, expect, it } from 'vitest';
import { NOTICES, REQUIREMENTS } from '@/utils/knowledge/data';
import { parseNotice } from '@/utils/notices/parse';
import { seedLines } from './seeds';

/** A deadline as the comparison sees it: its kind and its day (or month-day when it recurs). */
const key = (kind: string, date: string | null, monthDay: string | null) => `${kind}:${date ?? monthDay}`;

function quality() {
  const rows: { notice: string; truth: number; found: number; hit: number }[] = [];
  for (const n of NOTICES) {
    // The deadlines written in this notice's text: by where the phrase stands, whichever requirement holds it.
    const truth = new Set(
      REQUIREMENTS.flatMap((r) => r.deadlines)
        .filter((d) => d.source.seed === n.seed && d.source.line >= n.lines[0] && d.source.line <= n.lines[1])
        .filter((d) => d.kind !== 'undated')
        .map((d) => key(d.kind, d.date, d.monthDay)),
    );
    const text = (seedLines.get(n.seed) ?? []).slice(n.lines[0] - 1, n.lines[1]).join('\n');
    const found = new Set(
      parseNotice(text)
        .deadlines.filter((d) => d.kind !== 'undated')
        .map((d) => key(d.kind, d.date, d.month_day)),
    );
    const hit = [...found].filter((k) => truth.has(k)).length;
    rows.push({ notice: n.id, truth: truth.size, found: found.size, hit });
  }
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
  return { rows, precision: sum((r) => r.hit) / sum((r) => r.found), recall: sum((r) => r.hit) / sum((r) => r.truth) };
}

describe('parser quality on the seeds (against the hand-made knowledge base)', () => {
  it('reports precision and recall of (date, kind) per notice', () => {
    const q = quality();
    console.log(
      [
        'notice\ttruth\tfound\thit',
        ...q.rows.filter((r) => r.truth || r.found).map((r) => `${r.notice}\t${r.truth}\t${r.found}\t${r.hit}`),
        `precision ${q.precision.toFixed(3)} recall ${q.recall.toFixed(3)}`,
      ].join('\n'),
    );
    // Target of issue #7: both at least 0.95 on the seeds.
    expect(q.precision).toBeGreaterThanOrEqual(0.95);
    expect(q.recall).toBeGreaterThanOrEqual(0.95);
  });
});
