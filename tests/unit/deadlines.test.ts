import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayInYear,
  daysBetween,
  lastDayOfMonth,
  nextAnnual,
  previousAnnual,
  shanghaiDay,
} from '@/utils/deadlines/calendar';
import { compareTiming, countdownEn, countdownZh, type DeadlineLike, timingOf } from '@/utils/deadlines/status';

const due = (date: string): DeadlineLike => ({ kind: 'due', date, monthDay: null });
const annual = (monthDay: string): DeadlineLike => ({ kind: 'recurring_annual', date: null, monthDay });

describe('calendar (Asia/Shanghai days)', () => {
  it('takes the Beijing day of an instant, across the UTC date line', () => {
    expect(shanghaiDay(Date.parse('2026-11-24T15:59:59Z'))).toBe('2026-11-24');
    expect(shanghaiDay(Date.parse('2026-11-24T16:00:00Z'))).toBe('2026-11-25');
    expect(shanghaiDay(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
  });

  it('counts days over month ends and leap days', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-11-24', '2026-12-15')).toBe(21);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(lastDayOfMonth(2024, 2)).toBe(29);
    expect(lastDayOfMonth(2100, 2)).toBe(28);
    expect(lastDayOfMonth(2000, 2)).toBe(29);
    expect(lastDayOfMonth(2023, 11)).toBe(30);
  });

  it('finds the next and previous yearly occurrence', () => {
    expect(nextAnnual('12-15', '2026-11-24')).toBe('2026-12-15');
    expect(nextAnnual('12-15', '2026-12-15')).toBe('2026-12-15');
    expect(nextAnnual('12-15', '2026-12-16')).toBe('2027-12-15');
    expect(previousAnnual('12-15', '2026-12-15')).toBe('2025-12-15');
    // A 29 February rule falls on the 28th in common years.
    expect(dayInYear(2027, '02-29')).toBe('2027-02-28');
    expect(nextAnnual('02-29', '2027-03-01')).toBe('2028-02-29');
  });
});

describe('timingOf', () => {
  it('gives the 管理平台 每年12月15日前 绩效数据 as due in 21 days on 2026-11-24', () => {
    const t = timingOf([annual('12-15')], '2026-11-24', 2023);
    expect(t).toMatchObject({ status: 'upcoming', date: '2026-12-15', days: 21, recurring: true });
    expect(countdownZh(t)).toBe('还有 21 天');
  });

  it('is due-soon within 7 days, and on the day itself', () => {
    expect(timingOf([annual('12-15')], '2026-12-08', 2023)).toMatchObject({ status: 'due-soon', days: 7 });
    expect(timingOf([annual('12-15')], '2026-12-07', 2023).status).toBe('upcoming');
    const today = timingOf([due('2023-03-31')], '2023-03-31', 2023);
    expect(today).toMatchObject({ status: 'due-soon', days: 0 });
    expect(countdownZh(today)).toBe('今天截止');
  });

  it('rolls a recurring task over to next year the day after', () => {
    expect(timingOf([annual('12-15')], '2026-12-16', 2023)).toMatchObject({ date: '2027-12-15', days: 364 });
  });

  it('is overdue after a one-off deadline in the same year, and history in a later year', () => {
    const t = timingOf([due('2023-03-31')], '2023-04-03', 2023);
    expect(t).toMatchObject({ status: 'overdue', date: '2023-03-31', days: -3 });
    expect(countdownZh(t)).toBe('已逾期 3 天');
    expect(countdownEn(t)).toBe('3 days overdue');
    expect(timingOf([due('2023-03-31')], '2026-11-25', 2023)).toMatchObject({ status: 'history', date: '2023-03-31' });
    // Just over the new year a missed December deadline is still overdue, not history.
    expect(timingOf([due('2025-12-20')], '2026-01-05', 2025).status).toBe('overdue');
  });

  it('is open inside a window and counts to its end', () => {
    const window: DeadlineLike[] = [
      { kind: 'window_start', date: '2022-09-12', monthDay: null },
      { kind: 'window_end', date: '2022-09-30', monthDay: null },
    ];
    expect(timingOf(window, '2022-09-01', 2022)).toMatchObject({
      status: 'upcoming',
      date: '2022-09-12',
      dateKind: 'start',
    });
    expect(countdownZh(timingOf(window, '2022-09-01', 2022))).toBe('11 天后开始');
    expect(timingOf(window, '2022-09-15', 2022)).toMatchObject({ status: 'open', date: '2022-09-30', days: 15 });
    expect(timingOf(window, '2022-09-25', 2022)).toMatchObject({ status: 'due-soon', date: '2022-09-30' });
    expect(timingOf(window, '2022-10-01', 2022)).toMatchObject({ status: 'overdue', date: '2022-09-30' });
  });

  it('follows a task with an opening and two steps (双高 2023: opens 3-01, data 4-15, 省级审核 4-25)', () => {
    const steps: DeadlineLike[] = [
      { kind: 'opens', date: '2023-03-01', monthDay: null },
      due('2023-04-15'),
      due('2023-04-25'),
    ];
    expect(timingOf(steps, '2023-02-20', 2023)).toMatchObject({ status: 'upcoming', date: '2023-03-01' });
    expect(timingOf(steps, '2023-03-10', 2023)).toMatchObject({ status: 'open', date: '2023-04-15', days: 36 });
    expect(timingOf(steps, '2023-04-20', 2023)).toMatchObject({ status: 'due-soon', date: '2023-04-25' });
    expect(timingOf(steps, '2023-05-01', 2023)).toMatchObject({ status: 'overdue', date: '2023-04-25', days: -6 });
  });

  it('keeps undated tasks ahead in their year and as history later', () => {
    const undated: DeadlineLike[] = [{ kind: 'undated', date: null, monthDay: null }];
    expect(timingOf(undated, '2023-05-01', 2023)).toMatchObject({ status: 'upcoming', date: null });
    expect(timingOf(undated, '2026-05-01', 2023)).toMatchObject({ status: 'history', date: null });
    expect(timingOf([], '2026-05-01', null).status).toBe('upcoming');
  });

  it('sorts the most urgent first', () => {
    const today = '2023-04-20';
    const list = [
      timingOf([due('2023-06-30')], today, 2023),
      timingOf([due('2021-03-01')], today, 2021),
      timingOf([due('2023-04-22')], today, 2023),
      timingOf([due('2023-04-10')], today, 2023),
      timingOf([{ kind: 'undated', date: null, monthDay: null }], today, 2023),
      timingOf([due('2023-05-30')], today, 2023),
      timingOf([due('2022-03-01')], today, 2022),
    ].sort(compareTiming);
    expect(list.map((t) => `${t.status}:${t.date}`)).toEqual([
      'overdue:2023-04-10',
      'due-soon:2023-04-22',
      'upcoming:2023-05-30',
      'upcoming:2023-06-30',
      'upcoming:null',
      'history:2022-03-01',
      'history:2021-03-01',
    ]);
  });
});
