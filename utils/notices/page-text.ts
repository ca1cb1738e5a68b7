import { nextInOrder } from '@/utils/fields/normalise';
import type { DeadlineView } from '@/utils/knowledge/view';

/**
 * The page side of the deadlines a platform page prints: its visible text, read in the page (bounded), and what is
 * done with the deadlines the background found in it (utils/notices/page-deadlines.ts reads them there, with the
 * notice parser, which the field engine's script does not carry).
 */

/** At most this many characters of page text, and this many nodes visited, per read. */
export const PAGE_TEXT_LIMITS = { chars: 20_000, nodes: 20_000 } as const;

/**
 * The most text `visiblePageText` gives: its characters, plus at most one line break after each piece of text. What
 * the page sends the background to read deadlines in is held to it (utils/messages/page-deadlines.ts).
 */
export const PAGE_TEXT_MAX = PAGE_TEXT_LIMITS.chars * 2;

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

/** One requirement a page prints: the sentence, the phrase the date was read from, its deadlines. */
export interface PageDeadline {
  id: string;
  sentence: string;
  phrase: string;
  deadlines: DeadlineView[];
}

/** Whether every date a page requirement gives is already a deadline of a known requirement (shown once, not twice). */
export function knownAlready(found: PageDeadline, knownDates: ReadonlySet<string>): boolean {
  return found.deadlines.every((d) =>
    d.date ? knownDates.has(d.date) : d.monthDay ? knownDates.has(d.monthDay) : true,
  );
}
