import * as z from 'zod/mini';
import { ExplanationSchema } from '@/utils/drafts/explanations';
import { DraftKeySchema } from '@/utils/drafts/schema';
import { defineContract } from '@/utils/messaging';

/**
 * What the field engine and the background say about the 说明 of explained warnings. Each is kept with the form's
 * draft, so the background checks every message against its sender exactly as for drafts (utils/drafts/sender.ts).
 */
export const EXPLAIN = defineContract({
  /** Field engine → background: the 说明 kept for this form. */
  'explain/list': {
    request: z.object({ key: DraftKeySchema }),
    response: z.object({ explanations: z.array(ExplanationSchema) }),
  },
  /** Field engine → background: keep a 说明 (or, with `remove`, drop the one of that problem). */
  'explain/set': {
    request: z.object({
      key: DraftKeySchema,
      explanation: z.optional(ExplanationSchema),
      remove: z.optional(z.string().check(z.maxLength(1_100))),
    }),
    response: z.object({ explanations: z.array(ExplanationSchema) }),
  },
});
