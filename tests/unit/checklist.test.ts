import { describe, expect, it } from 'vitest';
import { type ChecklistItem, checklistOf, tickKey } from '@/utils/checklist/checklist';
import type { PageState } from '@/utils/checklist/page-state';
import { requirementsForPlatform } from '@/utils/knowledge';

const NZWS = { views: requirementsForPlatform('nzws'), today: '2022-09-20' };
const APPLY = 's001-jzcsh-2022-8-8';

const ref = (fieldId: string, row: string | null = null) => ({ fieldId, label: fieldId, row });
const err = (fieldId: string) => ({ ...ref(fieldId), severity: 'error' as const });
const warn = (fieldId: string) => ({ ...ref(fieldId), severity: 'warning' as const });
const page = (over: Partial<PageState> = {}): PageState => ({
  problems: [],
  explained: [],
  requiredEmpty: [],
  draftSavedAt: null,
  lastChangeAt: null,
  draftError: null,
  draftOff: false,
  period: null,
  ...over,
});
const item = (items: ChecklistItem[], id: string) => items.find((i) => i.id === id);

describe('checklistOf: the one checklist of a page', () => {
  it('gives every automatic item a translatable label, and the requirement’s steps in its own words', () => {
    const c = checklistOf({ page: page(), requirements: NZWS });
    expect(c.serves?.view.id).toBe(APPLY);
    expect(c.items.filter((i) => i.kind === 'auto').map((i) => [i.id, i.label])).toEqual([
      ['problems', { key: 'checkNoErrors' }],
      ['required', { key: 'checkRequired' }],
      ['deadline', { key: 'checkDeadline' }],
      ['draft', { key: 'checkDraft' }],
    ]);
    expect(item(c.items, 'deadline')?.detail).toEqual({ key: 'checkDeadlineOn', subs: ['2022-09-30'] });
    const steps = c.items.filter((i) => i.kind === 'manual');
    expect(steps).toHaveLength(3);
    expect(steps.every((s) => typeof s.label === 'string' && s.label.length > 0)).toBe(true);
    expect(c.open.map((i) => i.id)).toEqual(['manual-0', 'manual-1', 'manual-2']);
    expect(c.ready).toBe(false);
  });

  it('counts each problem once and each empty required field once, never a field twice', () => {
    const c = checklistOf({
      page: page({
        problems: [err('手机'), err('项目目的'), err('省级意见')],
        requiredEmpty: [ref('省级意见'), ref('申报单位'), ref('联系人'), ref('联系人')],
      }),
      requirements: NZWS,
    });
    expect(c.problemCount).toBe(3);
    expect(item(c.items, 'problems')).toMatchObject({
      state: 'fail',
      detail: { key: 'checkErrorsLeft', subs: ['3'] },
    });
    // 省级意见 is a problem already (必填): the required item names the other two.
    expect(item(c.items, 'required')).toMatchObject({
      state: 'todo',
      detail: { key: 'checkRequiredLeft', subs: ['2'] },
      fields: [ref('申报单位'), ref('联系人')],
    });
    expect(c.open.map((i) => i.id)).toEqual(['problems', 'required', 'manual-0', 'manual-1', 'manual-2']);
  });

  it('speaks of one item in the singular', () => {
    const c = checklistOf({ page: page({ problems: [err('手机')], requiredEmpty: [ref('联系人')] }) });
    expect(item(c.items, 'problems')?.detail).toEqual({ key: 'checkErrorsLeftOne', subs: ['1'] });
    expect(item(c.items, 'required')?.detail).toEqual({ key: 'checkRequiredLeftOne', subs: ['1'] });
  });

  it('never takes a past requirement: with none active, it says so and lists no deadline and no steps', () => {
    const c = checklistOf({ page: page(), requirements: { ...NZWS, today: '2026-03-01' }, picked: APPLY });
    expect(c.serves).toBeNull();
    expect(c.noneActive).toBe(true);
    expect(c.items.map((i) => i.id)).toEqual(['problems', 'required', 'draft']);
    expect(c.open).toEqual([]);
    expect(c.ready).toBe(true);
  });

  it('an overdue deadline of the current year fails', () => {
    const c = checklistOf({ page: page(), requirements: { ...NZWS, today: '2022-10-05' } });
    expect(item(c.items, 'deadline')).toMatchObject({
      state: 'fail',
      detail: { key: 'checkDeadlinePassed', subs: ['2022-09-30'] },
    });
  });

  it('is ready once the page is clean and every step is ticked for this requirement and period', () => {
    const ticks = { [tickKey(APPLY, '2022')]: [0, 1, 2] };
    const clean = page({ period: '2022', lastChangeAt: 5, draftSavedAt: 6 });
    expect(checklistOf({ page: clean, requirements: NZWS, ticks }).ready).toBe(true);
    expect(checklistOf({ page: { ...clean, period: '2023' }, requirements: NZWS, ticks }).open).toHaveLength(3);
  });

  it('waits for the page to be read; a pending save is no open item, a failed one is', () => {
    expect(checklistOf({ page: null }).open.map((i) => [i.id, i.detail])).toEqual([
      ['problems', { key: 'checkNotRead' }],
      ['required', { key: 'checkNotRead' }],
      ['draft', { key: 'checkNotRead' }],
    ]);
    const saving = checklistOf({ page: page({ lastChangeAt: 10, draftSavedAt: 5 }) });
    expect(item(saving.items, 'draft')).toMatchObject({ state: 'done', detail: { key: 'checkDraftSaving' } });
    const failed = checklistOf({ page: page({ lastChangeAt: 10, draftError: 'QuotaExceededError' }) });
    expect(item(failed.items, 'draft')).toMatchObject({ state: 'fail', detail: 'QuotaExceededError' });
    const off = checklistOf({ page: page({ lastChangeAt: 10, draftOff: true }) });
    expect(item(off.items, 'draft')).toMatchObject({ state: 'done', detail: { key: 'draftOff' } });
  });

  it('without requirements (the panel’s count) looks for none and does not claim none is active', () => {
    const c = checklistOf({ page: page({ problems: [err('a'), err('a')] }) });
    expect(c.problemCount).toBe(2);
    expect(c.noneActive).toBe(false);
    expect(c.serves).toBeNull();
  });
});

