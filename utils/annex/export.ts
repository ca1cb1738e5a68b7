import { type Annex, itemText } from './annexes';
import type { LayoutItem } from './layouts';
import { loaders, withoutBlobWorkers } from './libs';

/**
 * An annex as an .xlsx in its own layout: the title line, the form's label and value cells with their merges, the
 * table's header rows with theirs, the rows, the notes below; column widths as on paper and a frozen header. Every
 * value is a text cell (format @), so Excel and WPS keep 0571… phone numbers, 18-digit ids and 1970-05 as typed:
 * no lost leading zero, no scientific notation, no date reinterpreted.
 */
export interface AnnexValues {
  form: Record<string, string>;
  rows: Record<string, string>[];
}

/** A column added after the annex's own (来源文件 in a merged 汇总表). */
export interface ExtraColumn {
  label: string;
  width: number;
  values: string[];
}

/** A cell as write-excel-file takes it. */
export interface SheetCell {
  value?: string;
  type?: StringConstructor;
  format?: string;
  columnSpan?: number;
  rowSpan?: number;
  fontWeight?: 'bold';
  fontSize?: number;
  align?: 'left' | 'center' | 'right';
  alignVertical?: 'top' | 'center' | 'bottom';
  wrap?: boolean;
  borderStyle?: 'thin';
}

export interface AnnexSheet {
  data: (SheetCell | null)[][];
  sheet: string;
  columns: { width: number }[];
  stickyRowsCount: number;
}

const TEXT = { type: String, format: '@' } as const;
const BOX = { borderStyle: 'thin', wrap: true, alignVertical: 'center' } as const;

class Placer {
  readonly data: (SheetCell | null)[][] = [];
  private readonly taken = new Set<string>();
  constructor(readonly width: number) {}

  private row(r: number): (SheetCell | null)[] {
    while (this.data.length <= r) this.data.push(Array.from({ length: this.width }, () => null));
    return this.data[r] as (SheetCell | null)[];
  }

  /** Places cells left to right into the cells of row `r` no span covers. */
  place(r: number, cells: { cell: SheetCell; span: number; rows: number }[]): void {
    const row = this.row(r);
    let c = 0;
    for (const { cell, span, rows } of cells) {
      while (this.taken.has(`${r},${c}`)) c++;
      if (c >= this.width) break;
      const s = Math.min(span, this.width - c);
      row[c] = { ...cell, ...(s > 1 ? { columnSpan: s } : {}), ...(rows > 1 ? { rowSpan: rows } : {}) };
      for (let dr = 0; dr < rows; dr++) {
        this.row(r + dr);
        for (let dc = 0; dc < s; dc++) this.taken.add(`${r + dr},${c + dc}`);
      }
      c += s;
    }
  }

  get height(): number {
    return this.data.length;
  }
}

function layoutCell(annex: Annex, item: LayoutItem, form: Record<string, string>): SheetCell {
  if ('value' in item) return { ...TEXT, ...BOX, value: form[item.value] ?? '' };
  return { ...TEXT, ...BOX, value: itemText(annex, item), fontWeight: 'bold' };
}

const spanOf = (item: LayoutItem) => ({ span: item.span ?? 1, rows: item.rows ?? 1 });

