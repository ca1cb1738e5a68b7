import * as z from 'zod/mini';
import { DraftKeySchema } from '@/utils/drafts/schema';
import { defineContract } from '@/utils/messaging';

/**
 * Checks across tables: the field engine asks the background for the drafts of another annex form of the same
 * origin, platform and period. The key is the asking page's own draft key, checked against the sender like a draft.
 */
export const ACROSS = defineContract({
  'drafts/across': {
    request: z.object({
      key: DraftKeySchema,
      profile: z.string().check(z.maxLength(64), z.regex(/^[a-z0-9-]+$/)),
    }),
    response: z.object({
      forms: z.array(
        z.object({
          title: z.string(),
          url: z.string(),
          updatedAt: z.number(),
          values: z.record(z.string(), z.string()),
        }),
      ),
    }),
  },
});
