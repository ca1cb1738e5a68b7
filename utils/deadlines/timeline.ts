import type { RequirementView } from '@/utils/knowledge/view';
import { addDays, dayInYear, type IsoDay } from './calendar';

export interface TimelineEntry {
  date: IsoDay;
  requirement: RequirementView;
  kind: string;
  phrase: string;
  label: string | null;
  recurring: boolean;
}

/**
 * Every dated deadline from a year before `today` to a year after, recurring ones once per year they fall in,
 * in date order.
 */
export function timeline(views: readonly RequirementView[], today: IsoDay): TimelineEntry[] {
  const from = addDays(today, -365);
  const to = addDays(today, 365);
  const out: TimelineEntry[] = [];
  const y = Number(today.slice(0, 4));
  for (const r of views) {
    for (const d of r.deadlines) {
      const base = { requirement: r, kind: d.kind, phrase: d.text, label: d.label };
      if (d.kind === 'recurring_annual' && d.monthDay) {
        for (const year of [y - 1, y, y + 1]) {
          const date = dayInYear(year, d.monthDay);
          if (date >= from && date <= to) out.push({ ...base, date, recurring: true });
        }
      } else if (d.date && d.date >= from && d.date <= to) {
        out.push({ ...base, date: d.date, recurring: false });
      }
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
