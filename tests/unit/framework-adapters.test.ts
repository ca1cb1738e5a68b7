// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { restoreValues, setFieldValue } from '@/utils/content/set-value';
import { discoverFields, type Field, readValue } from '@/utils/fields/discover';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
}
function fieldAt(doc: Document, i: number): Field {
  const f = discoverFields(doc)[i];
  if (!f) throw new Error(`no field ${i}`);
  return f;
}
const seen = (doc: Document) =>
  discoverFields(doc).map((f) => ({ label: f.label.label, kind: f.control?.kind ?? f.kind, required: f.required }));

// Markup in the shape these frameworks render (their public class names), written for the tests.
describe('Element Plus', () => {
  const doc = page(`
    <form class="el-form">
      <div class="el-form-item is-required"><label class="el-form-item__label" for="a1">主题 (10 个行动主题 选其中之一)<i class="el-tooltip__trigger">?</i></label>
        <div class="el-form-item__content"><div class="el-select"><div class="el-select__wrapper">
          <div class="el-select__selection"><div class="el-select__selected-item el-select__input-wrapper is-hidden"><input id="a1" class="el-select__input" readonly></div>
          <div class="el-select__selected-item el-select__placeholder"><span>家庭教育</span></div></div></div></div></div></div>
      <div class="el-form-item"><label class="el-form-item__label">项目周期</label>
        <div class="el-form-item__content"><div class="el-date-editor el-range-editor el-input__wrapper">
          <input class="el-range-input" value="2022-10-01"><span class="el-range-separator">至</span><input class="el-range-input" value="2024-09-30"></div></div></div>
      <div class="el-form-item"><div class="el-form-item__label">项目成员</div><div class="el-form-item__content">
        <div class="el-table"><div class="el-table__header-wrapper"><table class="el-table__header"><thead><tr><th><div class="cell">序号</div></th><th><div class="cell">成员姓名</div></th></tr></thead></table></div>
        <div class="el-table__body-wrapper"><table class="el-table__body"><tbody><tr><td>1</td><td><div class="el-input"><div class="el-input__wrapper"><input class="el-input__inner"></div></div></td></tr></tbody></table></div></div></div></div>
    </form>
    <div class="el-select-dropdown el-popper"><input class="el-input__inner" placeholder="搜索"></div>`);

  it('labels from the form items (no tooltip mark), range ends, table columns; popups are no fields', () => {
    expect(seen(doc)).toEqual([
      { label: '主题(10个行动主题选其中之一)', kind: 'select', required: true },
      { label: '项目周期(开始)', kind: 'range-start', required: false },
      { label: '项目周期(结束)', kind: 'range-end', required: false },
      { label: '成员姓名', kind: 'text', required: false },
    ]);
    const cell = discoverFields(doc)[3];
    expect(cell?.label.row).toBe('1');
  });

  it('a select reads as the text it shows, not its hidden input', () => {
    expect(readValue(fieldAt(doc, 0))).toBe('家庭教育');
  });
});

describe('layui', () => {
  const doc = page(`
    <form class="layui-form"><div class="layui-form-item"><label class="layui-form-label">学校类型</label>
      <div class="layui-input-block"><select name="lx" lay-verify="required|number"><option value="">请选择</option><option value="2" selected>高等职业学校 （专科）</option></select>
      <div class="layui-form-select"><div class="layui-select-title"><input class="layui-input" readonly value="高等职业学校 （专科）"></div><dl><dd lay-value="2">高等职业学校 （专科）</dd></dl></div></div></div></form>`);

  it('the native select is the field, layui’s drawn title input is not; lay-verify required counts', () => {
    expect(seen(doc)).toEqual([{ label: '学校类型', kind: 'select', required: true }]);
    expect(readValue(fieldAt(doc, 0))).toBe('高等职业学校 （专科）');
  });
});

