import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { useMessages } from '@/utils/i18n';
import { defineSetting, readSetting } from './store';

/** The language of the extension's pages: follow the browser, or Chinese / English whatever the browser says. */
export const UI_LOCALE = defineSetting<'auto' | 'zh_CN' | 'en'>('uiLocale', z.enum(['auto', 'zh_CN', 'en']), 'auto');

/** Before an extension page renders: load the picked language's messages (from the package, no network). */
export async function loadPickedLocale(doc: Document = document): Promise<void> {
  const lang = await readSetting(UI_LOCALE).catch(() => 'auto' as const);
  if (lang === 'auto') {
    doc.documentElement.lang = browser.i18n.getUILanguage().toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
    return;
  }
  const res = await fetch(browser.runtime.getURL(`/_locales/${lang}/messages.json`));
  useMessages(lang, await res.json());
  doc.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
}
