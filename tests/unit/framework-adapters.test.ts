// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { restoreValues, setFieldValue } from '@/utils/content/set-value';
import { discoverFields, type Field, frameworkMessage, readValue } from '@/utils/fields/discover';

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

// Upload lists as the frameworks render them (Element Plus 2.14, Element UI 2.15 and Ant Design Vue 4.2 output,
// trimmed of icons): the file names listed are the field's value, so a required 附件 counts as filled.
describe('upload lists', () => {
  const uploads = (doc: Document) => discoverFields(doc).filter((f) => f.control?.kind === 'upload');
  const plusItem = (name: string) =>
    `<li class="el-upload-list__item is-success" tabindex="0"><div class="el-upload-list__item-info"><a class="el-upload-list__item-name"><i class="el-icon el-icon--document"><svg></svg></i><span class="el-upload-list__item-file-name" title="${name}">${name}</span></a></div><label class="el-upload-list__item-status-label"><i class="el-icon"></i></label><i class="el-icon el-icon--close" aria-label="删除" role="button"></i><i class="el-icon--close-tip">按 Delete 键可删除</i></li>`;
  const plus = (items: string) => `
    <form class="el-form"><div class="el-form-item"><div class="el-form-item__label">申报单位</div><div class="el-form-item__content"><div class="el-input"><div class="el-input__wrapper"><input class="el-input__inner"></div></div></div></div>
      <div class="el-form-item is-required asterisk-left" role="group"><div class="el-form-item__label">申报书盖章扫描件</div>
      <div class="el-form-item__content"><div><div class="el-upload el-upload--text" tabindex="0" role="button"><button type="button" class="el-button"><span>选择文件</span></button><input class="el-upload__input" name="file" accept="" type="file"></div>
      <ul class="el-upload-list el-upload-list--text">${items}</ul></div></div></div></form>`;

  it('Element Plus: each listed file once, by the name it shows; the upload is required by its form item', () => {
    const doc = page(plus(plusItem('申报书（盖章）.pdf') + plusItem('附件2.docx')));
    const [f] = uploads(doc);
    expect(f?.label.label).toBe('申报书盖章扫描件');
    expect(f?.required).toBe(true);
    expect(f && readValue(f)).toBe('申报书（盖章）.pdf、附件2.docx');
    // Never in a draft: the file input stays a sensitive field (a restore can't give the page a file).
    expect(f?.sensitive).toBe(true);
    const [empty] = uploads(page(plus('')));
    expect(empty && readValue(empty)).toBe('');
  });

  it('Element UI: the name is the item link’s text', () => {
    const doc = page(`
      <form class="el-form"><div class="el-form-item"><label class="el-form-item__label">申报单位</label><div class="el-form-item__content"><div class="el-input"><input class="el-input__inner"></div></div></div>
      <div class="el-form-item is-required"><label class="el-form-item__label">申报书盖章扫描件</label>
        <div class="el-form-item__content"><div><div tabindex="0" class="el-upload el-upload--text"><button type="button" class="el-button el-button--default"><span>选择文件</span></button><input type="file" name="file" class="el-upload__input"></div>
        <ul class="el-upload-list el-upload-list--text"><li tabindex="0" class="el-upload-list__item is-success"><a class="el-upload-list__item-name"><i class="el-icon-document"></i>申报书（盖章）.pdf</a><label class="el-upload-list__item-status-label"><i class="el-icon-upload-success el-icon-circle-check"></i></label><i class="el-icon-close"></i><i class="el-icon-close-tip">按 delete 键可删除</i></li></ul></div></div></div></form>`);
    const [f] = uploads(doc);
    expect(f && readValue(f)).toBe('申报书（盖章）.pdf');
    expect(f?.required).toBe(true);
  });

  it('Ant Design Vue: the file input hidden inline is found; a failed upload is no file given', () => {
    const item = (name: string, status = 'done') =>
      `<div class="ant-upload-list-item-container"><div class="ant-upload-list-item ant-upload-list-item-${status}"><div class="ant-upload-text-icon"><span role="img" aria-label="paper-clip" class="anticon anticon-paper-clip"><svg></svg></span></div><a target="_blank" rel="noopener noreferrer" class="ant-upload-list-item-name" title="${name}" href="#">${name}</a><span class="ant-upload-list-item-actions"><button class="ant-btn ant-btn-text ant-btn-sm ant-upload-list-item-action ant-btn-icon-only" title="删除文件" type="button"><span role="img" aria-label="delete" class="anticon anticon-delete"></span></button></span></div></div>`;
    const doc = page(`
      <form class="ant-form"><div class="ant-form-item"><div class="ant-row ant-form-item-row"><div class="ant-col ant-col-8 ant-form-item-label"><label for="form_item_files" class="ant-form-item-required" title="申报书盖章扫描件">申报书盖章扫描件</label></div>
        <div class="ant-col ant-col-16 ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content"><span class="ant-upload-wrapper"><div class="ant-upload ant-upload-select ant-upload-select-text"><span tabindex="0" class="ant-upload" role="button"><input id="form_item_files" type="file" accept="" style="display: none;"><button class="ant-btn ant-btn-default" type="button"><span>选择文件</span></button></span></div>
        <div class="ant-upload-list ant-upload-list-text">${item('申报书（盖章）.pdf')}${item('旧版.pdf', 'error')}</div></span></div></div></div></div></div></form>`);
    const [f] = uploads(doc);
    expect(f?.label.label).toBe('申报书盖章扫描件');
    expect(f?.required).toBe(true);
    expect(f?.sensitive).toBe(true);
    expect(f && readValue(f)).toBe('申报书（盖章）.pdf');
  });
});

describe('the framework’s own message on a field', () => {
  it('Element: read while displayed under the control; none when the item shows none', () => {
    const doc = page(`
      <form class="el-form"><div class="el-form-item is-error"><label class="el-form-item__label">手机</label><div class="el-form-item__content">
        <div class="el-input"><div class="el-input__wrapper"><input class="el-input__inner" value="12345"></div></div><div class="el-form-item__error">手机号码格式不正确</div></div></div>
      <div class="el-form-item"><label class="el-form-item__label">姓名</label><div class="el-form-item__content"><div class="el-input"><div class="el-input__wrapper"><input class="el-input__inner"></div></div></div></div></form>`);
    const [mobile, name] = discoverFields(doc);
    expect(mobile && frameworkMessage(mobile)).toBe('手机号码格式不正确');
    expect(name && frameworkMessage(name)).toBeNull();
    doc.querySelector('.el-form-item__error')?.remove();
    expect(mobile && frameworkMessage(mobile)).toBeNull();
  });

  it('Ant Design Vue: the explain error under the control', () => {
    const doc = page(`
      <form class="ant-form"><div class="ant-form-item ant-form-item-has-error"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-label"><label class="ant-form-item-required">手机</label></div>
        <div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content"><input class="ant-input ant-input-status-error" value="12345"></div></div>
        <div style="display: flex; flex-wrap: nowrap;"><div class="ant-form-item-explain"><div role="alert" class="ant-form-item-explain-error">手机号码格式不正确</div></div></div></div></div></div></form>`);
    const [mobile] = discoverFields(doc);
    expect(mobile && frameworkMessage(mobile)).toBe('手机号码格式不正确');
  });
});
