import { normaliseLabel, TEXT_LIMITS, visibleText } from './normalise';
import { buildGrid, cellAt, columnLabel, type GridCell, rowLabels, type TableGrid } from './table-grid';

export type LabelSource =
  | 'label-for'
  | 'label-wrap'
  | 'aria'
  | 'table-column'
  | 'table-row'
  | 'placeholder'
  | 'nearby'
  | 'mapping'
  | 'none';

export interface LabelInfo {
  /** Normalised label: what matching and problem lists use. */
  label: string;
  source: LabelSource;
  /** In a table with column headers: the row's own label (辅导员, a row number), for identity and messages. */
  row: string | null;
  /** Column header path top to bottom (配备情况 › 总数). */
  columnPath: string[];
  /**
   * Position in a table: index of the table among tables, and the grid row. One object per table row, shared by the
   * row's cells (read, never changed).
   */
  table: TablePosition | null;
  /** The label as printed carries a required star (`*姓名`, `姓名 *：`); normalising drops the star itself. */
  starred: boolean;
}

export interface TablePosition {
  readonly index: number;
  readonly row: number;
}

/** A star before the words of a label or after them (before its colon): the page's own mark of a required field. */
const STAR = /^[\s\u00a0\u3000]*[*＊]|[*＊][\s\u00a0\u3000]*[:：]?[\s\u00a0\u3000]*$/;

export function starred(raw: string | null | undefined): boolean {
  return STAR.test((raw ?? '').slice(0, TEXT_LIMITS.chars));
}

/** Caches built once per scan: table grids and table indexes. */
export interface LabelContext {
  grids: Map<HTMLTableElement, TableGrid>;
  tableIndex: Map<HTMLTableElement, number>;
  /** label[for] texts of each document, read once per scan (one query per field would be quadratic). */
  labelsFor: Map<Document, Map<string, { text: string; starred: boolean }>>;
}

export function newLabelContext(): LabelContext {
  return { grids: new Map(), tableIndex: new Map(), labelsFor: new Map() };
}

// Attributes are capped like text: a megabyte placeholder is no label.
const clean = (s: string | null | undefined) => normaliseLabel((s ?? '').slice(0, TEXT_LIMITS.chars));

function byIds(doc: Document, ids: string): string {
  return ids
    .split(/\s+/)
    .map((id) => doc.getElementById(id))
    .filter((e): e is HTMLElement => e !== null)
    .map((e) => visibleText(e))
    .join(' ');
}

function labelFor(el: Element, doc: Document, ctx: LabelContext): { text: string; starred: boolean } | undefined {
  let map = ctx.labelsFor.get(doc);
  if (!map) {
    map = new Map();
    for (const label of Array.from(doc.querySelectorAll('label[for]'))) {
      const target = label.getAttribute('for');
      if (!target || map.has(target)) continue;
      const raw = visibleText(label);
      map.set(target, { text: clean(raw), starred: starred(raw) });
    }
    ctx.labelsFor.set(doc, map);
  }
  // A page without label[for] (a large report table) needs no id read per field.
  if (!map.size) return undefined;
  const id = el.getAttribute('id');
  return id ? map.get(id) : undefined;
}

/** Whether a grid cell's printed text carries a required star (the grid keeps its normalised text only): read once. */
function cellStarred(cell: GridCell | null | undefined): boolean {
  if (!cell) return false;
  cell.starred ??= starred(cell.el.textContent);
  return cell.starred;
}

/**
 * A table's index among the tables labels are read from, in the order the scan meets them: given when first met,
 * by a control read now or by one taken over from the scan before (utils/fields/discover.ts).
 */
export function tableIndexOf(table: HTMLTableElement, ctx: LabelContext): number {
  let index = ctx.tableIndex.get(table);
  if (index === undefined) {
    index = ctx.tableIndex.size;
    ctx.tableIndex.set(table, index);
  }
  return index;
}

/** The grid of the table a control sits in, built once per table per scan. */
function gridOf(table: HTMLTableElement, ctx: LabelContext): TableGrid {
  let g = ctx.grids.get(table);
  if (!g) {
    g = buildGrid(table);
    ctx.grids.set(table, g);
    tableIndexOf(table, ctx);
  }
  return g;
}

/** The table whose grid `inferLabel` reads for a control (the table of its nearest cell), or null. */
export function tableOfCell(el: Element): HTMLTableElement | null {
  return (el.closest('td, th')?.closest('table') as HTMLTableElement | null | undefined) ?? null;
}

