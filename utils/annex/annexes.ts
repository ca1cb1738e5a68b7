import { normaliseLabel } from '@/utils/fields/normalise';
import { PROFILES } from '@/utils/rules/profiles';
import type { ProfileData, ProfileFieldData } from '@/utils/rules/types';
import { type AnnexLayout, LAYOUTS, type LayoutItem } from './layouts';

/** One printed annex: its profile (fields, labels, rules, from utils/rules/profiles) and its paper layout. */
export interface Annex {
  id: string;
  profile: ProfileData;
  layout: AnnexLayout;
  /** One record per file (推荐表, 申报表) or rows of a table (汇总表, 信息表). */
  kind: 'record' | 'table';
}

const profiles = PROFILES as readonly ProfileData[];

export const ANNEXES: readonly Annex[] = LAYOUTS.map((layout) => {
  const profile = profiles.find((p) => p.id === layout.id);
  if (!profile) throw new Error(`annex layout ${layout.id} has no profile`);
  return { id: layout.id, profile, layout, kind: layout.table ? 'table' : 'record' };
});

export function annexById(id: string): Annex | undefined {
  return ANNEXES.find((a) => a.id === id);
}

/** `annex list`: what the workbench and the command know. */
export function annexList(): { id: string; title: string; notice: string; annex: string }[] {
  return ANNEXES.map(({ id, profile }) => ({ id, title: profile.title, notice: profile.notice, annex: profile.annex }));
}

export function fieldOf(annex: Annex, key: string): ProfileFieldData {
  const f = annex.profile.fields.find((x) => x.key === key);
  if (!f) throw new Error(`${annex.id} has no field ${key}`);
  return f;
}

/**
 * A label as the paper shows it: the seed's PDF spacing inside Chinese words dropped (姓 名, 擅长领域和 专业技术方向 ¹),
 * spaces between Latin letters or digits kept.
 */
export function printedLabel(label: string): string {
  return label.replace(/\s+/g, (space, at: number, all: string) =>
    /[A-Za-z0-9]/.test(all[at - 1] ?? '') && /[A-Za-z0-9]/.test(all[at + space.length] ?? '') ? ' ' : '',
  );
}

/** The text a layout item prints. */
export function itemText(annex: Annex, item: LayoutItem): string {
  if ('label' in item) return printedLabel(fieldOf(annex, item.label).label);
  if ('text' in item) return item.text;
  return '';
}

/** Every label (and alias) of a field, normalised as page labels are. */
export function labelsOf(field: ProfileFieldData): string[] {
  return [field.label, ...(field.aliases ?? [])].map(normaliseLabel).filter(Boolean);
}

/**
 * The field a cell's text names, if any: its label or an alias, or a longer text that starts with one (a label
 * followed by its note, 所在单位意见：). A column header prefers the annex's column fields, a form cell its cell
 * fields (001 附件3 prints 联系电话 twice: the province's contact above, each project's leader in the table).
 */
export function fieldForText(annex: Annex, text: string, prefer: 'cell' | 'column'): ProfileFieldData | undefined {
  const t = normaliseLabel(text);
  if (!t) return undefined;
  const fields = [...annex.profile.fields].sort((a, b) => Number(b.layout === prefer) - Number(a.layout === prefer));
  const exact = fields.find((f) => labelsOf(f).includes(t));
  if (exact) return exact;
  return fields.find((f) => labelsOf(f).some((l) => l.length >= 2 && t.startsWith(l) && t.length <= l.length + 6));
}

/** The form's value fields, in the order the layout prints them (above the table, then below it). */
export function valueKeys(annex: Annex): string[] {
  const rows = [...annex.layout.top, ...(annex.layout.bottom ?? [])];
  return rows.flat().flatMap((item) => ('value' in item ? [item.value] : []));
}
