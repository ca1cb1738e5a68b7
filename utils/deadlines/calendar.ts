/**
 * Calendar days in Asia/Shanghai (UTC+8 all year: China has no daylight saving since 1991), as `YYYY-MM-DD`
 * strings. Deadlines are whole days: "3月31日前" ends when that day ends in Beijing.
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type IsoDay = string;

/** The Beijing calendar day of an instant. */
export function shanghaiDay(instant: Date | number): IsoDay {
  const t = typeof instant === 'number' ? instant : instant.getTime();
  return new Date(t + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

function toUtcMs(day: IsoDay): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

export function addDays(day: IsoDay, n: number): IsoDay {
  return new Date(toUtcMs(day) + n * DAY_MS).toISOString().slice(0, 10);
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function lastDayOfMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `MM-DD` in a given year; 02-29 falls on 02-28 in a common year (the last day the rule can mean). */
export function dayInYear(year: number, monthDay: string): IsoDay {
  const [m, d] = monthDay.split('-').map(Number);
  const month = m ?? 1;
  const day = Math.min(d ?? 1, lastDayOfMonth(year, month));
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The first occurrence of an annual `MM-DD` on or after `today`. */
export function nextAnnual(monthDay: string, today: IsoDay): IsoDay {
  const year = Number(today.slice(0, 4));
  const thisYear = dayInYear(year, monthDay);
  return thisYear >= today ? thisYear : dayInYear(year + 1, monthDay);
}

/** The last occurrence of an annual `MM-DD` before `today`. */
export function previousAnnual(monthDay: string, today: IsoDay): IsoDay {
  const year = Number(today.slice(0, 4));
  const thisYear = dayInYear(year, monthDay);
  return thisYear < today ? thisYear : dayInYear(year - 1, monthDay);
}
