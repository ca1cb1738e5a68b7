import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { UserSitesSchema } from '@/utils/platforms/user-sites';

/**
 * Small settings live in `browser.storage.local`: the extension's own storage, never the site's, and readable
 * from the content script without a round trip to the background. Every key has one zod schema; a value that
 * fails it (an older or damaged shape) reads as the default instead of breaking the page.
 */
export const OverlayStateSchema = z.object({
  collapsed: z.boolean(),
  side: z.enum(['left', 'right']),
  /** Distance of the panel's top from the viewport's top, in CSS px. */
  top: z.number(),
});
export type OverlayState = z.infer<typeof OverlayStateSchema>;

const KEYS = {
  /** Requirement ids the user follows (reminders). */
  followed: { schema: z.array(z.string()), fallback: [] as string[] },
  /**
   * A day to judge deadlines on instead of today ("what is due on …"), set in the options page; null = today.
   * Tests use it to fix the clock, since a page's fake clock does not reach the extension's own contexts.
   */
  previewDate: {
    schema: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
    fallback: null as string | null,
  },
  /** Reminders already shown, as `<requirement>|<deadline day>|<days before>`, so none is shown twice. */
  remindersSent: { schema: z.array(z.string()), fallback: [] as string[] },
  sites: { schema: UserSitesSchema, fallback: [] as z.infer<typeof UserSitesSchema> },
  overlay: {
    schema: OverlayStateSchema,
    fallback: { collapsed: false, side: 'right', top: 96 } as OverlayState,
  },
} as const;

export type SettingKey = keyof typeof KEYS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof KEYS)[K]['schema']>;

export async function readSetting<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
  const raw = (await browser.storage.local.get(key))[key];
  const parsed = KEYS[key].schema.safeParse(raw);
  return (parsed.success ? parsed.data : KEYS[key].fallback) as SettingValue<K>;
}

/** Writes a setting; a full disk rejects with an Error whose message says so (callers show it). */
export async function writeSetting<K extends SettingKey>(key: K, value: SettingValue<K>): Promise<void> {
  const checked = KEYS[key].schema.parse(value);
  await browser.storage.local.set({ [key]: checked });
}

export function onSettingChanged<K extends SettingKey>(key: K, listener: (value: SettingValue<K>) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(key in changes)) return;
    const parsed = KEYS[key].schema.safeParse(changes[key]?.newValue);
    listener((parsed.success ? parsed.data : KEYS[key].fallback) as SettingValue<K>);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
