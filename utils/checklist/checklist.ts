import type { Timing } from '@/utils/deadlines/status';
import type { RequirementView } from '@/utils/knowledge/view';

export type ItemState = 'done' | 'todo' | 'fail';

export interface ChecklistItem {
  id: string;
  kind: 'auto' | 'manual';
  /** What to check, in Chinese. */
  label: string;
  /** Why it is not done yet, or what it found. */
  detail: string | null;
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
  const notRead = '页面字段尚未读取，请稍候或刷新页面';
  items.push({
    id: 'problems',
    kind: 'auto',
    label: '没有校验问题',
    detail: !state ? notRead : state.problems ? `还有 ${state.problems} 个问题，见页面上的填报助手面板` : null,
    state: !state ? 'todo' : state.problems ? 'fail' : 'done',
  });
  items.push({
    id: 'required',
    kind: 'auto',
    label: '必填项已填写',
    detail: !state ? notRead : state.requiredMissing ? `${state.requiredMissing} 个必填项未填` : null,
    state: !state || state.requiredMissing ? 'todo' : 'done',
  });
  items.push({
    id: 'words',
    kind: 'auto',
    label: '字数符合要求',
    detail: !state ? notRead : state.wordProblems ? `${state.wordProblems} 处超出或不足字数` : null,
    state: !state ? 'todo' : state.wordProblems ? 'fail' : 'done',
  });
  const overdue = timing?.status === 'overdue' || (timing?.status === 'history' && timing.date !== null);
  items.push({
    id: 'deadline',
    kind: 'auto',
    label: '未超过截止日期',
    detail: !timing?.date ? '此项没有写明日期' : overdue ? `截止日期 ${timing.date} 已过` : `截止日期 ${timing.date}`,
    state: overdue ? 'fail' : 'done',
  });
  const unsaved = !!state?.lastChangeAt && (!state.draftSavedAt || state.draftSavedAt < state.lastChangeAt);
  items.push({
    id: 'draft',
    kind: 'auto',
    label: '草稿已保存且是最新的',
    detail: state?.draftError ?? (unsaved ? '最近的修改还在保存中' : null),
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
