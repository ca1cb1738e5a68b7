import * as z from 'zod/mini';
import { PLATFORM_IDS } from '@/utils/platforms/registry';

/**
 * What identifies one form's draft: the platform, the page path (normalised), the form's fingerprint (its
 * recognised field identities, never generated ids) and, where the page shows one, the reporting period.
 */
export const DraftKeySchema = z.object({
  platform: z.enum(PLATFORM_IDS),
  path: z.string(),
  fingerprint: z.string(),
  period: z.nullable(z.string()),
});
export type DraftKey = z.infer<typeof DraftKeySchema>;

/** Field values by field identity, stored exactly as typed (Chinese, full-width punctuation, newlines, zeros). */
export const ValuesSchema = z.record(z.string(), z.string());
export type Values = z.infer<typeof ValuesSchema>;

export const DraftSaveSchema = z.object({
  key: DraftKeySchema,
  /** Only the fields that changed since the last save. */
  delta: ValuesSchema,
  /** Labels of the fields in the delta, for the restore view and the dashboard. */
  labels: z.record(z.string(), z.string()),
  title: z.string(),
  url: z.string(),
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
  return [k.platform, k.path, k.fingerprint, k.period ?? ''].join('|');
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
