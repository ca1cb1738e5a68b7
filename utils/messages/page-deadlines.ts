import * as z from 'zod/mini';
import { DeadlineViewSchema } from '@/utils/knowledge/view';
import { defineContract } from '@/utils/messaging';
import { PAGE_TEXT_MAX } from '@/utils/notices/page-text';

/** What the field engine asks the background about the deadlines a platform page prints. */
export const PAGE_DEADLINES = defineContract({
  /**
   * Field engine → background: the page's visible text (bounded) and its host; the background reads the deadlines
   * in it with the notice parser (utils/notices/page-deadlines.ts), which the page's script does not carry.
   */
  'page/deadlines': {
    request: z.object({
      host: z.string().check(z.maxLength(255)),
      text: z.string().check(z.maxLength(PAGE_TEXT_MAX)),
    }),
    response: z.object({
      found: z.array(
        z.object({
          id: z.string(),
          sentence: z.string(),
          phrase: z.string(),
          deadlines: z.array(DeadlineViewSchema),
        }),
      ),
    }),
  },
});
