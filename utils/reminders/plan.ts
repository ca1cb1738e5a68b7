import { daysBetween, type IsoDay, nextAnnual } from '@/utils/deadlines/calendar';
import type { RequirementView } from '@/utils/knowledge/view';

/** Days before a deadline that a followed requirement reminds on. */
export const REMINDER_OFFSETS = [7, 3, 1, 0] as const;

export interface Reminder {
  /** `<requirement>|<deadline day>|<offset>`: what makes a reminder unique. */
  key: string;
  requirementId: string;
  date: IsoDay;
  /** Days from today to the deadline (0 = today). */
  daysLeft: number;
  title: string;
  phrase: string;
  label: string | null;
}

/** The dated moments of a requirement on `today`: recurring ones at their next occurrence. */
function datedMoments(r: RequirementView, today: IsoDay): { date: IsoDay; phrase: string; label: string | null }[] {
  const out: { date: IsoDay; phrase: string; label: string | null }[] = [];
  for (const d of r.deadlines) {
    const date = d.kind === 'recurring_annual' && d.monthDay ? nextAnnual(d.monthDay, today) : d.date;
    if (date) out.push({ date, phrase: d.text, label: d.label });
  }
  return out;
}

/**
 * The reminders to show on `today` for the followed requirements: on 7, 3 and 1 days before each deadline and on
 * the day. A reminder missed while the browser was closed is shown late, once (5 days left shows the 7-day one).
 */
export function remindersDue(
  views: readonly RequirementView[],
  followed: readonly string[],
  today: IsoDay,
  sent: ReadonlySet<string>,
): Reminder[] {
  const out: Reminder[] = [];
  const follow = new Set(followed);
  for (const r of views) {
    if (!follow.has(r.id)) continue;
    for (const m of datedMoments(r, today)) {
      const daysLeft = daysBetween(today, m.date);
      if (daysLeft < 0 || daysLeft > REMINDER_OFFSETS[0]) continue;
      const offset = [...REMINDER_OFFSETS].reverse().find((k) => k >= daysLeft);
      if (offset === undefined) continue;
      const key = `${r.id}|${m.date}|${offset}`;
      if (sent.has(key) || out.some((x) => x.key === key)) continue;
      out.push({ key, requirementId: r.id, date: m.date, daysLeft, title: r.title, phrase: m.phrase, label: m.label });
    }
  }
  return out;
}

/** The notification text, Chinese. */
export function reminderText(rem: Reminder): { title: string; message: string } {
  const when = rem.daysLeft === 0 ? '今天截止' : `还有 ${rem.daysLeft} 天`;
  const what = rem.label ? `${rem.title}（${rem.label}）` : rem.title;
  return { title: `填报助手：${when}`, message: `${what}\n${rem.phrase}（${rem.date}）` };
}

/** The future moments (ms) to wake up for reminders: 09:00 Beijing on each reminder day. */
export function reminderInstants(
  views: readonly RequirementView[],
  followed: readonly string[],
  today: IsoDay,
): number[] {
  const follow = new Set(followed);
  const out = new Set<number>();
  for (const r of views) {
    if (!follow.has(r.id)) continue;
    for (const m of datedMoments(r, today)) {
      for (const k of REMINDER_OFFSETS) {
        const [y, mo, d] = m.date.split('-').map(Number);
        // 09:00 in Beijing is 01:00 UTC.
        const at = Date.UTC(y ?? 0, (mo ?? 1) - 1, (d ?? 1) - k, 1, 0, 0);
        out.add(at);
      }
    }
  }
  return [...out].sort((a, b) => a - b);
}
