import * as z from 'zod/mini';
import { SAVE_REMINDER_FALLBACK, SAVE_REMINDER_KEY } from './in-page';
import { defineSetting } from './store';

/**
 * After how many minutes of typing not saved to the platform (its own 保存/暂存 button) the panel reminds the user
 * that the platform's session may expire; 0 turns the reminder off. A 统计 reporting manual asks users to save at
 * least every 30 minutes; 20 leaves room before that.
 */
export const SAVE_REMINDER_MINUTES = defineSetting<number>(
  SAVE_REMINDER_KEY,
  z.number().check(z.int(), z.gte(0), z.lte(240)),
  SAVE_REMINDER_FALLBACK,
);

/**
 * The minutes in force: a province's policy (storage.managed, `saveReminderMinutes`) wins over the user's setting.
 * The policy reader (utils/policy, being built in parallel) hands its value in; undefined when no policy sets it.
 */
export function reminderMinutes(user: number, policy?: number | null): number {
  return policy ?? user;
}
