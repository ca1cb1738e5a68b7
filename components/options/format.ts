import { t, uiIsEnglish } from '@/utils/i18n';

/*
 * Words around the data in the UI language: the notices' own text stays Chinese, but the punctuation, lists,
 * times around it follow the language the dashboard speaks ("1 draft", "(label)", "29 Nov 2026").
 */

/** A moment in the UI language, to the minute, in the user's own time zone (when they saved it). */
export function when(ms: number): string {
  return new Date(ms).toLocaleString(uiIsEnglish() ? 'en-GB' : 'zh-CN', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
}

/** A calendar month (`2026-12`) as the UI language names it: 2026年12月, December 2026. */
export function monthName(yearMonth: string): string {
  const [y, m] = yearMonth.split('-').map(Number);
  if (!y || !m) return yearMonth;
  // Noon UTC of the 15th names the same month in every time zone.
  return new Date(Date.UTC(y, m - 1, 15, 12)).toLocaleDateString(uiIsEnglish() ? 'en-GB' : 'zh-CN', {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
}

/** Items joined as the UI language lists them: 甲、乙 or A, B. */
export function list(items: readonly string[]): string {
  return items.join(t('listSep'));
}

/** An aside in brackets: （注） after Chinese, " (note)" after English. */
export function paren(text: string): string {
  return t('parenthesis', text);
}

/** A phrase quoted from a notice: 「…」 in Chinese, “…” in English. */
export function quote(text: string): string {
  return uiIsEnglish() ? `“${text}”` : `「${text}」`;
}
