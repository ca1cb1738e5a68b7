import { browser } from 'wxt/browser';
import type zhMessages from '@/public/_locales/zh_CN/messages.json';

export type MessageKey = keyof typeof zhMessages;

/** A UI string from `_locales` (zh_CN is the default locale; the browser's UI language picks another). */
export function t(key: MessageKey, subs?: string | string[]): string {
  return browser.i18n.getMessage(key, subs) || key;
}

/** True when the UI speaks English, so bilingual messages can add their English half. */
export function uiIsEnglish(): boolean {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('en');
}

/** A platform's name in the UI language: the short name the notices use in Chinese, an English label in English. */
export function platformLabel(id: string): string {
  return t(`platform_${id.replace(/-/g, '_')}` as MessageKey);
}
