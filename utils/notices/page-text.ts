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

/** Table cells: their row was asked already (a row is a block), so a cell is asked only when its markup hints at hiding. */
const CELL = new Set(['TD', 'TH']);
/** Class names that hide (layui-hide, hidden, d-none, is-hidden, ant-table-row-hidden, …) and inline display:none. */
const HIDING = /(?:^|[\s_-])(?:hide|hidden|none)(?:$|[\s_-])/i;
const NO_DISPLAY = /display\s*:\s*none/i;

/**
 * Whether the walk skips `el` and everything in it. Only block elements are asked for style (a hidden banner, tab
 * panel or table row is skipped whole); each ask costs a style lookup, and a big table has a row's worth of cells for
 * every row, so a cell, whose row the walk has just found visible, is asked only when its own class or style says it
 * may be hidden (a layui-hide column).
 */
function hidden(el: Element, tag: string): boolean {
  if (el.getAttribute('aria-hidden') === 'true' || (el as HTMLElement).hidden) return true;
  if (!BLOCK.has(tag)) return false;
  if (CELL.has(tag) && !HIDING.test(el.getAttribute('class') ?? '') && !NO_DISPLAY.test(el.getAttribute('style') ?? ''))
    return false;
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return !!check && !check.call(el);
}

/**
 * The page's visible text outside form fields and outside our UI, one line per block, cut at `limits`. Walked
 * iteratively in document order: depth costs no stack and a huge page costs at most `limits.nodes` steps. Built as
 * one string as it goes (spaces around a line break dropped on the way), never held twice.
 */
export function visiblePageText(doc: Document, limits: { chars: number; nodes: number } = PAGE_TEXT_LIMITS): string {
  const root = doc.body;
  if (!root) return '';
  let out = '';
  // Whether `out` ends a line (or is empty): asked instead of out.endsWith, which flattens the string each time.
  let lineStart = true;
  // Spaces at the end of the text so far: written only if more text follows on the same line.
  let spaces = '';
  let chars = 0;
  let visited = 0;
  let n: Node | null = root.firstChild;
  const newline = () => {
    spaces = '';
    if (!lineStart) out += '\n';
    lineStart = true;
  };
  const closeBlock = (left: Node) => {
    if (left.nodeType === 1 && BLOCK.has((left as Element).tagName.toUpperCase())) newline();
  };
  while (n && visited < limits.nodes && chars < limits.chars) {
    visited++;
    let descend = false;
    if (n.nodeType === 3) {
      const v = n.nodeValue ?? '';
      if (/\S/.test(v)) {
        const piece = v.replace(/\s+/g, ' ').slice(0, limits.chars - chars);
        chars += piece.length;
        // A line starts with its first non-space; the spaces a piece ends with wait for the next piece.
        const text = lineStart ? piece.trimStart() : spaces + piece;
        const body = text.trimEnd();
        spaces = text.slice(body.length);
        if (body) {
          out += body;
          lineStart = false;
        }
      }
    } else if (n.nodeType === 1) {
      const el = n as Element;
      const tag = el.tagName.toUpperCase();
      if (!SKIPPED.has(tag) && !hidden(el, tag)) {
        if (BLOCK.has(tag)) newline();
        descend = !!el.firstChild;
      }
    }
    // Down, or up until there is a next sibling, closing blocks on the way.
    n = nextInOrder(n, root, descend, closeBlock);
  }
  return lineStart && out ? out.slice(0, -1) : out;
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
