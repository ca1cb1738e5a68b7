import { normaliseLabel, visibleText } from './normalise';

/**
 * A table as the grid a reader sees: rowspan and colspan expanded, so "the header above this cell" and "the label
 * left of it" can be read by column and row index. Built once per table per scan.
 */
export interface GridCell {
  el: HTMLTableCellElement;
  row: number;
  col: number;
  /** Normalised text, empty for cells holding a form control. */
  text: string;
  hasControl: boolean;
}

export interface TableGrid {
  rows: (GridCell | undefined)[][];
  /** Grid rows that are headers: before the first row with a form control (or inside <thead>). */
  headerRows: number;
  cellOf: Map<HTMLTableCellElement, GridCell>;
}

const CONTROL = 'input:not([type=hidden]), select, textarea, [contenteditable=""], [contenteditable="true"], iframe';

export function buildGrid(table: HTMLTableElement): TableGrid {
  const rows: (GridCell | undefined)[][] = [];
  const cellOf = new Map<HTMLTableCellElement, GridCell>();
  let headerRows = -1;
  // One query for the whole table, not one per cell: which cells hold a form control.
  const withControl = new Set<Element>();
  for (const c of Array.from(table.querySelectorAll(CONTROL))) {
    const cell = c.closest('td, th');
    if (cell) withControl.add(cell);
  }
  const trs = Array.from(table.rows);
  trs.forEach((tr, r) => {
    rows[r] ??= [];
    let col = 0;
    let rowHasControl = false;
    for (const el of Array.from(tr.cells)) {
      while (rows[r]?.[col]) col++;
      const hasControl = withControl.has(el);
      rowHasControl ||= hasControl;
      const raw = hasControl ? '' : (el.textContent ?? '');
      // Most cells hold plain text: only walk the children when there are elements to skip (selects, scripts).
      const text = !raw ? '' : el.childElementCount === 0 ? normaliseLabel(raw) : normaliseLabel(visibleText(el));
      const cell: GridCell = { el, row: r, col, text, hasControl };
      cellOf.set(el, cell);
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
  });
  return { rows, headerRows: headerRows === -1 ? 0 : headerRows, cellOf };
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

/** Text cells left of a column in a row, nearest last (a rowspan label above counts for the rows it spans). */
export function rowHeaders(grid: TableGrid, row: number, col: number): string[] {
  const out: string[] = [];
  const cells = grid.rows[row] ?? [];
  for (let c = 0; c < col; c++) {
    const cell = cells[c];
    if (cell && !cell.hasControl && cell.text && !out.includes(cell.text)) out.push(cell.text);
  }
  return out;
}

/** Nearest text cell left of `col` in the row, if the cell right before the control cell is a label. */
export function leftLabel(grid: TableGrid, row: number, col: number): string | null {
  const cells = grid.rows[row] ?? [];
  for (let c = col - 1; c >= 0; c--) {
    const cell = cells[c];
    if (!cell) continue;
    if (cell.hasControl) return null;
    if (cell.text) return cell.text;
  }
  return null;
}
