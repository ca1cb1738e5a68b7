import { type MessageKey, t } from '@/utils/i18n';

/** Message keys that have a singular form under `<key>One` ("1 problem", not "1 problems"). */
export type PluralKey = { [K in MessageKey]: `${K}One` extends MessageKey ? K : never }[MessageKey];

/**
 * A counted message in the UI language. `browser.i18n` has no plural rules: English needs a separate singular, and
 * Chinese gives both keys the same text. The count is the first placeholder; `more` fills the others.
 */
export function tn(key: PluralKey, n: number, more: string[] = []): string {
  return t(n === 1 ? (`${key}One` as MessageKey) : key, [String(n), ...more]);
}
