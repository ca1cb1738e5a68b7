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

/** Whether `el` is rendered (display, content-visibility): a style lookup. Taken as rendered where not implemented. */
function rendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return !check || check.call(el);
}

/** Table cells: asked about once per column of a table, not once per cell (see `cellCheck`). */
const CELL = new Set(['TD', 'TH']);

/** What the first visible row of a kind in a table section found, cell by cell (by position among the row's elements). */
interface RowSeen {
  row: Element | null;
  tags: string[];
  classes: (string | null)[];
  styles: (string | null)[];
  hidden: boolean[];
}

/**
 * Whether a table cell of a visible row is hidden, asked of style about once per column instead of once per cell
 * (issue #16: a big table has a row's worth of cells for every row). Every cell of the first visible row of a kind
 * (same class, style, number of cells and first cell's tag) in a table section is asked. A later row's cell is asked
 * only when the seen row's cell in its place was hidden, or its tag, class or inline style differs from it; after
 * one that differs, the rest of the row is asked (a `.old + td` rule). So a column hidden by any rule (`.col-old`,
 * `.print-only`, `td:nth-child(3)`, `td:last-child`) or a row's cells hidden by the row's class (`tr.expired td`) are
 * found as a per-cell check finds them. Not followed: a rule that picks rows by position or content alone
 * (`tr:nth-child(n+2) td`, `td:has(…)`) and hides some later rows' cells but not the first row's.
 */
function cellCheck(): (cell: Element) => boolean {
  const sections = new Map<Element, Map<string, RowSeen>>();
  let row: Element | null = null;
  let seen: RowSeen = { row: null, tags: [], classes: [], styles: [], hidden: [] };
  let recording = false;
  // The cell asked before in `row`, and its place; whether a cell of `row` was unlike the seen row's.
  let last: Element | null = null;
  let index = -1;
  let unlike = false;
  const enter = (tr: Element) => {
    row = tr;
    last = null;
    index = -1;
    unlike = false;
    const section = tr.parentElement ?? tr;
    let kinds = sections.get(section);
    if (!kinds) {
      kinds = new Map();
      sections.set(section, kinds);
    }
    // A header row of th cells and the td rows under it in one tbody are two kinds.
    const kind = `${tr.getAttribute('class') ?? ''}\n${tr.getAttribute('style') ?? ''}\n${tr.childElementCount}\n${tr.firstElementChild?.tagName}`;
    const found = kinds.get(kind);
    if (found) seen = found;
    else {
      seen = { row: tr, tags: [], classes: [], styles: [], hidden: [] };
      kinds.set(kind, seen);
    }
    recording = seen.row === tr;
  };
  return (cell) => {
    const tr = cell.parentElement;
    if (tr?.tagName.toUpperCase() !== 'TR') return !rendered(cell);
    if (tr !== row) enter(tr);
    const prev = cell.previousElementSibling;
    if (prev === last) index++;
    else {
      // A cell skipped (aria-hidden), or back from a table inside a cell: counted again, and the rest asked.
      index = 0;
      for (let p = prev; p; p = p.previousElementSibling) index++;
      unlike = true;
    }
    last = cell;
    const tag = cell.tagName;
    const cls = cell.getAttribute('class');
    const style = cell.getAttribute('style');
    if (recording) {
      const hidden = !rendered(cell);
      seen.tags[index] = tag;
      seen.classes[index] = cls;
      seen.styles[index] = style;
      seen.hidden[index] = hidden;
      return hidden;
    }
    if (seen.tags[index] !== tag || seen.classes[index] !== cls || seen.styles[index] !== style) unlike = true;
    else if (!unlike && seen.hidden[index] === false) return false;
    return !rendered(cell);
  };
}

/**
 * Whether the walk skips `el` and everything in it. Only block elements are asked for style (a hidden banner, tab
 * panel or table row is skipped whole); each ask costs a style lookup, so a table cell, whose row the walk has just
 * found visible, is asked through `cell` (about once per column).
 */
function hidden(el: Element, tag: string, cell: (cell: Element) => boolean): boolean {
  if (el.getAttribute('aria-hidden') === 'true' || (el as HTMLElement).hidden) return true;
  if (!BLOCK.has(tag)) return false;
  return CELL.has(tag) ? cell(el) : !rendered(el);
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
  const cell = cellCheck();
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
      if (!SKIPPED.has(tag) && !hidden(el, tag, cell)) {
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
