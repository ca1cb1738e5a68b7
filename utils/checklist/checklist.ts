import type { MessageKey } from '@/utils/i18n';
import { firstActive, type TimedRequirement, timeRequirements } from '@/utils/knowledge/timing';
import type { RequirementView } from '@/utils/knowledge/view';
import type { Explained, FieldRef, PageState } from './page-state';

export type ItemState = 'done' | 'todo' | 'fail';

/** A UI string: a `_locales` message id and its substitutions (each view translates it in its language). */
export interface Text {
  key: MessageKey;
  subs?: string[];
}

export interface ChecklistItem {
  /** problems, required, deadline, draft, or manual-<index of the step>. */
  id: string;
  kind: 'auto' | 'manual';
  /** What to check: a message for automatic items; the notice's own words for manual steps. */
  label: Text | string;
  /** Why it is not done yet, or what it found. */
  detail: Text | string | null;
  state: ItemState;
  /** Where to fix it: the fields it is about, each once, in the page's order. */
  fields: FieldRef[];
  /**
   * The problems item only: its fields by severity (errors must be fixed; warnings need a 说明), so that the guard
   * lists them apart, and the warnings already explained, with their 说明.
   */
  errors?: FieldRef[];
  warnings?: FieldRef[];
  explained?: Explained[];
}

/** Ticks of manual steps: tickKey(requirement, period) → the indexes of the steps ticked. */
export type Ticks = Readonly<Record<string, readonly number[]>>;

export interface ChecklistInput {
  /** The page as the field engine last read it; null until it has. */
  page: PageState | null;
  /**
   * The platform's requirements and the day they are judged on. Left out where only the page's own items are
   * wanted (the panel's problem count): then no requirement is looked for.
   */
  requirements?: { views: readonly RequirementView[]; today: string };
  ticks?: Ticks;
  /** The requirement the user picked (popup); only an active one is taken. */
  picked?: string | null;
}

export interface Checklist {
  /** The requirement the page serves: the one picked, else the most urgent active one; null when none is active. */
  serves: TimedRequirement | null;
  /** The platform's active requirements, most urgent first: the ones a page can serve. Past ones never are. */
  active: TimedRequirement[];
  /** Requirements were given and none is active: the checklist says so instead of judging a past year's task. */
  noneActive: boolean;
  items: ChecklistItem[];
  /** The items not done: what the popup counts and the submit guard lists. */
  open: ChecklistItem[];
  /** Open validation problems (errors and unexplained warnings), each once: the number the panel, popup and guard show. */
  problemCount: number;
  ready: boolean;
  /** Where the served requirement's ticks are kept (null when none is served). */
  tickKey: string | null;
}

/** Where ticks of manual steps are kept: per requirement and reporting period. */
export function tickKey(requirementId: string, period: string | null): string {
  return `${requirementId}|${period ?? ''}`;
}

const plural = (n: number, one: MessageKey, many: MessageKey): Text => ({
  key: n === 1 ? one : many,
  subs: [String(n)],
});

/** Each field once, first mention first (a field may have two problems). */
function distinct(refs: readonly FieldRef[]): FieldRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => !seen.has(r.fieldId) && seen.add(r.fieldId));
}

/** What is open among the problems: "2 处必须修改，1 处警告待说明". */
function problemsDetail(problems: PageState['problems']): Text | null {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (!problems.length) return null;
  if (!warnings) return plural(errors, 'checkErrorsLeftOne', 'checkErrorsLeft');
  if (!errors) return plural(warnings, 'checkWarningsLeftOne', 'checkWarningsLeft');
  return { key: 'checkErrorsWarningsLeft', subs: [String(errors), String(warnings)] };
}

/**
 * The pre-submission checklist of a page, the one truth every view shows: automatic checks from the page's fields
 * (validation problems; required fields, the annex's and the page's own, not already listed as a problem), the
 * deadline and the draft, then the manual steps of the requirement the page serves, ticked by the user. Only an
 * active requirement is served: with none active, there is no deadline to miss and no steps to do.
 */
export function checklistOf(input: ChecklistInput): Checklist {
  const { page, requirements, ticks = {} } = input;
  const timed = requirements ? timeRequirements(requirements.views, requirements.today) : [];
  const active = timed.filter((x) => x.timing.status !== 'history');
  const serves = active.find((x) => x.view.id === input.picked) ?? firstActive(active);
  const key = serves ? tickKey(serves.view.id, page?.period ?? null) : null;
  const ticked = new Set(key ? (ticks[key] ?? []) : []);

  const items: ChecklistItem[] = [];
  const notRead: Text = { key: 'checkNotRead' };
  const problems = page?.problems ?? [];
  // Errors are never done; a warning is done once the user explained it (then it is no longer in `problems`).
  const errors = distinct(problems.filter((p) => p.severity === 'error'));
  const warnings = distinct(problems.filter((p) => p.severity === 'warning')).filter(
    (w) => !errors.some((e) => e.fieldId === w.fieldId),
  );
  items.push({
    id: 'problems',
    kind: 'auto',
    label: { key: 'checkNoErrors' },
    detail: !page ? notRead : problemsDetail(problems),
    state: !page ? 'todo' : problems.length ? 'fail' : 'done',
    fields: distinct(problems),
    errors,
    warnings,
    explained: page?.explained ?? [],
  });
  // An empty required field that already has a problem (必填 once the form is started) is counted there only.
  const flagged = new Set(problems.map((p) => p.fieldId));
  const empty = distinct(page?.requiredEmpty ?? []).filter((f) => !flagged.has(f.fieldId));
  items.push({
    id: 'required',
    kind: 'auto',
    label: { key: 'checkRequired' },
    detail: !page ? notRead : empty.length ? plural(empty.length, 'checkRequiredLeftOne', 'checkRequiredLeft') : null,
    state: !page || empty.length ? 'todo' : 'done',
    fields: empty,
  });
  if (serves) {
    const { timing } = serves;
    const overdue = timing.status === 'overdue';
    items.push({
      id: 'deadline',
      kind: 'auto',
      label: { key: 'checkDeadline' },
      detail: !timing.date
        ? { key: 'checkDeadlineNone' }
        : { key: overdue ? 'checkDeadlinePassed' : 'checkDeadlineOn', subs: [timing.date] },
      state: overdue ? 'fail' : 'done',
      fields: [],
    });
  }
  // Saving is automatic and takes a second: only a failed save asks something of the user.
  const unsaved = !!page?.lastChangeAt && (!page.draftSavedAt || page.draftSavedAt < page.lastChangeAt);
  items.push({
    id: 'draft',
    kind: 'auto',
    label: { key: 'checkDraft' },
    detail: !page
      ? notRead
      : page.draftOff
        ? { key: 'draftOff' }
        : (page.draftError ?? (unsaved ? { key: 'checkDraftSaving' } : null)),
    state: !page ? 'todo' : page.draftOff ? 'done' : page.draftError ? 'fail' : 'done',
    fields: [],
  });
  serves?.view.steps.forEach((step, i) => {
    items.push({
      id: `manual-${i}`,
      kind: 'manual',
      label: step.text,
      detail: null,
      state: ticked.has(i) ? 'done' : 'todo',
      fields: [],
    });
  });
  const open = items.filter((i) => i.state !== 'done');
  return {
    serves,
    active,
    noneActive: !!requirements && !serves,
    items,
    open,
    problemCount: problems.length,
    ready: !!page && open.length === 0,
    tickKey: key,
  };
}
