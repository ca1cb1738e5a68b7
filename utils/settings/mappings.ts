import * as z from 'zod/mini';
import { defineSetting } from './store';

/** A rule the user picks for a field by hand (a subset of the annex rule kinds, the ones a person can choose). */
export const ManualRuleSchema = z.union([
  z.object({ kind: z.enum(['email', 'url']) }),
  z.object({ kind: z.literal('integer'), min: z.optional(z.number()) }),
  z.object({ kind: z.literal('decimal'), min: z.optional(z.number()) }),
  z.object({ kind: z.literal('phone'), accept: z.enum(['landline', 'mobile', 'any']) }),
  z.object({ kind: z.literal('date'), precision: z.enum(['day', 'month']) }),
  z.object({ kind: z.literal('maxChars'), max: z.number() }),
]);
export type ManualRule = z.infer<typeof ManualRuleSchema>;

/** Manual field mappings: per `<platform>|<path>`, per field identity, a label and/or a rule. */
export const MappingsSchema = z.record(
  z.string(),
  z.record(
    z.string(),
    z.object({
      label: z.optional(z.string()),
      rule: z.optional(ManualRuleSchema),
      /** The user excluded this field from drafts (never stored). */
      noDraft: z.optional(z.boolean()),
    }),
  ),
);
export type Mappings = z.infer<typeof MappingsSchema>;

export const MAPPINGS = defineSetting<Mappings>('mappings', MappingsSchema, {});
