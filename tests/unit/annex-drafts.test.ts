import { describe, expect, it } from 'vitest';
import { annexById } from '@/utils/annex/annexes';
import {
  emptyState,
  flatten,
  loadWorkbench,
  saveWorkbench,
  unflatten,
  type WorkbenchState,
} from '@/utils/annex/drafts';
import { listDrafts } from '@/utils/drafts/service';

const URL = 'chrome-extension://test/workbench.html';
const experts = annexById('s000-annex2');
const projects = annexById('s001-annex3');
const staff = annexById('s001-annex1');
if (!experts || !projects || !staff) throw new Error('annexes');

describe('the workbench keeps every typed value in the drafts database', () => {
  it('saves two experts and gives them back exactly: Chinese, leading zeros, line breaks', async () => {
    const state: WorkbenchState = {
      records: [
        { name: '王一', phone: '0571-87654321', experience: '第一段。\n第二段：获奖。' },
        { name: '李二', birth_month: '1980-11', phone: '013800138000' },
      ],
      rows: [],
    };
    const saved = await saveWorkbench(experts, state, {}, URL);
    const back = await loadWorkbench(experts);
    expect(back?.state).toEqual(state);
    expect(back?.saved).toEqual(saved);
    const [draft] = (await listDrafts()).filter((d) => d.key.path === '/workbench/s000-annex2');
    expect(draft?.title).toBe('附件2 职业院校德育与思政工作专家库人选推荐表（附件工作台）');
    expect(draft?.labels['rec.0.phone']).toBe('联系电话');
  });

  it('writes only what changed, and a cleared value or a removed row stays cleared after reload', async () => {
    const first = {
      records: [{ province_dept: '示例省教育厅' }],
      rows: [
        { seq: '1', project_name: '甲项目' },
        { seq: '2', project_name: '乙项目' },
        { seq: '3', project_name: '丙项目' },
      ],
    };
    const saved = await saveWorkbench(projects, first, {}, URL);
    // The user removes the second row and clears the province.
    const second = {
      records: [{ province_dept: '' }],
      rows: [first.rows[0], { seq: '2', project_name: '丙项目' }],
    } as typeof first;
    const again = await saveWorkbench(projects, second, saved, URL);
    expect(again['row.2.project_name']).toBe('');
    const back = await loadWorkbench(projects);
    expect(back?.state.rows.slice(0, 2)).toEqual(second.rows);
    expect(back?.state.rows).toHaveLength(2);
    expect(back?.state.records[0]?.province_dept).toBe('');
  });

  it('saves nothing when nothing changed', async () => {
    const state = { records: [{ contact: '陈十二' }], rows: [{ seq: '1' }] };
    const saved = await saveWorkbench(projects, state, {}, URL);
    expect(await saveWorkbench(projects, state, saved, URL)).toBe(saved);
  });

  it('a table that preprints its rows starts with them, and unknown ids in a draft are ignored', () => {
    expect(emptyState(staff).rows.map((r) => `${r.school_type} ${r.staff_category}`)).toEqual([
      '中等职业学校 班主任',
      '中等职业学校 心理健康教育教师',
      '高等职业学校（专科） 辅导员',
      '高等职业学校（专科） 心理健康教育教师',
      '高等职业学校（本科） 辅导员',
      '高等职业学校（本科） 心理健康教育教师',
    ]);
    const flat = flatten({ records: [{ filler: '郑八' }], rows: [{ total: '1' }] });
    expect(unflatten(staff, { ...flat, 'row.9999.total': 'x', 'rec.0.__proto__': 'x', 'rec.n': '-5' })).toEqual({
      records: [{ filler: '郑八' }],
      rows: [{ total: '1' }],
    });
  });
});
