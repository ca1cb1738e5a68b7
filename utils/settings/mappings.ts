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

/**
 * Limits on what the page's 指定字段 and 不存草稿 can store (in `storage.local`, shared by all sites): real pages need
 * a few dozen mappings; a page that tries to fill the storage meets these, and the user sees why.
 */
export const MAPPING_LIMITS = {
  /** Characters of the page path in a mapping key. */
  pathChars: 300,
  /** Characters of a field identity or a label. */
  idChars: 300,
  /** Mapped fields on one page. */
  perPage: 300,
  /** Pages with mappings. */
  pages: 300,
} as const;

/** Why a mapping cannot be stored, in words for the user; null when it can. */
export function mappingLimitProblem(
  all: Mappings,
  pageKey: string,
  fieldId: string,
  mapping: { label?: string },
): string | null {
  if (fieldId.length > MAPPING_LIMITS.idChars || (mapping.label?.length ?? 0) > MAPPING_LIMITS.idChars) {
    return `字段名过长（超过 ${MAPPING_LIMITS.idChars} 字），未保存。`;
  }
  const page = all[pageKey];
  if (!page && Object.keys(all).length >= MAPPING_LIMITS.pages) {
    return `已有 ${MAPPING_LIMITS.pages} 个页面的指定字段，达到上限，未保存。请在设置中删除不用的映射。`;
  }
  if (page && !(fieldId in page) && Object.keys(page).length >= MAPPING_LIMITS.perPage) {
    return `本页已指定 ${MAPPING_LIMITS.perPage} 个字段，达到上限，未保存。`;
  }
  return null;
}
