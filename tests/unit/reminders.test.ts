import { describe, expect, it } from 'vitest';
import { allRequirementViews } from '@/utils/knowledge';
import type { RequirementView } from '@/utils/knowledge/view';
import { reminderInstants, remindersDue, reminderText } from '@/utils/reminders/plan';

const views = allRequirementViews();
const ANNUAL = 's003-jzcth-2023-20-3-2'; // 管理平台: 每年12月15日前 绩效数据
const ONE_OFF = 's000-jzcsh-2023-2-3'; // 双高 2023: opens 3-01, due 4-15, 省级审核 4-25

const keys = (today: string, followed: string[], sent: string[] = []) =>
  remindersDue(views, followed, today, new Set(sent)).map((r) => r.key);

describe('remindersDue', () => {
  it('reminds 7, 3 and 1 days before and on the day, only for followed requirements', () => {
    expect(keys('2026-12-08', [ANNUAL])).toEqual([`${ANNUAL}|2026-12-15|7`]);
    expect(keys('2026-12-12', [ANNUAL])).toEqual([`${ANNUAL}|2026-12-15|3`]);
    expect(keys('2026-12-14', [ANNUAL])).toEqual([`${ANNUAL}|2026-12-15|1`]);
    expect(keys('2026-12-15', [ANNUAL])).toEqual([`${ANNUAL}|2026-12-15|0`]);
    expect(keys('2026-12-01', [ANNUAL])).toEqual([]);
    expect(keys('2026-12-12', [])).toEqual([]);
  });

  it('shows a missed reminder late, once', () => {
    // The browser was closed on the 8th: on the 10th (5 days left) the 7-day reminder still comes.
    expect(keys('2026-12-10', [ANNUAL])).toEqual([`${ANNUAL}|2026-12-15|7`]);
    expect(keys('2026-12-11', [ANNUAL], [`${ANNUAL}|2026-12-15|7`])).toEqual([]);
    expect(keys('2026-12-13', [ANNUAL], [`${ANNUAL}|2026-12-15|7`])).toEqual([`${ANNUAL}|2026-12-15|3`]);
  });

  it('covers every dated step of a one-off task, and nothing after it passed', () => {
    expect(keys('2023-02-22', [ONE_OFF])).toEqual([`${ONE_OFF}|2023-03-01|7`]);
    expect(keys('2023-04-14', [ONE_OFF])).toEqual([`${ONE_OFF}|2023-04-15|1`]);
    expect(keys('2023-04-18', [ONE_OFF])).toEqual([`${ONE_OFF}|2023-04-25|7`]);
    expect(keys('2023-04-26', [ONE_OFF])).toEqual([]);
    expect(keys('2026-04-14', [ONE_OFF])).toEqual([]);
  });

  it('writes the notification in Chinese with the deadline phrase', () => {
    const [rem] = remindersDue(views, [ANNUAL], '2026-12-12', new Set());
    if (!rem) throw new Error('no reminder');
    const text = reminderText(rem);
    expect(text.title).toBe('填报助手：还有 3 天');
    expect(text.message).toContain('每年12月15日前');
    expect(text.message).toContain('2026-12-15');
  });
});

describe('reminderInstants', () => {
  it('wakes at 09:00 Beijing on each reminder day', () => {
    const at = reminderInstants(views as RequirementView[], [ANNUAL], '2026-11-24');
    expect(at.map((t) => new Date(t).toISOString())).toEqual([
      '2026-12-08T01:00:00.000Z',
      '2026-12-12T01:00:00.000Z',
      '2026-12-14T01:00:00.000Z',
      '2026-12-15T01:00:00.000Z',
    ]);
  });
});
