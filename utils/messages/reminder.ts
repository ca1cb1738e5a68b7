import * as z from 'zod/mini';
import { defineContract } from '@/utils/messaging';

/** What the field engine asks the background about the save reminder. */
export const REMINDER = defineContract({
  /**
   * Field engine → background: the minutes in force (the province's policy over the user's setting; 0: off). The
   * background reads the policy, so the page's script never carries its schemas.
   */
  'reminder/minutes': {
    request: z.object({}),
    response: z.object({ minutes: z.number().check(z.int(), z.gte(0), z.lte(24 * 60)) }),
  },
});