describe('Ant Design Vue', () => {
  const doc = page(`
    <form class="ant-form"><div class="ant-form-item"><div class="ant-row"><div class="ant-form-item-label"><label for="form_item_theme" class="ant-form-item-required">主题</label></div>
      <div class="ant-form-item-control"><div class="ant-select"><div class="ant-select-selector"><span class="ant-select-selection-search">
      <input id="form_item_theme" class="ant-select-selection-search-input" readonly style="opacity: 0"></span><span class="ant-select-selection-item" title="乡村振兴">乡村振兴</span></div></div></div></div></div></form>`);

  it('the required class marks it; the select reads its selection item', () => {
    expect(seen(doc)).toEqual([{ label: '主题', kind: 'select', required: true }]);
    expect(readValue(fieldAt(doc, 0))).toBe('乡村振兴');
  });
});

it('an Ant Design switch (a button) is a field read from aria-checked; a switch button on plain HTML is none', () => {
  const doc = page(`
    <form class="ant-form"><div class="ant-form-item"><div class="ant-form-item-label"><label for="form_item_promise">承诺所填信息真实</label></div>
      <div class="ant-form-item-control"><button id="form_item_promise" type="button" role="switch" aria-checked="true" class="ant-switch"></button></div></div></form>`);
  expect(seen(doc)).toEqual([{ label: '承诺所填信息真实', kind: 'switch', required: false }]);
  expect(readValue(fieldAt(doc, 0))).toBe('on');
  doc.querySelector('button')?.setAttribute('aria-checked', 'false');
  expect(readValue(fieldAt(doc, 0))).toBe('');
  expect(discoverFields(page('<label>开关<button role="switch" aria-checked="true"></button></label>'))).toEqual([]);
  // The plain write never reaches into a button as if it were a checkbox (without the guard it throws a TypeError)
  // and says so: a restore names it rather than counting it as put back.
  expect(setFieldValue(fieldAt(doc, 0), 'on')).toBe('restoreWhyUnsupported');
});

it('an Ant Design switch is a field inside a form item or a form only, never a list table’s or a header’s', () => {
  const sw = (label: string, on = false) =>
    `<button type="button" role="switch" aria-checked="${on}" aria-label="${label}" class="ant-switch"></button>`;
  const doc = page(`
    <header class="ant-layout-header">夜间模式 ${sw('夜间模式')}</header>
    <div class="ant-table"><table><thead class="ant-table-thead"><tr><th>项目名称</th><th>启用状态</th></tr></thead>
      <tbody class="ant-table-tbody"><tr class="ant-table-row"><td>社区教育</td><td>${sw('启用状态', true)}</td></tr></tbody></table></div>
    <div class="ant-form-item"><div class="ant-form-item-label"><label>承诺所填信息真实</label></div>
      <div class="ant-form-item-control">${sw('承诺')}</div></div>
    <form><label>接收短信通知 ${sw('短信')}</label></form>`);
  const fields = discoverFields(doc);
  expect(fields.map((f) => f.el.getAttribute('aria-label'))).toEqual(['承诺', '短信']);
  expect(seen(doc)[0]).toEqual({ label: '承诺所填信息真实', kind: 'switch', required: false });
});

it('a restore names a toggle it cannot write instead of reporting it put back', async () => {
  const doc = page(
    '<form class="ant-form"><div class="ant-form-item"><div class="ant-form-item-label"><label>承诺所填信息真实</label></div><button type="button" role="switch" aria-checked="false" class="ant-switch"></button></div></form>',
  );
  const f = fieldAt(doc, 0);
  // As a field without its adapter's widget (the adapter alone can click it).
  const bare: Field = { ...f, control: undefined };
  expect(await restoreValues([[bare, 'on']])).toEqual([{ field: bare, why: 'restoreWhyUnsupported' }]);
  expect(doc.querySelector('button')?.getAttribute('aria-checked')).toBe('false');
});

it('plain HTML stays on the generic reading', () => {
  const doc = page('<label for="x">联系电话</label><input id="x">');
  expect(discoverFields(doc)[0]).toMatchObject({ label: { label: '联系电话', source: 'label-for' } });
  expect(discoverFields(doc)[0]?.control).toBeUndefined();
});
