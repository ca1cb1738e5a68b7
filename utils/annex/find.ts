import { normaliseLabel } from '@/utils/fields/normalise';
import { matchProfiles } from '@/utils/rules/match';
import { ANNEXES, type Annex, annexById, fieldForText } from './annexes';
import { a1, type Grid, sameRegion } from './grid';

/**
 * Finds an annex's labels and values in a sheet as the field engine finds them in an HTML table: a label cell
 * beside its value cell (one-record annexes and the lines above or below a table), header rows above data rows
 * (tables, two-row headers included, merged cells expanded), and a label written with its value in one cell
 * (省级教育行政部门：XX 填报日期：2023年3月1日, as the seeds print the line under a title). Title rows, blank rows
 * and notes are passed over.
 */
export interface Found {
  value: string;
  /** Where the value is, in A1 notation (the label's own cell when both are written in one). */
  cell: string;
}

export interface Located {
  annex: Annex;
  sheet: string;
  /** The form's fields (推荐表, and the lines around a table). */
  form: Map<string, Found>;
  /** The table's data rows: the sheet row (1-based) and each column field's value. */
  rows: { row: number; values: Map<string, Found> }[];
  /** The table's columns found, in sheet order. */
  columns: string[];
}

/** Cells that start a note below a form: they end the table. */
const NOTE = /^(注|备注|说明|填表说明)\s*[:：¹1]?/;
/**
 * What a blank of the paper looks like once typed into a cell: _____, 2023 年 月 日, and the dash an annex prints
 * where nothing is to be filled (001 附件1: 中等职业学校 班主任 has no 专职/兼职).
 */
const BLANK = /^[\s_＿—–-]*$|^\d{4}\s*年\s*月\s*日$/;

/** The label parts of a cell's text: the whole text, or each `label：` of a line that carries several. */
function labelParts(text: string): string[] {
  const parts = [...text.matchAll(/([^\s:：_]+?)\s*[:：]/g)].map((m) => m[1] ?? '');
  return parts.length ? [text, ...parts] : [text];
}

/** `label：value` pairs written in one cell. */
function inlinePairs(text: string): { label: string; value: string }[] {
  return [...text.matchAll(/([^\s:：_]+?)\s*[:：]\s*([^:：]*?)\s*(?=\s[^\s:：]+\s*[:：]|$)/g)].map((m) => ({
    label: m[1] ?? '',
    value: m[2] ?? '',
  }));
}

/** Each cell once: a merged range counts at its top-left cell. */
function* ownCells(g: Grid): Generator<{ r: number; c: number; text: string }> {
  for (const [r, row] of g.cells.entries()) {
    for (const [c, text] of row.entries()) {
      if (!text.trim()) continue;
      if (c > 0 && sameRegion(g, r, c, c - 1)) continue;
      if (r > 0 && sameRegion(g, r, c, c, r - 1)) continue;
      yield { r, c, text };
    }
  }
}

/** Distinct texts of a sheet that read like labels (not numbers, not long prose): what a file without an annex shows. */
export function labelsIn(g: Grid, limit = 30): string[] {
  const out = new Set<string>();
  for (const { text } of ownCells(g)) {
    const t = normaliseLabel(text);
    if (t && t.length <= 40 && !/^[\d.\-/:年月日]+$/.test(t)) out.add(t);
    if (out.size >= limit) break;
  }
  return [...out];
}

/**
 * The annex a sheet is, judged as a page is (utils/rules/match): at least three of its labels, two of them its
 * own. Null when none.
 */
export function annexOfGrid(g: Grid): Annex | null {
  const fields = [];
  for (const { r, c, text } of ownCells(g)) {
    for (const [i, part] of labelParts(text).entries()) {
      const label = normaliseLabel(part);
      if (label && label.length <= 80) fields.push({ id: `${a1(r, c)}#${i}`, label, columnPath: [] });
    }
  }
  const best = matchProfiles(
    fields,
    ANNEXES.map((a) => a.profile),
  )[0];
  return best ? (annexById(best.profile.id) ?? null) : null;
}

