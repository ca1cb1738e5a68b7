import { normaliseValue } from '@/utils/rules/compile';
import type { ProfileFieldData } from '@/utils/rules/types';
import { type Annex, fieldOf, labelsOf, printedLabel } from './annexes';
import type { AnnexValues } from './export';
import type { Located } from './find';

/**
 * Merges the files a province collects into one 汇总表: many one-record files (推荐表, 申报表) into the annex's
 * 汇总表, or many 汇总表 into one. Columns are mapped by label (a 汇总表 column takes the record field that shares
 * one of its labels or aliases, e.g. 职务 ← 行政职务, 联系方式 ← 联系电话); the few the labels do not link are named
 * in the layout (utils/annex/layouts.ts, `summary.from`). Each row keeps the file it came from. Form-level values
 * that differ between files (two 推荐单位) are conflicts; the same person or project twice is a duplicate.
 */
export interface MergeResult {
  into: string;
  values: AnnexValues;
  /** The file each row came from (the 来源文件 column). */
  sources: string[];
  merged: { file: string; rows: number }[];
  conflicts: { field: string; values: { file: string; value: string }[] }[];
  duplicates: { record: string; rows: { file: string; row: number | null }[] }[];
  skipped: { file: string; reason: string }[];
}

export interface MergeInput {
  file: string;
  located: Located[];
}

/** The source field a target field takes: the same key, or a shared label or alias. */
function sourceField(source: Annex, target: ProfileFieldData): ProfileFieldData | undefined {
  const wanted = new Set(labelsOf(target));
  return (
    source.profile.fields.find((f) => f.key === target.key) ??
    source.profile.fields.find((f) => labelsOf(f).some((l) => wanted.has(l)))
  );
}

const plain = (m: Map<string, { value: string }>) => Object.fromEntries([...m].map(([k, v]) => [k, v.value]));

export function mergeInto(target: Annex, inputs: readonly MergeInput[]): MergeResult {
  const table = target.layout.table;
  if (!table) throw new Error(`${target.id} is no table`);
  const rows: { row: Record<string, string>; file: string; line: number | null }[] = [];
  const formSeen = new Map<string, { file: string; value: string }[]>();
  const merged: MergeResult['merged'] = [];
  const skipped: MergeResult['skipped'] = [];
  const cellFields = target.profile.fields.filter((f) => f.layout === 'cell');

  const seeForm = (file: string, key: string, value: string) => {
    if (!normaliseValue(value)) return;
    formSeen.set(key, [...(formSeen.get(key) ?? []), { file, value }]);
  };

  for (const { file, located } of inputs) {
    let count = 0;
    for (const loc of located) {
      const source = loc.annex;
      if (source.id === target.id) {
        for (const [k, v] of loc.form) seeForm(file, k, v.value);
        for (const r of loc.rows) {
          rows.push({ row: plain(r.values), file, line: r.row });
          count++;
        }
      } else if (source.layout.summary?.into === target.id) {
        const values = plain(loc.form);
        const derive = source.layout.summary.from;
        const row: Record<string, string> = {};
        for (const key of table.columns) {
          const make = derive[key];
          if (make) row[key] = make(values);
          else {
            const f = sourceField(source, fieldOf(target, key));
            row[key] = f ? (values[f.key] ?? '') : '';
          }
        }
        for (const f of cellFields) {
          const sf = sourceField(source, f);
          if (sf) seeForm(file, f.key, values[sf.key] ?? '');
        }
        rows.push({ row, file, line: null });
        count++;
      } else {
        skipped.push({
          file,
          reason: `${source.profile.annex}《${source.profile.title}》不能并入${target.profile.annex}《${target.profile.title}》`,
        });
      }
    }
    if (count || located.some((l) => l.annex.id === target.id || l.annex.layout.summary?.into === target.id)) {
      merged.push({ file, rows: count });
    }
  }

  // Duplicates in the order the files were given, before the rows are grouped.
  const byIdentity = new Map<string, { file: string; row: number | null }[]>();
  for (const r of rows) {
    const parts = target.layout.identity.map((k) => normaliseValue(r.row[k] ?? ''));
    if (parts.some((p) => !p)) continue;
    const id = parts.join(' / ');
    byIdentity.set(id, [...(byIdentity.get(id) ?? []), { file: r.file, row: r.line }]);
  }
  const duplicates = [...byIdentity]
    .filter(([, list]) => list.length > 1)
    .map(([record, list]) => ({ record, rows: list }));

  // The 汇总表 groups rows as it prints them (000 附件3: by 擅长领域, in the order of 注¹), keeping each group's order.
  const groupKey = table.rowKeys.find((k) => k !== 'seq');
  const order = groupKey
    ? fieldOf(target, groupKey)
        .rules.map((r) => r.rule)
        .find((r) => r.kind === 'enum')
    : undefined;
  if (groupKey && order?.kind === 'enum') {
    const rank = (v: string | undefined) => {
      const i = order.values.indexOf(normaliseValue(v ?? ''));
      return i < 0 ? order.values.length : i;
    };
    rows.sort((a, b) => rank(a.row[groupKey]) - rank(b.row[groupKey]));
  }
  if (table.columns.includes('seq')) {
    for (const [i, r] of rows.entries()) r.row.seq = String(i + 1);
  }

  const form: Record<string, string> = {};
  const conflicts: MergeResult['conflicts'] = [];
  for (const [key, seen] of formSeen) {
    form[key] = seen[0]?.value ?? '';
    if (new Set(seen.map((s) => normaliseValue(s.value))).size > 1) {
      conflicts.push({ field: printedLabel(fieldOf(target, key).label), values: seen });
    }
  }

  return {
    into: target.id,
    values: { form, rows: rows.map((r) => r.row) },
    sources: rows.map((r) => r.file),
    merged,
    conflicts,
    duplicates,
    skipped,
  };
}

/** The column a merged 汇总表 adds. */
export const SOURCE_COLUMN = '来源文件';

/** A form typed in the workbench, as if read from a file (to merge records into their 汇总表). */
export function locatedOf(annex: Annex, form: Record<string, string>, sheet = ''): Located {
  return {
    annex,
    sheet,
    form: new Map(Object.entries(form).map(([k, v]) => [k, { value: v, cell: '' }])),
    rows: [],
    columns: [],
  };
}
