import { t } from '@/utils/i18n';
import type { Severity } from '@/utils/rules/types';

export interface LeveledProblem {
  message: string;
  severity: Severity;
}

/** The words a person reads for a level (#17): 必须修改 for an error, 请核实或填写说明 for a warning. */
export const severityWord = (s: Severity): string => t(s === 'error' ? 'severityError' : 'severityWarning');

/** The worst level of a field's problems: one error makes the field one to fix. */
export const worstSeverity = (list: readonly LeveledProblem[]): Severity =>
  list.some((p) => p.severity === 'error') ? 'error' : 'warning';

/** A field's problems as one hint, the way the page hints read: "必须修改：…；…". */
export const severityLine = (list: readonly LeveledProblem[]): string =>
  `${severityWord(worstSeverity(list))}${t('colon')}${list.map((p) => p.message).join(t('clauseSep'))}`;
