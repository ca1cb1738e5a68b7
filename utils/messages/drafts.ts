import * as z from 'zod/mini';
import { DraftKeySchema, DraftSaveSchema, DraftViewSchema } from '@/utils/drafts/schema';
import { defineContract } from '@/utils/messaging';

/** What the field engine and the background say about drafts. */
export const DRAFTS = defineContract({
  /** Field engine → background: merge the changed fields into the form's draft (at most once a second). */
  'drafts/save': {
    request: DraftSaveSchema,
    response: z.object({ savedAt: z.number(), versions: z.number() }),
  },
  /** Field engine → background: keep what the page shows as a version, before a restore overwrites it. */
  'drafts/snapshot': {
    request: z.object({ key: DraftKeySchema, values: DraftSaveSchema.shape.delta }),
    response: z.object({ kept: z.boolean() }),
  },
  /** Field engine → background: the newest draft of this form, to offer a restore. */
  'drafts/load': {
    request: z.object({ key: DraftKeySchema }),
    response: z.object({ draft: z.nullable(DraftViewSchema) }),
  },
});
