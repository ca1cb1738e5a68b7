import { normaliseLabel, visibleText } from './normalise';

/**
 * A table as the grid a reader sees: rowspan and colspan expanded, so "the header above this cell" and "the label
 * left of it" can be read by column and row index. Built once per table per scan; a column's headers and a row's
 * labels are then read once each (columnLabel, rowLabels), not once per cell (issue #16: a 1,000-row table).
 */
export interface GridCell {
  el: HTMLTableCellElement;
  row: number;
  col: number;
  /** Normalised text, empty for cells holding a form control. */
  text: string;
  hasControl: boolean;
  /** Whether its printed text carries a required star: read on first use (starredCell in labels.ts). */
  starred?: boolean;
}

/** What the headers above a column say, for every control cell of that column. */
export interface ColumnLabel {
  /** The column's header path top to bottom when its lowest header names this column alone; else empty. */
  path: string[];
}

/** What the cells of one grid row say left of each column (index: the column). */
export interface RowLabels {
  /** Text cells left of the column, nearest last, each text once (rowHeaders). */
  headers: string[][];
  /** Those joined with `/`, or '' when there are none. */
  joined: string[];
  /** The nearest label cell left of the column, or null when a control cell (or nothing) comes first. */
  left: (GridCell | null)[];
}

export interface TableGrid {
  rows: (GridCell | undefined)[][];
  /** Grid rows that are headers: before the first row with a form control (or inside <thead>). */
  headerRows: number;
  /**
   * Each <tr>'s place in `table.rows`, and the cells of each row in source order (`tr.cells`): a cell is found by its
   * row and its cellIndex (cellAt), without a map entry per cell (a 1,000-row table had 7,000, ~220 kB, #16).
   */
  rowOf: Map<HTMLTableRowElement, number>;
  sources: GridCell[][];
  /** Read once per column and per row, on first use. */
  columns: (ColumnLabel | undefined)[];
  rowLabels: (RowLabels | undefined)[];
  /** Each grid row's place (LabelInfo.table), made on first use and shared by the row's cells. */
  positions: ({ readonly index: number; readonly row: number } | undefined)[];
}

const CONTROL = 'input:not([type=hidden]), select, textarea, [contenteditable=""], [contenteditable="true"], iframe';

/**
 * Whether a cell holds a form control of its own: one whose nearest cell it is (a control of a table nested in it
 * belongs to that table's cell). Asked of each cell: cheaper than finding every control's nearest cell.
 */
function holdsControl(cell: Element): boolean {
  const first = cell.querySelector(CONTROL);
  if (!first) return false;
  if (first.closest('td, th') === cell) return true;
  const all = cell.querySelectorAll(CONTROL);
  for (let i = 1; i < all.length; i++) if ((all[i] as Element).closest('td, th') === cell) return true;
  return false;
}

export function buildGrid(table: HTMLTableElement): TableGrid {
  const rows: (GridCell | undefined)[][] = [];
  const rowOf = new Map<HTMLTableRowElement, number>();
  const sources: GridCell[][] = [];
  let headerRows = -1;
  // One query for the whole table, not one per cell: which cells hold a form control.
  // Indexed loops, not Array.from: copying a live collection of thousands of nodes costs more than reading it.
  const trs = table.rows;
  for (let r = 0; r < trs.length; r++) {
    const tr = trs[r] as HTMLTableRowElement;
    rows[r] ??= [];
    rowOf.set(tr, r);
    const source: GridCell[] = [];
    sources[r] = source;
    let col = 0;
    let rowHasControl = false;
    const tds = tr.cells;
    for (let k = 0; k < tds.length; k++) {
      const el = tds[k] as HTMLTableCellElement;
      while (rows[r]?.[col]) col++;
      const withControl = holdsControl(el);
      rowHasControl ||= withControl;
      const raw = withControl ? '' : (el.textContent ?? '');
      // Most cells hold plain text: only walk the children when there are elements to skip (selects, scripts).
      const text = !raw ? '' : el.childElementCount === 0 ? normaliseLabel(raw) : normaliseLabel(visibleText(el));
      const cell: GridCell = { el, row: r, col, text, hasControl: withControl };
      source[k] = cell;
      const rs = Math.max(1, el.rowSpan || 1);
      const cs = Math.max(1, el.colSpan || 1);
      for (let i = 0; i < rs; i++) {
        const target = rows[r + i] ?? [];
        rows[r + i] = target;
        for (let j = 0; j < cs; j++) target[col + j] = cell;
      }
      col += cs;
    }
    const inHead = tr.parentElement?.tagName === 'THEAD';
    if (headerRows === -1 && rowHasControl && !inHead) headerRows = r;
  }
  return {
    rows,
    headerRows: headerRows === -1 ? 0 : headerRows,
    rowOf,
    sources,
    columns: [],
    rowLabels: [],
    positions: [],
  };
}

/** The grid cell of a cell of this table (undefined for a cell of another table). */
export function cellAt(grid: TableGrid, cell: HTMLTableCellElement): GridCell | undefined {
  const r = grid.rowOf.get(cell.parentElement as HTMLTableRowElement);
  const gc = r === undefined ? undefined : grid.sources[r]?.[cell.cellIndex];
  return gc?.el === cell ? gc : undefined;
}

/** Header texts above a column, top to bottom, each once (a spanning header counts once). */
export function columnHeaders(grid: TableGrid, col: number): string[] {
  const out: string[] = [];
  for (let r = 0; r < grid.headerRows; r++) {
    const c = grid.rows[r]?.[col];
    if (c?.text && !out.includes(c.text)) out.push(c.text);
  }
  return out;
}

/**
 * The header path that names one column: empty when its lowest header cell is empty or spans the whole header
 * width (a caption row, not a column's name). Read once per column.
 */
export function columnLabel(grid: TableGrid, col: number): ColumnLabel {
  const known = grid.columns[col];
  if (known) return known;
  const width = Math.max(...grid.rows.slice(0, Math.max(1, grid.headerRows)).map((r) => r.length), 0);
  const lowest = grid.rows[grid.headerRows - 1]?.[col];
  const specific = !!lowest?.text && (lowest.el.colSpan || 1) < width;
  const label = { path: specific ? columnHeaders(grid, col) : [] };
  grid.columns[col] = label;
  return label;
}

/**
 * For every column of a row at once: the text cells left of it (a rowspan label above counts for the rows it
 * spans), nearest last, each text once; and the nearest label cell left of it, unless a control cell comes first.
 * One pass over the row, read once per row.
 */
export function rowLabels(grid: TableGrid, row: number): RowLabels {
  const known = grid.rowLabels[row];
  if (known) return known;
  const cells = grid.rows[row] ?? [];
  const out: RowLabels = { headers: [], joined: [], left: [] };
  let headers: string[] = [];
  let joined = '';
  let left: GridCell | null = null;
  for (let c = 0; c <= cells.length; c++) {
    out.headers[c] = headers;
    out.joined[c] = joined;
    out.left[c] = left;
    const cell = cells[c];
    if (!cell) continue;
    if (cell.hasControl) left = null;
    else if (cell.text) {
      left = cell;
      if (!headers.includes(cell.text)) {
        headers = [...headers, cell.text];
        joined = headers.join('/');
      }
    }
  }
  grid.rowLabels[row] = out;
  return out;
}
