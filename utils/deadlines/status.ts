import { daysBetween, type IsoDay, nextAnnual } from './calendar';

/** The deadline fields the engine needs (a subset of the knowledge schema, so imported notices work too). */
export interface DeadlineLike {
  kind: 'due' | 'opens' | 'window_start' | 'window_end' | 'recurring_annual' | 'undated';
  date: string | null;
  monthDay: string | null;
}

export type Status = 'overdue' | 'due-soon' | 'upcoming' | 'open' | 'history';
export const STATUSES: readonly Status[] = ['overdue', 'due-soon', 'open', 'upcoming', 'history'];

export const DUE_SOON_DAYS = 7;
/** A one-off task whose last date passed this long ago in an earlier year is history, not overdue. */
export const HISTORY_AFTER_DAYS = 30;

export interface Timing {
  status: Status;
  /** The next dated deadline, or the most recent one when all have passed; null when the task has no date. */
  date: IsoDay | null;
  /** Days from today to `date` (negative when past); null without a date. */
  days: number | null;
  /** What `date` is: an end (due, window end, recurring), or a start (opens, window start). */
  dateKind: 'end' | 'start' | null;
  recurring: boolean;
}

const END_KINDS = new Set(['due', 'window_end']);
const START_KINDS = new Set(['opens', 'window_start']);

/**
 * Where a task stands on `today`: overdue, due within 7 days, inside an open window, upcoming, or history (a
 * one-off task of an earlier year, kept as what was asked last time). Recurring tasks always look ahead to
 * their next occurrence.
 */
export function timingOf(deadlines: readonly DeadlineLike[], today: IsoDay, noticeYear: number | null): Timing {
  const ends: IsoDay[] = [];
  const starts: IsoDay[] = [];
  for (const d of deadlines) {
    if (d.kind === 'recurring_annual' && d.monthDay) ends.push(nextAnnual(d.monthDay, today));
    else if (d.date && END_KINDS.has(d.kind)) ends.push(d.date);
    else if (d.date && START_KINDS.has(d.kind)) starts.push(d.date);
  }
  const recurring = deadlines.some((d) => d.kind === 'recurring_annual' && d.monthDay);
  const futureEnds = ends.filter((d) => d >= today).sort();
  const futureStarts = starts.filter((d) => d > today).sort();
  const nextEnd = futureEnds[0];
  const nextStart = futureStarts[0];

  // Not open yet: the next thing to happen is the opening.
  if (nextStart && (!nextEnd || nextStart <= nextEnd)) {
    return { status: 'upcoming', date: nextStart, days: daysBetween(today, nextStart), dateKind: 'start', recurring };
  }
  if (nextEnd) {
    const days = daysBetween(today, nextEnd);
    const started = starts.some((s) => s <= today);
    const status: Status = days <= DUE_SOON_DAYS ? 'due-soon' : started ? 'open' : 'upcoming';
    return { status, date: nextEnd, days, dateKind: 'end', recurring };
  }
  const past = [...ends, ...starts].sort();
  const last = past[past.length - 1];
  if (!last) {
    // Undated: a task of an earlier year's notice is what was asked last time; otherwise it is still ahead.
    const year = Number(today.slice(0, 4));
    const status: Status = noticeYear !== null && noticeYear < year ? 'history' : 'upcoming';
    return { status, date: null, days: null, dateKind: null, recurring };
  }
  const days = daysBetween(today, last);
  const lastEnd = ends.sort()[ends.length - 1] ?? last;
  const earlierYear = Number(last.slice(0, 4)) < Number(today.slice(0, 4));
  const status: Status = earlierYear && -days > HISTORY_AFTER_DAYS ? 'history' : 'overdue';
  return {
    status,
    date: lastEnd,
    days: daysBetween(today, lastEnd),
    dateKind: ends.length ? 'end' : 'start',
    recurring,
  };
}

const ORDER: Record<Status, number> = { overdue: 0, 'due-soon': 1, open: 2, upcoming: 3, history: 4 };

/** Most urgent first: overdue (most recent first), due soon, open, upcoming (soonest first, undated last), history. */
export function compareTiming(a: Timing, b: Timing): number {
  if (a.status !== b.status) return ORDER[a.status] - ORDER[b.status];
  if (a.date === b.date) return 0;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  const ascending = a.status !== 'history' && a.status !== 'overdue';
  return ascending ? (a.date < b.date ? -1 : 1) : a.date < b.date ? 1 : -1;
}

/** The countdown in words: 还有 21 天 / 今天截止 / 已逾期 3 天 / 3 天后开放. */
export function countdownZh(t: Timing): string {
  if (t.days === null) return '未定日期';
  if (t.dateKind === 'start') {
    if (t.days > 0) return `${t.days} 天后开始`;
    return t.days === 0 ? '今天开始' : `已于 ${-t.days} 天前开始`;
  }
  if (t.days > 0) return `还有 ${t.days} 天`;
  if (t.days === 0) return '今天截止';
  return `已逾期 ${-t.days} 天`;
}

export function countdownEn(t: Timing): string {
  if (t.days === null) return 'no date set';
  const n = Math.abs(t.days);
  const dd = `${n} day${n === 1 ? '' : 's'}`;
  if (t.dateKind === 'start') return t.days > 0 ? `opens in ${dd}` : t.days === 0 ? 'opens today' : `opened ${dd} ago`;
  if (t.days > 0) return `${dd} left`;
  return t.days === 0 ? 'due today' : `${dd} overdue`;
}
