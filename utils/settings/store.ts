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

/** A rule the user picks for a field by hand (a subset of the annex rule kinds, the ones a person can choose). */
export const ManualRuleSchema = z.union([
  z.object({ kind: z.enum(['email', 'url']) }),
  z.object({ kind: z.literal('integer'), min: z.optional(z.number()) }),
  z.object({ kind: z.literal('decimal'), min: z.optional(z.number()) }),
  z.object({ kind: z.literal('phone'), accept: z.enum(['landline', 'mobile', 'any']) }),
  z.object({ kind: z.literal('date'), precision: z.enum(['day', 'month']) }),
  z.object({ kind: z.literal('maxChars'), max: z.number() }),
]);
export type ManualRule = z.infer<typeof ManualRuleSchema>;

/** Manual field mappings: per `<platform>|<path>`, per field identity, a label and/or a rule. */
export const MappingsSchema = z.record(
  z.string(),
  z.record(z.string(), z.object({ label: z.optional(z.string()), rule: z.optional(ManualRuleSchema) })),
);
export type Mappings = z.infer<typeof MappingsSchema>;

const KEYS = {
  mappings: { schema: MappingsSchema, fallback: {} as Mappings },
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
