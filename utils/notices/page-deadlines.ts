import { nextInOrder } from '@/utils/fields/normalise';
import type { DeadlineView } from '@/utils/knowledge/view';
import { deadlineNote } from './deadline-patterns';
import { normaliseInline } from './normalise';
import { pageRequirementId } from './page-id';
import { findDeadlines, type ParsedDeadline } from './parse';

/**
 * Deadlines a platform page prints itself: banners, 通知公告 lists and detail pages, the text above a form. Read
 * line by line with the notice parser's deadline entry (`findDeadlines`: a page is no notice, it has no 文号,
 * signature or items for `parseNotice` to use), plus the one form banners use and notices rarely do:
 * a label and a date with no 前 (数据填报截止时间：2023年4月15日).
 */

/** At most this many characters of page text, and this many nodes visited, per read. */
export const PAGE_TEXT_LIMITS = { chars: 20_000, nodes: 20_000 } as const;

/** Never read: form controls (their values are the user's), scripts, and our own UI. */
const SKIPPED = new Set([
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'OPTION',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'TIANBAO-OVERLAY',
  'TIANBAO-HINTS',
  'TIANBAO-GUARD',
]);
/** Elements that end a line of text. */
const BLOCK = new Set([
  'P',
  'DIV',
  'LI',
  'TR',
  'TD',
  'TH',
  'BR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'MAIN',
  'ASIDE',
  'DD',
  'DT',
  'LABEL',
]);

function hidden(el: Element): boolean {
  if (el.getAttribute('aria-hidden') === 'true' || (el as HTMLElement).hidden) return true;
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  // Only block elements are asked (each asks for style): a hidden banner or tab panel is skipped whole.
  return BLOCK.has(el.tagName) && !!check && !check.call(el);
}

/**
 * The page's visible text outside form fields and outside our UI, one line per block, cut at `limits`. Walked
 * iteratively in document order: depth costs no stack and a huge page costs at most `limits.nodes` steps.
 */
export function visiblePageText(doc: Document, limits: { chars: number; nodes: number } = PAGE_TEXT_LIMITS): string {
  const root = doc.body;
  if (!root) return '';
  const parts: string[] = [];
  let chars = 0;
  let visited = 0;
  let n: Node | null = root.firstChild;
  const newline = () => {
    if (parts.length && parts[parts.length - 1] !== '\n') parts.push('\n');
  };
  const closeBlock = (left: Node) => {
    if (left.nodeType === 1 && BLOCK.has((left as Element).tagName.toUpperCase())) newline();
  };
  while (n && visited < limits.nodes && chars < limits.chars) {
    visited++;
    let descend = false;
    if (n.nodeType === 3) {
      const s = (n.nodeValue ?? '').replace(/\s+/g, ' ');
      if (s.trim()) {
        const piece = s.slice(0, limits.chars - chars);
        parts.push(piece);
        chars += piece.length;
      }
    } else if (n.nodeType === 1) {
      const el = n as Element;
      const tag = el.tagName.toUpperCase();
      if (!SKIPPED.has(tag) && !hidden(el)) {
        if (BLOCK.has(tag)) newline();
        descend = !!el.firstChild;
      }
    }
    // Down, or up until there is a next sibling, closing blocks on the way.
    n = nextInOrder(n, root, descend, closeBlock);
  }
  return parts
    .join('')
    .replace(/ *\n */g, '\n')
    .trim();
}

/** At most this many requirements from one page. */
export const PAGE_DEADLINES_MAX = 12;

/** One requirement a page prints: the sentence, the phrase the date was read from, its deadlines. */
export interface PageDeadline {
  id: string;
  sentence: string;
  phrase: string;
  deadlines: DeadlineView[];
}

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

/** Whether every date a page requirement gives is already a deadline of a known requirement (shown once, not twice). */
export function knownAlready(found: PageDeadline, knownDates: ReadonlySet<string>): boolean {
  return found.deadlines.every((d) =>
    d.date ? knownDates.has(d.date) : d.monthDay ? knownDates.has(d.monthDay) : true,
  );
}
