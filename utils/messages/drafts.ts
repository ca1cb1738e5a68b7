import * as z from 'zod/mini';
import { DRAFT_LIMITS, DraftKeySchema, type DraftSave, DraftViewSchema, isBoundedMap } from '@/utils/drafts/schema';
import { defineContract } from '@/utils/messaging';

/**
 * A map of field identity → string as a draft message carries it (5,000 of them for a large form), checked once,
 * here at the boundary, in one loop and without a copy (isBoundedMap): the save and the snapshot trust it inside.
 */
const fieldMap = (valueChars: number) =>
  z.custom<Record<string, string>>((v) => isBoundedMap(v, DRAFT_LIMITS.idChars, valueChars));

const FieldValues = fieldMap(DRAFT_LIMITS.valueChars);

export const DraftSaveSchema = z.object({
  key: DraftKeySchema,
  delta: FieldValues,
  labels: fieldMap(DRAFT_LIMITS.idChars),
  title: z.string().check(z.maxLength(1_000)),
  url: z.string().check(z.maxLength(2_000)),
});
// The hand-written DraftSave of utils/drafts/schema.ts and this schema describe the same message.
const sameShape: z.infer<typeof DraftSaveSchema> extends DraftSave
  ? DraftSave extends z.infer<typeof DraftSaveSchema>
    ? true
    : false
  : false = true;
void sameShape;

/** What the field engine and the background say about drafts. */
export const DRAFTS = defineContract({
  /** Field engine → background: merge the changed fields into the form's draft (at most once a second). */
  'drafts/save': {
    request: DraftSaveSchema,
    response: z.object({ savedAt: z.number(), versions: z.number() }),
  },
  /** Field engine → background: keep what the page shows as a version, before a restore overwrites it. */
  'drafts/snapshot': {
    request: z.object({ key: DraftKeySchema, values: FieldValues }),
    response: z.object({ kept: z.boolean() }),
  },
  /** Field engine → background: the newest draft of this form, to offer a restore. */
  'drafts/load': {
    request: z.object({ key: DraftKeySchema }),
    response: z.object({ draft: z.nullable(DraftViewSchema) }),
  },
});
