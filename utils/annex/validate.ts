import { normaliseLabel } from '@/utils/fields/normalise';
import type { Severity } from '@/utils/rules/types';
import { FormValidator, type ValidatorField } from '@/utils/rules/validator';
import { type Annex, fieldOf, printedLabel, valueKeys } from './annexes';
import type { AnnexValues } from './export';
import type { Found, Located } from './find';

/** One problem of a file, where a person finds it in Excel. */
export interface AnnexProblem {
  sheet: string;
  /** A1 notation; '' for a problem of the whole file. */
  cell: string;
  /** The annex's label of the field; '' for a problem of the whole file. */
  field: string;
  message: string;
  /** error: 必须修改; warning: 请核实或填写说明 (#17). A file that can't be read or matched is an error. */
  severity: Severity;
}

/** A problem of one workbench value: its message and level. */
export interface ValueProblem {
  message: string;
  severity: Severity;
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
      severity: p.severity,
    };
  });
}

/**
 * The problems of values typed in the workbench, by where they are: `form:key` for the form, `row:i:key` for the
 * table's row i (0-based). Same validator, same messages as a file and as a platform page.
 */
export function problemsOfValues(annex: Annex, values: AnnexValues): Map<string, ValueProblem[]> {
  const form = new Map<string, Found>();
  for (const key of valueKeys(annex)) form.set(key, { value: values.form[key] ?? '', cell: `form:${key}` });
  const columns = annex.layout.table?.columns ?? [];
  const rows = values.rows.map((row, i) => ({
    row: i + 1,
    values: new Map(columns.map((key) => [key, { value: row[key] ?? '', cell: `row:${i}:${key}` }] as const)),
  }));
  const out = new Map<string, ValueProblem[]>();
  for (const p of validateLocated({ annex, sheet: '', form, rows, columns })) {
    out.set(p.cell, [...(out.get(p.cell) ?? []), { message: p.message, severity: p.severity }]);
  }
  return out;
}
