import { t } from '@/utils/i18n';
import type { Text } from './checklist';
import type { FieldRef } from './page-state';

/** A checklist text in the UI language (manual steps are the notice's own words and stay as written). */
export function say(text: Text | string): string {
  return typeof text === 'string' ? text : t(text.key, text.subs);
}

/**
 * The first `max` fields of an item by the labels the page prints (with their table row), then "…". The labels are
 * the page's own words; the separator is the UI language's (、 in Chinese, a comma in English).
 */
export function fieldNames(fields: readonly FieldRef[], max: number): string {
  const names = fields.slice(0, max).map((f) => (f.row ? `${f.row} · ${f.label}` : f.label));
  return names.join(t('listSep')) + (fields.length > max ? '…' : '');
}
