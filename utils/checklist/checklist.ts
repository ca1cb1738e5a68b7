import type { Timing } from '@/utils/deadlines/status';
import type { RequirementView } from '@/utils/knowledge/view';

export type ItemState = 'done' | 'todo' | 'fail';

/** A UI string: a `_locales` message id and its substitutions (the popup translates it). */
export interface Text {
  key: string;
  subs?: string[];
}

export interface ChecklistItem {
  id: string;
  kind: 'auto' | 'manual';
  /** What to check: a message for automatic items; the notice's own words for manual steps. */
  label: Text | string;
  /** Why it is not done yet, or what it found. */
  detail: Text | string | null;
  state: ItemState;
}

export interface PageCheckState {
  problems: number;
  wordProblems: number;
  requiredMissing: number;
  draftSavedAt: number | null;
  lastChangeAt: number | null;
  draftError: string | null;
}

/** Where ticks of manual steps are kept: per requirement and reporting period. */
export function tickKey(requirementId: string, period: string | null): string {
  return `${requirementId}|${period ?? ''}`;
}

/**
 * The pre-submission checklist of a page: automatic checks from the page's fields, the deadline and the draft,
 * then the manual steps the notice asks for, ticked by the user.
 */
export function buildChecklist(input: {
  state: PageCheckState | null;
  requirement: RequirementView | null;
  timing: Timing | null;
  ticked: ReadonlySet<number>;
}): ChecklistItem[] {
  const { state, requirement, timing, ticked } = input;
  const items: ChecklistItem[] = [];
  const notRead: Text = { key: 'checkNotRead' };
  items.push({
    id: 'problems',
    kind: 'auto',
    label: { key: 'checkProblems' },
    detail: !state ? notRead : state.problems ? { key: 'checkProblemsLeft', subs: [String(state.problems)] } : null,
    state: !state ? 'todo' : state.problems ? 'fail' : 'done',
  });
  items.push({
    id: 'required',
    kind: 'auto',
    label: { key: 'checkRequired' },
    detail: !state
      ? notRead
      : state.requiredMissing
        ? { key: 'checkRequiredLeft', subs: [String(state.requiredMissing)] }
        : null,
    state: !state || state.requiredMissing ? 'todo' : 'done',
  });
  items.push({
    id: 'words',
    kind: 'auto',
    label: { key: 'checkWords' },
    detail: !state
      ? notRead
      : state.wordProblems
        ? { key: 'checkWordsLeft', subs: [String(state.wordProblems)] }
        : null,
    state: !state ? 'todo' : state.wordProblems ? 'fail' : 'done',
  });
  const overdue = timing?.status === 'overdue' || (timing?.status === 'history' && timing.date !== null);
  items.push({
    id: 'deadline',
    kind: 'auto',
    label: { key: 'checkDeadline' },
    detail: !timing?.date
      ? { key: 'checkDeadlineNone' }
      : { key: overdue ? 'checkDeadlinePassed' : 'checkDeadlineOn', subs: [timing.date] },
    state: overdue ? 'fail' : 'done',
  });
  const unsaved = !!state?.lastChangeAt && (!state.draftSavedAt || state.draftSavedAt < state.lastChangeAt);
  items.push({
    id: 'draft',
    kind: 'auto',
    label: { key: 'checkDraft' },
    detail: state?.draftError ?? (unsaved ? { key: 'checkDraftSaving' } : null),
    state: state?.draftError ? 'fail' : !state || unsaved ? 'todo' : 'done',
  });
  requirement?.steps.forEach((step, i) => {
    items.push({
      id: `manual-${i}`,
      kind: 'manual',
      label: step.text,
      detail: null,
      state: ticked.has(i) ? 'done' : 'todo',
    });
  });
  return items;
}

export function isReady(items: readonly ChecklistItem[]): boolean {
  return items.length > 0 && items.every((i) => i.state === 'done');
}
