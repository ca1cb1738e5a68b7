import type { DeadlineView } from '@/utils/knowledge/view';
import { deadlineNote } from './deadline-patterns';
import { normaliseInline } from './normalise';
import { pageRequirementId } from './page-id';
import type { PageDeadline } from './page-text';
import { findDeadlines, type ParsedDeadline } from './parse';

/**
 * Deadlines a platform page prints itself: banners, 通知公告 lists and detail pages, the text above a form. Read
 * line by line with the notice parser's deadline entry (`findDeadlines`: a page is no notice, it has no 文号,
 * signature or items for `parseNotice` to use), plus the one form banners use and notices rarely do:
 * a label and a date with no 前 (数据填报截止时间：2023年4月15日).
 */

/** At most this many requirements from one page. */
export const PAGE_DEADLINES_MAX = 12;

/** A label and a date with no 前: 截止时间：2023年4月15日, 截止日期为2024年3月6日. Bounded: one attempt per 截. */
export const PAGE_PATTERNS = {
  labelled:
    /截[止至](?:时间|日期)?(?:为|是|：|:)\s{0,3}(\d{4})\s{0,2}年\s{0,2}(\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})\s{0,2}日/g,
  sentenceEnd: /(?<=[。；！？])/,
} as const;

const pad = (n: string) => n.padStart(2, '0');

function sentenceOf(line: string, phrase: string): string {
  const sentences = line.split(PAGE_PATTERNS.sentenceEnd);
  return (sentences.find((s) => s.includes(phrase)) ?? line).trim();
}

const view = (d: Pick<ParsedDeadline, 'kind' | 'date' | 'month_day' | 'year_inferred' | 'text' | 'line'>) => ({
  kind: d.kind,
  date: d.date,
  monthDay: d.month_day,
  yearInferred: d.year_inferred,
  text: d.text,
  line: null,
  label: null,
  // What the parser says of the phrase: an approximate day (中旬, 月底), a relative time, a year it could not read.
  note: deadlineNote(d),
});

/**
 * The dated deadlines in a page's text, grouped by the phrase they were read from (a window's start and end stay
 * together), each with the sentence it stands in and an id stable across visits.
 */
export function findPageDeadlines(text: string, host: string): PageDeadline[] {
  // One line per block as the page lays it out: not noticeLines, which joins lines a PDF broke and would run a
  // notice's title, its date and its summary in a list into one sentence.
  const lines = text.split('\n').map((l, i) => ({ text: normaliseInline(l), line: i + 1 }));
  const lineText = new Map(lines.map((l) => [l.line, l.text]));
  const found: ParsedDeadline[] = [];
  for (const l of lines) {
    // No year from context: a page's dates carry their own, and one without cannot be placed.
    for (const d of findDeadlines(l.text, l.line, null)) if (d.date || d.month_day) found.push(d);
    for (const m of l.text.matchAll(PAGE_PATTERNS.labelled)) {
      const date = `${m[1]}-${pad(m[2] ?? '')}-${pad(m[3] ?? '')}`;
      const dup = found.some((d) => d.line === l.line && d.date === date);
      if (!dup) found.push({ kind: 'due', date, month_day: null, year_inferred: false, text: m[0], line: l.line });
    }
  }
  const groups = new Map<string, { sentence: string; phrase: string; deadlines: DeadlineView[] }>();
  for (const d of found) {
    const sentence = sentenceOf(lineText.get(d.line) ?? d.text, d.text);
    const key = `${d.line}\u0000${d.text}`;
    const g = groups.get(key) ?? { sentence, phrase: d.text, deadlines: [] };
    if (!g.deadlines.some((x) => x.kind === d.kind && x.date === d.date && x.monthDay === d.month_day))
      g.deadlines.push(view(d));
    groups.set(key, g);
  }
  const out: PageDeadline[] = [];
  const ids = new Set<string>();
  for (const g of groups.values()) {
    const last = g.deadlines.map((d) => d.date ?? d.monthDay ?? '').sort();
    const id = pageRequirementId(host, last[last.length - 1] ?? '', g.sentence);
    if (ids.has(id)) continue;
    // A page that prints dozens of dates is an archive, not a list of tasks: the first few are what it asks now.
    if (out.length >= PAGE_DEADLINES_MAX) break;
    ids.add(id);
    out.push({ id, ...g });
  }
  return out;
}

// The page side, where the field engine and the tests find it with the finder.
export { knownAlready, PAGE_TEXT_LIMITS, type PageDeadline, visiblePageText } from './page-text';
