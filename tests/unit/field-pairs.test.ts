// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { discoverFields } from '@/utils/fields/discover';
import { pairRole } from '@/utils/fields/pairs';
import { PROFILES } from '@/utils/rules/profiles';
import type { ProfileData } from '@/utils/rules/types';
import { FormValidator, validatorField } from '@/utils/rules/validator';

/** An ExtJS-style label/field form (each field a table of a label cell and a body cell), never seen by the tests. */
function extForm(): Document {
  const item = (n: number, label: string) =>
    `<table class="x-field x-form-item x-box-item" cellpadding="0"><tbody><tr>` +
    `<td class="x-field-label-cell" valign="top" width="130"><label for="ext-comp-10${n}-inputEl" class="x-form-item-label">${label}:</label></td>` +
    `<td class="x-form-item-body"><input id="ext-comp-10${n}-inputEl" type="text" class="x-form-field x-form-text" name="ext-comp-10${n}"></td>` +
    `</tr></tbody></table>`;
  const html =
    '<div class="x-panel"><div class="x-panel-body">' +
    [
      '申报单位',
      '项目名称',
      '主题 (10 个行动主题 选其中之一)',
      '项目周期（开始）',
      '项目周期（结束）',
      '省级教育行政部门意见',
    ]
      .map((l, i) => item(i, l))
      .join('') +
    '</div></div>';
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}

describe('start and end fields are paired by their labels', () => {
  it('项目周期（开始）/（结束） in brackets: the notice’s 两年之内 is checked on them', () => {
    const doc = extForm();
    const fields = discoverFields(doc);
    const v = new FormValidator(fields.map(validatorField), PROFILES as readonly ProfileData[]);
    const set = (label: string, value: string) => {
      const f = fields.find((x) => x.label.label === label);
      if (!f) throw new Error(`no field ${label}`);
      (f.el as HTMLInputElement).value = value;
      v.validate(f.id);
    };
    set('项目周期(开始)', '2022-10-01');
    set('项目周期(结束)', '2025-09-30');
    const span = v.problems().filter((p) => p.message.includes('两年之内'));
    expect(span.map((p) => p.label)).toEqual(['项目周期(结束)']);
    set('项目周期(结束)', '2024-09-30');
    expect(v.problems().filter((p) => p.message.includes('两年之内'))).toEqual([]);
    set('项目周期(结束)', '2022-09-30');
    expect(v.problems().map((p) => p.message)).toContain('“项目周期(结束)”不能早于“项目周期(开始)”');
  });

  it.each([
    ['项目周期(开始)', { base: '项目周期', role: 'start' }],
    ['项目周期(结束)', { base: '项目周期', role: 'end' }],
    ['项目周期(起)', { base: '项目周期', role: 'start' }],
    ['项目周期(止)', { base: '项目周期', role: 'end' }],
    ['开始时间', { base: '', role: 'start' }],
    ['结束日期', { base: '', role: 'end' }],
    ['至', { base: '', role: 'end' }],
    ['起止时间', null],
    ['项目名称', null],
  ])('%s', (label, role) => expect(pairRole(label)).toEqual(role));
});
