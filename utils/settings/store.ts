import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';

/**
 * Small settings live in `browser.storage.local`: the extension's own storage, never the site's, and readable
 * from the content script without a round trip to the background. Each setting is defined once, with its zod
 * schema, next to the code that owns it (so a bundle carries only the schemas it uses); a stored value that fails
 * its schema (an older or damaged shape) reads as the fallback instead of breaking the page.
 */
export interface Setting<T> {
  key: string;
  schema: z.ZodMiniType<T>;
  fallback: T;
}

export function defineSetting<T>(key: string, schema: z.ZodMiniType<T>, fallback: T): Setting<T> {
  return { key, schema, fallback };
}

export async function readSetting<T>(s: Setting<T>): Promise<T> {
  const raw = (await browser.storage.local.get(s.key))[s.key];
  const parsed = s.schema.safeParse(raw);
  return parsed.success ? parsed.data : s.fallback;
}

/** Writes a setting; a full disk rejects with an Error whose message says so (callers show it). */
export async function writeSetting<T>(s: Setting<T>, value: T): Promise<void> {
  await browser.storage.local.set({ [s.key]: s.schema.parse(value) });
}

export function onSettingChanged<T>(s: Setting<T>, listener: (value: T) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(s.key in changes)) return;
    const parsed = s.schema.safeParse(changes[s.key]?.newValue);
    listener(parsed.success ? parsed.data : s.fallback);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
