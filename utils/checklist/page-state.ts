import * as z from 'zod/mini';

/** A field of the page as the user reads it: where an open item can be fixed. */
export const FieldRefSchema = z.object({
  fieldId: z.string(),
  label: z.string(),
  /** Its row in a table (第 2 行, 辅导员), if any. */
  row: z.nullable(z.string()),
});

/**
 * What the checklist is judged on from the page, kept fresh by the field engine and sent to the popup
 * (`page/describe`). Lists, not counts, so that every view counts the same things and can say where they are.
 */
export const PageStateSchema = z.object({
  /** One entry per validation problem (each problem once), in the panel's order. */
  problems: z.array(FieldRefSchema),
  /** Required fields (the annex's rules and the page's own marks) that are empty. */
  requiredEmpty: z.array(FieldRefSchema),
  draftSavedAt: z.nullable(z.number()),
  lastChangeAt: z.nullable(z.number()),
  draftError: z.nullable(z.string()),
  /** Drafts are turned off for this platform or site: nothing to save, nothing to wait for. */
  draftOff: z.boolean(),
  /** The reporting period the page shows (年度, 批次), if any: ticks are kept per requirement and period. */
  period: z.nullable(z.string()),
});

export type FieldRef = z.infer<typeof FieldRefSchema>;
export type PageState = z.infer<typeof PageStateSchema>;
