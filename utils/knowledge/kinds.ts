import type { MessageKey } from '@/utils/i18n';
import { DEADLINE_KINDS, type DeadlineKindId } from './view';

/** Each kind of deadline's name in the UI (messages `kind_*`): typed so a new kind cannot go unnamed. */
const KIND_NAMES: Record<DeadlineKindId, MessageKey> = {
  due: 'kind_due',
  opens: 'kind_opens',
  window_start: 'kind_window_start',
  window_end: 'kind_window_end',
  recurring_annual: 'kind_recurring_annual',
  undated: 'kind_undated',
};

/** The kinds in their defined order, each with the message that names it. */
export const KIND_CHOICES: readonly { kind: DeadlineKindId; name: MessageKey }[] = DEADLINE_KINDS.map((kind) => ({
  kind,
  name: KIND_NAMES[kind],
}));