/** Reads an annex's values out of a sheet. */
export function locate(annex: Annex, g: Grid): Located {
  const columnKeys = new Set(annex.profile.fields.filter((f) => f.layout === 'column').map((f) => f.key));
  const cellKeys = new Set(annex.profile.fields.filter((f) => f.layout === 'cell').map((f) => f.key));
  const height = g.cells.length;

  // Header rows: consecutive rows naming at least two column fields.
  const columnHits = (r: number) => {
    const hits = new Map<number, string>();
    for (const [c, text] of (g.cells[r] ?? []).entries()) {
      const f = fieldForText(annex, text, 'column');
      if (f && columnKeys.has(f.key)) hits.set(c, f.key);
    }
    return hits;
  };
  let headerStart = -1;
  let headerEnd = -1;
  if (columnKeys.size) {
    for (let r = 0; r < height; r++) {
      const n = new Set(columnHits(r).values()).size;
      if (n >= 2) {
        if (headerStart < 0) headerStart = r;
        headerEnd = r;
      } else if (headerStart >= 0) break;
    }
  }
  const colMap = new Map<number, string>();
  if (headerStart >= 0) {
    const taken = new Set<string>();
    const width = g.cells[headerStart]?.length ?? 0;
    for (let c = 0; c < width; c++) {
      for (let r = headerEnd; r >= headerStart; r--) {
        const key = columnHits(r).get(c);
        if (!key) continue;
        if (!taken.has(key)) {
          colMap.set(c, key);
          taken.add(key);
        }
        break;
      }
    }
  }
  const rowKeys = new Set(annex.layout.table?.rowKeys ?? []);
  const rows: Located['rows'] = [];
  let tableEnd = headerEnd;
  if (headerStart >= 0) {
    for (let r = headerEnd + 1; r < height; r++) {
      const row = g.cells[r] ?? [];
      const first = row.find((t) => t.trim()) ?? '';
      // A line of the form below the table (填表人及联系电话：…) ends it.
      const formLabel = row.some((t) =>
        labelParts(t).some((part) => {
          const f = fieldForText(annex, part, 'cell');
          return f && cellKeys.has(f.key) && !columnKeys.has(f.key) && normaliseLabel(part).length >= 2;
        }),
      );
      if (NOTE.test(first.trim()) || formLabel) break;
      tableEnd = r;
      const values = new Map<string, Found>();
      for (const [c, key] of colMap) {
        const value = row[c] ?? '';
        values.set(key, { value: BLANK.test(value) ? '' : value, cell: a1(r, c) });
      }
      const filled = [...values].some(([k, v]) => !rowKeys.has(k) && v.value.trim() !== '');
      if (filled) rows.push({ row: r + 1, values });
    }
  }

  const form = new Map<string, Found>();
  for (const { r, c, text } of ownCells(g)) {
    if (headerStart >= 0 && r >= headerStart && r <= tableEnd) continue;
    const f = fieldForText(annex, text, 'cell');
    if (f && f.layout === 'cell') {
      if (form.has(f.key)) continue;
      // The value is in the next cell to the right outside the label's own merge, unless that is a label too.
      let v = c + 1;
      const row = g.cells[r] ?? [];
      while (v < row.length && sameRegion(g, r, c, v)) v++;
      const next = row[v];
      const inline = inlinePairs(text).find((p) => fieldForText(annex, p.label, 'cell')?.key === f.key);
      if (inline?.value.trim()) {
        form.set(f.key, { value: BLANK.test(inline.value) ? '' : inline.value, cell: a1(r, c) });
      } else if (next !== undefined && !fieldForText(annex, next, 'cell')) {
        form.set(f.key, { value: BLANK.test(next) ? '' : next, cell: a1(r, v) });
      } else form.set(f.key, { value: '', cell: a1(r, Math.min(v, row.length)) });
      continue;
    }
    // A line carrying several `label：value` (the seeds' line under a title).
    for (const p of inlinePairs(text)) {
      const pf = fieldForText(annex, p.label, 'cell');
      if (pf && pf.layout === 'cell' && !form.has(pf.key)) {
        form.set(pf.key, { value: BLANK.test(p.value) ? '' : p.value, cell: a1(r, c) });
      }
    }
  }
  return { annex, sheet: g.sheet, form, rows, columns: [...colMap.values()] };
}
