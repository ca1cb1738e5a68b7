import * as z from 'zod/mini';
import { defineSetting } from './store';

/**
 * The settings the field engine reads in a platform page, apart from the ones with a file of their own (mappings,
 * page deadlines). Their schemas use only what the overlay's script shares with it (utils/content/shared-libs.ts):
 * planning.ts and save-reminder.ts, with the other settings of their kind, re-export them.
 */

/** Where drafts are never saved: platform ids or user-site hosts the user turned off. */
export const DRAFTS_OFF = defineSetting<string[]>('draftsOff', z.array(z.string()), []);

/** Ticked manual checklist steps: per `<requirement>|<period>`, the indexes of the ticked steps. */
export const TICKS = defineSetting<Record<string, number[]>>('ticks', z.record(z.string(), z.array(z.number())), {});

/** SAVE_REMINDER_MINUTES's key and fallback (utils/settings/save-reminder.ts), for the page: the background reads it. */
export const SAVE_REMINDER_KEY = 'saveReminderMinutes';
export const SAVE_REMINDER_FALLBACK = 20;
