import * as z from 'zod/mini';
import { defineSetting } from './store';

/** Requirement ids the user follows (reminders). */
export const FOLLOWED = defineSetting<string[]>('followed', z.array(z.string()), []);

/**
 * A day to judge deadlines on instead of today ("what is due on …"), set in the options page; null = today.
 * Tests use it to fix the clock, since a page's fake clock does not reach the extension's own contexts.
 */
export const PREVIEW_DATE = defineSetting<string | null>(
  'previewDate',
  z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  null,
);

/** Reminders already shown, as `<requirement>|<deadline day>|<days before>`, so none is shown twice. */
export const REMINDERS_SENT = defineSetting<string[]>('remindersSent', z.array(z.string()), []);

/** Drafts untouched for this many days are deleted (the user sets it; default 180). */
export const RETENTION_DAYS = defineSetting<number>(
  'retentionDays',
  z.number().check(z.int(), z.gte(7), z.lte(3650)),
  180,
);

/** Where drafts are never saved, and the ticked checklist steps: read in the page, so defined there. */
export { DRAFTS_OFF, TICKS } from './in-page';