/** The sheet an annex exports to. */
export function annexSheet(annex: Annex, values: AnnexValues, extra?: ExtraColumn): AnnexSheet {
  const { layout, profile } = annex;
  const width = layout.widths.length + (extra ? 1 : 0);
  const p = new Placer(width);
  const title = {
    ...TEXT,
    value: profile.title,
    fontWeight: 'bold',
    fontSize: 14,
    align: 'center',
    wrap: true,
  } as const;
  p.place(0, [{ cell: title, span: width, rows: 1 }]);
  if (layout.subtitle)
    p.place(p.height, [{ cell: { ...TEXT, value: layout.subtitle, align: 'center' }, span: width, rows: 1 }]);
  const formRows = (rows: LayoutItem[][]) => {
    const start = p.height;
    rows.forEach((items, i) => {
      p.place(
        start + i,
        items.map((item) => ({ cell: layoutCell(annex, item, values.form), ...spanOf(item) })),
      );
    });
  };
  // A form freezes its title; a table its title, the lines above it and its header rows.
  let sticky = p.height;
  formRows(layout.top);
  const table = layout.table;
  if (table) {
    const start = p.height;
    table.header.forEach((items, i) => {
      const cells = items.map((item) => ({
        cell: { ...layoutCell(annex, item, values.form), align: 'center' as const },
        ...spanOf(item),
      }));
      if (extra && i === 0) {
        cells.push({
          cell: { ...TEXT, ...BOX, value: extra.label, fontWeight: 'bold', align: 'center' },
          span: 1,
          rows: table.header.length,
        });
      }
      p.place(start + i, cells);
    });
    sticky = p.height;
    const rows = tableRows(annex, values.rows);
    // Row by row from here: a row span reserves the rows below it, so the sheet's height runs ahead.
    const dataStart = p.height;
    rows.forEach(({ row, span }, i) => {
      const cells = table.columns.map((key) => ({
        cell: { ...TEXT, ...BOX, value: row[key] ?? '' },
        span: 1,
        rows: span[key] ?? 1,
      }));
      const r = dataStart + i;
      // Cells covered by a row span above are skipped by the placer: leave out those columns.
      const covered = new Set(table.columns.filter((k) => span[k] === 0));
      const kept = cells.filter((_, c) => !covered.has(table.columns[c] as string));
      if (extra) kept.push({ cell: { ...TEXT, ...BOX, value: extra.values[i] ?? '' }, span: 1, rows: 1 });
      p.place(r, kept);
    });
  }
  if (layout.bottom) formRows(layout.bottom);
  for (const note of layout.notes)
    p.place(p.height, [{ cell: { ...TEXT, value: note, wrap: true }, span: width, rows: 1 }]);
  return {
    data: p.data,
    sheet: profile.annex,
    columns: [...layout.widths, ...(extra ? [extra.width] : [])].map((w) => ({ width: w })),
    stickyRowsCount: sticky,
  };
}

/**
 * The table's rows as exported: an annex that preprints rows (001 附件1) prints them all, in its order, with the
 * values given for each; its first row header is merged down over the rows that share it, as printed. `span` is
 * a column's row span (0: covered by the row above).
 */
export function tableRows(
  annex: Annex,
  rows: Record<string, string>[],
): { row: Record<string, string>; span: Record<string, number> }[] {
  const table = annex.layout.table;
  if (!table) return [];
  const fixed = table.fixed;
  if (!fixed) return rows.map((row) => ({ row, span: {} }));
  const keys = table.rowKeys;
  const same = (a: Record<string, string>, b: Record<string, string>) =>
    keys.every((k) => (a[k] ?? '') === (b[k] ?? ''));
  const printed = fixed.map((f) => Object.fromEntries(keys.map((k, i) => [k, f[i] ?? ''])));
  const out = printed.map((p) => ({ ...p, ...(rows.find((r) => same(r, p)) ?? {}), ...p }));
  for (const r of rows) if (!printed.some((p) => same(r, p))) out.push(r);
  const first = keys[0] as string;
  return out.map((row, i) => {
    if (i >= printed.length) return { row, span: {} };
    if (i > 0 && out[i - 1]?.[first] === row[first]) return { row, span: { [first]: 0 } };
    let n = 1;
    while (i + n < printed.length && out[i + n]?.[first] === row[first]) n++;
    return { row, span: { [first]: n } };
  });
}

/**
 * The file name: the filling unit (or person, or project) first, then the annex and its title. Seeds 000 and 001
 * name no convention of their own, so every file says whose it is and which annex.
 */
export function exportFileName(annex: Annex, values: AnnexValues): string {
  const who = annex.layout.nameBy ? (values.form[annex.layout.nameBy] ?? '').trim() : '';
  const name = [who, annex.profile.annex, annex.profile.title].filter(Boolean).join('-');
  return `${name
    .replace(/[\\/:*?"<>|\r\n\t]+/g, ' ')
    .trim()
    .slice(0, 150)}.xlsx`;
}

/** Writes the annex as .xlsx bytes (write-excel-file's universal entry: a Blob, in the browser and in Node). */
export async function writeAnnex(annex: Annex, values: AnnexValues, extra?: ExtraColumn): Promise<Blob> {
  const sheet = annexSheet(annex, values, extra);
  const write = await loaders.write();
  return withoutBlobWorkers(() =>
    write(sheet.data, {
      sheet: sheet.sheet,
      columns: sheet.columns,
      stickyRowsCount: sheet.stickyRowsCount,
    }).toBlob(),
  );
}