function fromTable(el: Element, ctx: LabelContext): LabelInfo | null {
  const cell = el.closest('td, th') as HTMLTableCellElement | null;
  const table = cell?.closest('table') as HTMLTableElement | null;
  if (!cell || !table) return null;
  const grid = gridOf(table, ctx);
  const gc = cellAt(grid, cell);
  if (!gc) return null;
  // One position per table row, not one per cell (a 1,000-row table of five columns kept 5,000).
  let position = grid.positions[gc.row];
  if (!position) {
    position = { index: ctx.tableIndex.get(table) ?? 0, row: gc.row };
    grid.positions[gc.row] = position;
  }
  // A repeating table is labelled once per column and once per row: every cell composes its label from those.
  const rowLabel = rowLabels(grid, gc.row);
  // The column's path is shared by the cells of the column (read, never changed, by matching and rules).
  const columnPath = gc.row >= grid.headerRows ? columnLabel(grid, gc.col).path : [];
  const column = columnPath[columnPath.length - 1];
  if (column) {
    const row = rowLabel.joined[gc.col] || String(gc.row - grid.headerRows + 1);
    const header = cellStarred(grid.rows[grid.headerRows - 1]?.[gc.col]);
    return { label: column, source: 'table-column', row, columnPath, table: position, starred: header };
  }
  const leftHeader = rowLabel.left[gc.col] ?? null;
  const left = leftHeader?.text;
  if (!left) return null;
  const mark = cellStarred(leftHeader);
  // Two controls in one cell beside one label (项目周期: [开始时间] 至 [结束时间]): each is known by its own hint.
  const own = clean(el.getAttribute('placeholder') ?? el.getAttribute('title') ?? el.getAttribute('aria-label'));
  if (own && !isInstruction(own) && cell.querySelectorAll('input, select, textarea').length > 1) {
    return { label: own, source: 'placeholder', row: left, columnPath: [], table: position, starred: mark };
  }
  return { label: left, source: 'table-row', row: null, columnPath: [], table: position, starred: mark };
}

/** A placeholder that tells how to fill rather than what the field is: 请输入, 请选择, 例如…, yyyy-mm-dd. */
export function isInstruction(hint: string): boolean {
  return /^(请|例如|如:|如：|e\.g\.)/i.test(hint) || /^[ymd\-/.年月日]+$/i.test(hint);
}

/** Text just before the control: previous siblings, then the parents' previous siblings, a few levels up. */
function nearbyText(el: Element): { text: string; starred: boolean } {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 3; depth++) {
    for (let sib = node.previousSibling; sib; sib = sib.previousSibling) {
      if (sib.nodeType === 1 && (sib as Element).matches('input, select, textarea, button')) return NO_TEXT;
      const raw = sib.nodeType === 1 ? visibleText(sib as Element) : sib.nodeValue;
      const text = clean(raw);
      if (text && /[\p{L}\p{N}]/u.test(text)) {
        return { text: text.length > 40 ? text.slice(-40) : text, starred: starred(raw) };
      }
    }
    node = node.parentElement;
    if (node && /^(TD|TH|FORM|BODY|TABLE|TR|FIELDSET)$/.test(node.tagName)) break;
  }
  return NO_TEXT;
}

const NO_TEXT = { text: '', starred: false } as const;

/**
 * What a person reads as the control's label, in order of trust: label[for], a wrapping label,
 * aria-labelledby / aria-label, the table's column header (with the row's label) or the label cell to the left,
 * placeholder / title, and text just before it.
 */
export function inferLabel(el: Element, ctx: LabelContext): LabelInfo {
  const doc = el.ownerDocument;
  const forLabel = labelFor(el, doc, ctx);
  if (forLabel?.text) return withTable(el, ctx, forLabel.text, 'label-for', forLabel.starred);
  const wrap = el.closest('label');
  if (wrap) {
    const raw = visibleText(wrap);
    const text = clean(raw);
    if (text) return withTable(el, ctx, text, 'label-wrap', starred(raw));
  }
  const labelledBy = el.getAttribute('aria-labelledby');
  const rawAria = labelledBy ? byIds(doc, labelledBy) : el.getAttribute('aria-label');
  const aria = clean(rawAria);
  if (aria) return withTable(el, ctx, aria, 'aria', starred(rawAria));
  const table = fromTable(el, ctx);
  if (table) return table;
  const rawHint = el.getAttribute('placeholder') ?? el.getAttribute('title');
  const hint = clean(rawHint);
  if (hint && !isInstruction(hint)) return plain(el, hint, 'placeholder', starred(rawHint));
  const near = nearbyText(el);
  if (near.text) return plain(el, near.text, 'nearby', near.starred);
  // An instruction (请输入…) is better than nothing.
  return hint ? plain(el, hint, 'placeholder') : plain(el, '', 'none');
}

/** Outside tables, a fieldset's legend plays the row's part (班主任 › 总数, 心理健康教育教师 › 总数). */
function plain(el: Element, label: string, source: LabelSource, mark = false): LabelInfo {
  const legend = el.closest('fieldset')?.querySelector('legend');
  const row = legend ? clean(visibleText(legend)) || null : null;
  return { label, source, row, columnPath: [], table: null, starred: mark };
}

/** The label names the field; the table places it (row, column) and may carry the star in its header cell. */
function withTable(el: Element, ctx: LabelContext, label: string, source: LabelSource, mark: boolean): LabelInfo {
  const t = fromTable(el, ctx);
  return t ? { ...t, label, source, starred: mark || t.starred } : plain(el, label, source, mark);
}
