import * as z from 'zod/mini';
import { PLATFORM_IDS } from '@/utils/platforms/registry';
import { webUrl } from '@/utils/web-url';

/**
 * Limits on what a draft may hold, checked in the page before sending and again in the background. A form's
 * longest real field (a 3,000-字 申报书 section) is far below them; they exist so that a page cannot fill the
 * disk. Reaching one is shown to the user, never silently truncated.
 */
export const DRAFT_LIMITS = {
  /** Characters in one field's value. */
  valueChars: 200_000,
  /** Characters in a field identity or label. */
  idChars: 1_000,
  /** Fields in one draft. */
  fields: 20_000,
  /** Drafts kept for one origin. */
  draftsPerOrigin: 500,
} as const;

/**
 * What identifies one form's draft: the platform, the page path (normalised), the form's fingerprint (its
 * recognised field identities, never generated ids) and, where the page shows one, the reporting period.
 */
export const DraftKeySchema = z.object({
  /**
   * The page's origin (`https://host[:port]`): a draft is offered only to the origin it was typed on, so an http
   * copy of a platform, or another host of the same platform, never receives it. '' for drafts from before
   * origins were kept whose page address was unknown: those are offered nowhere until the user moves them.
   */
  origin: z.string().check(z.maxLength(300), z.regex(/^(https?:\/\/[^/?#\s]+)?$/)),
  platform: z.enum(PLATFORM_IDS),
  path: z.string().check(z.maxLength(2_000)),
  fingerprint: z.string().check(z.maxLength(64)),
  period: z.nullable(z.string().check(z.maxLength(DRAFT_LIMITS.idChars))),
});
export type DraftKey = z.infer<typeof DraftKeySchema>;

/** Field values by field identity, stored exactly as typed (Chinese, full-width punctuation, newlines, zeros). */
export const ValuesSchema = z.record(z.string(), z.string());
export type Values = z.infer<typeof ValuesSchema>;

/**
 * Whether `v` is a plain object of own string values, each key at most `keyChars` and each value at most
 * `valueChars` long (how many fields a draft may hold is the save's check, which tells the user). One loop and no
 * copy: a form's 5,000 values are checked in about 0.5 ms (a zod record runs two string schemas per entry and copies
 * the map: ~2.4 ms for 5,000; issue #16). Keys such as
 * `__proto__` are own properties of a deserialised message and stay so (the merge writes them as own, too).
 * A plain function: the injected scripts share a small zod/mini without `custom` (utils/content/shared-libs.ts).
 */
export function isBoundedMap(v: unknown, keyChars: number, valueChars: number): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  const keys = Object.keys(v);
  const map = v as Record<string, unknown>;
  for (const k of keys) {
    const value = map[k];
    if (k.length > keyChars || typeof value !== 'string' || value.length > valueChars) return false;
  }
  return true;
}

/**
 * What the field engine sends to save a draft (checked at the message boundary: DraftSaveSchema of
 * utils/messages/drafts.ts, which the injected scripts import as a type only).
 */
export interface DraftSave {
  key: DraftKey;
  /** Only the fields that changed since the last save. */
  delta: Record<string, string>;
  /** Labels of the fields in the delta, for the restore view and the dashboard. */
  labels: Record<string, string>;
  title: string;
  url: string;
}

export const DraftViewSchema = z.object({
  id: z.string(),
  key: DraftKeySchema,
  title: z.string(),
  url: z.string(),
  values: ValuesSchema,
  labels: z.record(z.string(), z.string()),
  updatedAt: z.number(),
  versions: z.number(),
});
export type DraftView = z.infer<typeof DraftViewSchema>;

/** The key as one string: the primary key of a draft. */
export function draftId(k: DraftKey): string {
  return [k.origin, k.platform, k.path, k.fingerprint, k.period ?? ''].join('|');
}

/** The page a draft was typed on, from its id (draftId): `origin|path`. */
export function draftPageOf(id: string): string {
  const [origin, , path] = id.split('|');
  return `${origin}|${path}`;
}

/** The primary key drafts had before their origin was part of it (database v1–v2, export files of version 1). */
export function legacyDraftId(k: Omit<DraftKey, 'origin'>): string {
  return [k.platform, k.path, k.fingerprint, k.period ?? ''].join('|');
}

/** The http(s) origin of an address, or '' when it has none (not a URL, or another scheme). */
export function originOf(url: string): string {
  return webUrl(url)?.origin ?? '';
}

/**
 * A page address as drafts keep it: origin and path only. Query strings and fragments often carry session ids
 * and tokens (`?sid=…&token=…`), which must never be stored.
 */
export function storedUrl(url: string): string {
  const u = webUrl(url);
  return u ? `${u.origin}${u.pathname}` : '';
}

/** A path as a draft key: lower-case, no trailing slash or index page, no query or hash. */
export function normalisePath(pathname: string): string {
  const p = pathname.toLowerCase().replace(/\/(index|default)\.(html?|aspx?|jsp|do|php)$/, '/');
  return p.length > 1 ? p.replace(/\/+$/, '') : p;
}

/** A short stable fingerprint of a form: a hash of its sorted field identities. */
export function fingerprintOf(fieldIds: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const id of [...fieldIds].sort()) {
    for (let i = 0; i < id.length; i++) {
      h ^= id.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x7c;
  }
  return (h >>> 0).toString(36);
}
