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

const FieldIdSchema = z.string().check(z.maxLength(DRAFT_LIMITS.idChars));

export const DraftSaveSchema = z.object({
  key: DraftKeySchema,
  /** Only the fields that changed since the last save. */
  delta: z.record(FieldIdSchema, z.string().check(z.maxLength(DRAFT_LIMITS.valueChars))),
  /** Labels of the fields in the delta, for the restore view and the dashboard. */
  labels: z.record(FieldIdSchema, z.string().check(z.maxLength(DRAFT_LIMITS.idChars))),
  title: z.string().check(z.maxLength(1_000)),
  url: z.string().check(z.maxLength(2_000)),
});
export type DraftSave = z.infer<typeof DraftSaveSchema>;

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
