import { browser } from 'wxt/browser';
import type zhMessages from '@/public/_locales/zh_CN/messages.json';

export type MessageKey = keyof typeof zhMessages;

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** Messages of a language the user picked in the settings, overriding the browser's UI language. */
let picked: { lang: 'zh_CN' | 'en'; messages: Record<string, LocaleEntry> } | null = null;

/** Uses these messages from now on (extension pages load them before they render). */
export function useMessages(lang: 'zh_CN' | 'en', messages: Record<string, LocaleEntry>): void {
  picked = { lang, messages };
}

function format(entry: LocaleEntry, subs?: string | string[]): string {
  const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  let out = entry.message;
  for (const [name, ph] of Object.entries(entry.placeholders ?? {})) {
    const index = Number(ph.content.replace('$', '')) - 1;
    out = out.split(`$${name.toUpperCase()}$`).join(args[index] ?? '');
  }
  return out;
}

/** A UI string from `_locales` (zh_CN is the default locale; the browser's UI language or the user picks another). */
export function t(key: MessageKey, subs?: string | string[]): string {
  const entry = picked?.messages[key];
  if (entry) return format(entry, subs);
  return browser.i18n.getMessage(key, subs) || key;
}

/** The browser's UI language cannot change while a page or script lives: asked once (it costs a trip to the browser). */
let browserEnglish: boolean | undefined;

/** True when the UI speaks English, so bilingual messages can add their English half. */
export function uiIsEnglish(): boolean {
  if (picked) return picked.lang === 'en';
  browserEnglish ??= browser.i18n.getUILanguage().toLowerCase().startsWith('en');
  return browserEnglish;
}

/** A platform's name in the UI language: the short name the notices use in Chinese, an English label in English. */
export function platformLabel(id: string): string {
  return t(`platform_${id.replace(/-/g, '_')}` as MessageKey);
}
