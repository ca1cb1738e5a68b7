import type { Severity } from './types';

/**
 * The words by which a notice softens a rule into a principle (原则上应于两年之内完成, 一般不超过 8000 字, 建议…,
 * 尽量…): such a rule is a warning, which may stand with a written 说明. Everything else the notices set (formats,
 * enums, sums, required fields, hard limits) is an error, which must be fixed.
 */
export const SOFT_WORDS = /原则上|一般|建议|尽量/;

/** The severity a rule's source phrase gives it. */
export function severityOf(phrase: string): Severity {
  return SOFT_WORDS.test(phrase) ? 'warning' : 'error';
}
