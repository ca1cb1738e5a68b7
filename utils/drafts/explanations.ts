import * as z from 'zod/mini';
import { countChars } from '@/utils/rules/compile';
import { DRAFT_LIMITS } from './schema';

/** A 说明 is short: the reporting systems' own explanation fields take a sentence or two. */
export const NOTE_MAX_CHARS = 200;

/** Why a 说明 can't be kept as typed (empty, or over 200 字), or null when it can. */
export function noteProblem(text: string): { kind: 'empty' } | { kind: 'long'; chars: number } | null {
  const chars = countChars(text);
  if (chars === 0) return { kind: 'empty' };
  return chars > NOTE_MAX_CHARS ? { kind: 'long', chars } : null;
}

/**
 * A warning the user marked 已核实, with their 说明: kept with the form's draft (the same key, origin and safety),
 * listed in the checklist and copied with the draft. `problem` names the field and the rule's kind
 * (utils/rules/validator.ts problemKey), so a changed value keeps the 说明 of the same rule.
 */
export const ExplanationSchema = z.object({
  problem: z.string().check(z.maxLength(DRAFT_LIMITS.idChars + 50)),
  fieldId: z.string().check(z.maxLength(DRAFT_LIMITS.idChars)),
  label: z.string().check(z.maxLength(DRAFT_LIMITS.idChars)),
  row: z.nullable(z.string().check(z.maxLength(DRAFT_LIMITS.idChars))),
  /** The warning as it read when the user explained it. */
  message: z.string().check(z.maxLength(2_000)),
  note: z.string().check(z.refine((v) => noteProblem(v) === null, `说明必填，且不超过 ${NOTE_MAX_CHARS} 字`)),
  at: z.number(),
});
export type Explanation = z.infer<typeof ExplanationSchema>;

/** The 说明 list as text to paste into a platform's own explanation field, or to send with the annex. */
export function explanationsText(list: readonly Explanation[]): string {
  return list.map((e) => `${e.row ? `${e.row} · ` : ''}${e.label}：${e.message}\n说明：${e.note}`).join('\n\n');
}
