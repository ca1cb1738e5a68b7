import * as z from 'zod/mini';

/** A field of the page as the user reads it: where an open item can be fixed. */
export const FieldRefSchema = z.object({
  fieldId: z.string(),
  label: z.string(),
  /** Its row in a table (第 2 行, 辅导员), if any. */
  row: z.nullable(z.string()),
});

/** A validation problem: its field, and whether it must be fixed (error) or may stand with a 说明 (warning). */
export const ProblemRefSchema = z.extend(FieldRefSchema, {
  severity: z.enum(['error', 'warning']),
});

/** A warning the user marked 已核实, with their 说明 (kept with the draft). */
export const ExplainedSchema = z.extend(FieldRefSchema, {
  message: z.string(),
  note: z.string(),
});

/**
 * What the checklist is judged on from the page, kept fresh by the field engine and sent to the popup
 * (`page/describe`). Lists, not counts, so that every view counts the same things and can say where they are.
 */
export const PageStateSchema = z.object({
  /** One entry per open validation problem (each once, in the panel's order): errors, and unexplained warnings. */
  problems: z.array(ProblemRefSchema),
  /** Warnings marked 已核实 with a 说明: done, and listed with their 说明. */
  explained: z.array(ExplainedSchema),
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
export type ProblemRef = z.infer<typeof ProblemRefSchema>;
export type Explained = z.infer<typeof ExplainedSchema>;
export type PageState = z.infer<typeof PageStateSchema>;
