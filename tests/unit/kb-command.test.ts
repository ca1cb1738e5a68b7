import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = (arg: string) =>
  JSON.parse(execFileSync(process.execPath, ['scripts/kb.mjs', arg], { cwd: ROOT, encoding: 'utf8' }));

describe('npm run kb', () => {
  it('prints every deadline as JSON with the documented fields', () => {
    const rows = run('deadlines');
    expect(rows.length).toBeGreaterThan(50);
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(
        expect.arrayContaining(['requirement', 'notice', 'platforms', 'kind', 'date', 'month_day', 'text']),
      );
    }
    expect(rows).toContainEqual(
      expect.objectContaining({
        requirement: 's003-jzcth-2023-20-3-2',
        notice: '教职成厅函〔2023〕20号',
        platforms: ['管理平台'],
        kind: 'recurring_annual',
        date: null,
        month_day: '12-15',
        text: '每年12月15日前',
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ requirement: 's000-jzcsh-2023-2-1', kind: 'due', date: '2023-03-31', platforms: [] }),
    );
  }, 30_000);

  it('prints requirements, and refuses an unknown command with usage', () => {
    const reqs = run('requirements');
    expect(reqs.some((r: { id: string }) => r.id === 's000-jzcsh-2023-2-3')).toBe(true);
    expect(() => execFileSync(process.execPath, ['scripts/kb.mjs', 'nope'], { cwd: ROOT, stdio: 'pipe' })).toThrow(
      /usage/,
    );
  }, 30_000);
});
