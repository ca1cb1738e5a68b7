import { normaliseLabel } from '@/utils/fields/normalise';
import { FormValidator, type ValidatorField } from '@/utils/rules/validator';
import { type Annex, fieldOf, printedLabel, valueKeys } from './annexes';
import type { AnnexValues } from './export';
import { annexOfGrid, type Found, type Located, labelsIn, locate } from './find';
import type { Grid } from './grid';
import { AnnexFileError, type InputFile, readGrids } from './read-file';

/** One problem of a file, where a person finds it in Excel. */
export interface AnnexProblem {
  sheet: string;
  /** A1 notation; '' for a problem of the whole file. */
  cell: string;
  /** The annex's label of the field; '' for a problem of the whole file. */
  field: string;
  message: string;
}

export interface FileCheck {
  file: string;
  /** The annex id the file is, or null. */
  annex: string | null;
  problems: AnnexProblem[];
  /** The sheets read as the annex (none when the file matched none or could not be read). */
  located: Located[];
  /** The file could not be read at all (refused format, damaged). */
  unreadable: boolean;
}

/**
 * Validates located values with the page's own validator (utils/rules/validator): the same profile fields, rules,
 * cross-field rules and Chinese messages as the hints on a platform page. A form is one group; each table row is
 * one row group, so 总数 = 专职 + 兼职 is checked per row and 每个方面不超过15名 over the whole column.
 */
export function validateLocated(loc: Located): AnnexProblem[] {
  const fields: ValidatorField[] = [];
  const where = new Map<string, { cell: string; key: string }>();
  const add = (key: string, found: Found, table: { index: number; row: number } | null) => {
    const f = fieldOf(loc.annex, key);
    const id = `${found.cell}:${key}`;
    where.set(id, { cell: found.cell, key });
    fields.push({
      id,
      label: normaliseLabel(f.label),
      row: null,
      columnPath: [],
      table,
      sensitive: false,
      marked: false,
      choice: null,
      shown: () => true,
      read: () => found.value,
    });
  };
  for (const [key, found] of loc.form) add(key, found, null);
  for (const { row, values } of loc.rows) for (const [key, found] of values) add(key, found, { index: 0, row });
  const v = new FormValidator(fields, [loc.annex.profile]);
  v.validateAll();
  return v.problems().map((p) => {
    const at = where.get(p.fieldId);
    return {
      sheet: loc.sheet,
      cell: at?.cell ?? '',
      field: at ? printedLabel(fieldOf(loc.annex, at.key).label) : p.label,
      message: p.message,
    };
  });
}

/** Whether a file of annex `a` goes into `target` (the 汇总表 itself, or a one-record annex it sums up). */
export function feeds(a: Annex, target: Annex): boolean {
  return a.id === target.id || a.layout.summary?.into === target.id;
}

/** Reads, matches and checks one file; `only` keeps the sheets that go into that annex (merge --into). */
export async function checkFile(file: InputFile, only?: Annex): Promise<FileCheck> {
  let grids: Grid[];
  try {
    grids = await readGrids(file);
  } catch (e) {
    const message = e instanceof AnnexFileError ? e.message : `无法读取：${e instanceof Error ? e.message : String(e)}`;
    return {
      file: file.name,
      annex: null,
      problems: [{ sheet: '', cell: '', field: '', message }],
      located: [],
      unreadable: true,
    };
  }
  const located: Located[] = [];
  for (const g of grids) {
    const annex = annexOfGrid(g);
    if (annex && (!only || feeds(annex, only))) located.push(locate(annex, g));
  }
  if (!located.length) {
    const labels = [...new Set(grids.flatMap((g) => labelsIn(g)))].slice(0, 30);
    const other = only ? grids.map(annexOfGrid).find(Boolean) : null;
    const message = other
      ? `这是${other.profile.annex}《${other.profile.title}》，不能并入${only?.profile.annex}《${only?.profile.title}》。`
      : `没有认出是哪个附件。表中找到的标签：${labels.length ? labels.join('、') : '（无）'}。请使用通知所附的表格样式。`;
    return {
      file: file.name,
      annex: other?.id ?? null,
      problems: [{ sheet: grids[0]?.sheet ?? '', cell: '', field: '', message }],
      located,
      unreadable: false,
    };
  }
  return {
    file: file.name,
    annex: located[0]?.annex.id ?? null,
    problems: located.flatMap(validateLocated),
    located,
    unreadable: false,
  };
}

/**
 * The problems of values typed in the workbench, by where they are: `form:key` for the form, `row:i:key` for the
 * table's row i (0-based). Same validator, same messages as a file and as a platform page.
 */
export function problemsOfValues(annex: Annex, values: AnnexValues): Map<string, string[]> {
  const form = new Map<string, Found>();
  for (const key of valueKeys(annex)) form.set(key, { value: values.form[key] ?? '', cell: `form:${key}` });
  const columns = annex.layout.table?.columns ?? [];
  const rows = values.rows.map((row, i) => ({
    row: i + 1,
    values: new Map(columns.map((key) => [key, { value: row[key] ?? '', cell: `row:${i}:${key}` }] as const)),
  }));
  const out = new Map<string, string[]>();
  for (const p of validateLocated({ annex, sheet: '', form, rows, columns })) {
    out.set(p.cell, [...(out.get(p.cell) ?? []), p.message]);
  }
  return out;
}
