/**
 * A sheet as the workbench reads it: cell texts with merged cells expanded (each cell of a merged range holds the
 * range's value, as a person sees it), and which range each cell belongs to, so that "the cell beside a label"
 * skips the rest of the label's own merge.
 */
export interface Grid {
  sheet: string;
  cells: string[][];
  /** Merge range of each cell (its A1 range), or '' when the cell is not merged. */
  region: string[][];
}

/** 0-based row and column to A1 (0, 0 → A1; 0, 26 → AA1). */
export function a1(row: number, col: number): string {
  let c = col + 1;
  let letters = '';
  while (c > 0) {
    const r = (c - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    c = Math.floor((c - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

/** A1 to 0-based row and column; null when it is no cell reference. */
export function fromA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.trim().toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1] ?? '') col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** The biggest sheet read: beyond it a "form" is a data dump, and expanding merges would cost too much. */
const MAX_CELLS = 2_000_000;

/** Builds a grid from rows of texts and the sheet's merged ranges (A1:B2), expanding each range's value. */
export function gridOf(sheet: string, rows: readonly (readonly string[])[], merges: readonly string[]): Grid {
  const cells = rows.map((r) => [...r]);
  const width = Math.max(0, ...cells.map((r) => r.length));
  const height = cells.length;
  if (width * height > MAX_CELLS) throw new RangeError('sheet too large');
  for (const r of cells) while (r.length < width) r.push('');
  const region = cells.map((r) => r.map(() => ''));
  for (const ref of merges) {
    const [from, to] = ref.split(':');
    const a = fromA1(from ?? '');
    const b = fromA1(to ?? from ?? '');
    if (!a || !b) continue;
    const value = cells[a.row]?.[a.col] ?? '';
    for (let r = a.row; r <= Math.min(b.row, height - 1); r++) {
      for (let c = a.col; c <= Math.min(b.col, width - 1); c++) {
        const row = cells[r];
        const reg = region[r];
        if (!row || !reg) continue;
        row[c] = value;
        reg[c] = ref;
      }
    }
  }
  return { sheet, cells, region };
}

/** Whether two cells are one merged range. */
export function sameRegion(g: Grid, r: number, c1: number, c2: number, r2 = r): boolean {
  const a = g.region[r]?.[c1] ?? '';
  return a !== '' && a === (g.region[r2]?.[c2] ?? '');
}