describe('errors and warnings: “no errors, every warning explained”', () => {
  it('an open warning keeps the item open and is named apart from the errors', () => {
    const c = checklistOf({ page: page({ problems: [err('手机'), warn('至'), warn('出生年月')] }) });
    expect(item(c.items, 'problems')).toMatchObject({
      state: 'fail',
      detail: { key: 'checkErrorsWarningsLeft', subs: ['1', '2'] },
      errors: [ref('手机')],
      warnings: [ref('至'), ref('出生年月')],
    });
    expect(c.problemCount).toBe(3);
    const warningsOnly = checklistOf({ page: page({ problems: [warn('至')] }) });
    expect(item(warningsOnly.items, 'problems')?.detail).toEqual({ key: 'checkWarningsLeftOne', subs: ['1'] });
  });

  it('explained warnings are done and listed with their 说明; errors never are', () => {
    const note = {
      ...ref('至'),
      message: '周期不超过 24 个月（两年之内），现约 36 个月',
      note: '项目分三期，经省厅同意',
    };
    const done = checklistOf({ page: page({ explained: [note] }) });
    expect(item(done.items, 'problems')).toMatchObject({ state: 'done', detail: null, explained: [note] });
    expect(done.ready).toBe(true);
    const withError = checklistOf({ page: page({ problems: [err('手机')], explained: [note] }) });
    expect(item(withError.items, 'problems')).toMatchObject({ state: 'fail', errors: [ref('手机')], warnings: [] });
    expect(withError.ready).toBe(false);
  });
});
