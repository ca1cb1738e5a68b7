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

describe('npm run notice -- parse', () => {
  it('prints a seed notice as JSON with its deadlines, URLs, e-mails, phones and platforms at the top level', () => {
    const out = JSON.parse(
      execFileSync(process.execPath, ['scripts/notice.mjs', 'parse', 'data/sources/001_d29c6ba93d2cfa34.txt'], {
        cwd: ROOT,
        encoding: 'utf8',
      }),
    );
    expect(out.notice).toBe('教职成司函〔2022〕8号');
    expect(out.date).toBe('2022-06-23');
    expect(out.deadlines).toContainEqual(
      expect.objectContaining({
        kind: 'window_start',
        date: '2022-09-12',
        month_day: null,
        text: '2022年9月12日至30日',
      }),
    );
    expect(out.urls).toContain('http://nzws.drce.com.cn');
    expect(out.emails).toContain('sjc@moe.edu.cn');
    expect(out.platforms).toEqual(expect.arrayContaining(['能者为师', '中国社区教育网']));
    expect(out.items.length).toBeGreaterThan(5);
  }, 30_000);
});
