import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The JSON the command prints: these keys, in this order, and no other (`notice parse` keeps its shape). */
const NOTICE_KEYS = [
  'notice',
  'title',
  'issuer',
  'date',
  'items',
  'deadlines',
  'urls',
  'emails',
  'phones',
  'platforms',
];
const ITEM_KEYS = [
  'label',
  'title',
  'line',
  'text',
  'platforms',
  'new_platforms',
  'urls',
  'emails',
  'phones',
  'contacts',
  'annexes',
  'deadlines',
];
const DEADLINE_KEYS = ['kind', 'date', 'month_day', 'year_inferred', 'text', 'line'];

describe('npm run notice -- parse on a notice written for the tests (tests/fixtures/notices/schedule-notice.txt)', () => {
  const out = JSON.parse(
    execFileSync(process.execPath, ['scripts/notice.mjs', 'parse', 'tests/fixtures/notices/schedule-notice.txt'], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  );

  it('keeps the JSON shape of the command', () => {
    expect(Object.keys(out)).toEqual(NOTICE_KEYS);
    for (const item of out.items) expect(Object.keys(item)).toEqual(ITEM_KEYS);
    for (const d of out.deadlines) expect(Object.keys(d).sort()).toEqual([...DEADLINE_KEYS].sort());
  });

  it('reads every kind of phrase in it, and none of its periods, results or annex names', () => {
    expect(out.date).toBe('2026-03-02');
    const found = out.deadlines.map(
      (d: { kind: string; date: string | null; month_day: string | null; line: number }) =>
        `${d.line} ${d.kind}:${d.date ?? d.month_day ?? ''}`,
    );
    expect(found).toEqual([
      '7 window_start:2026-03-02',
      '7 window_end:2026-03-20',
      '9 due:2026-04-10',
      '9 due:2026-05-20',
      '9 due:2026-04-01',
      '11 due:2026-03-31',
      '11 due:2026-04-30',
      '11 due:2026-05-31',
      '11 due:2026-06-30',
      '17 due:2026-04-30',
      '18 due:2026-05-10',
      '21 recurring_annual:09-30',
    ]);
  });
});
