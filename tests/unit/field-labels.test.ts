// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { discoverFields } from '@/utils/fields/discover';
import { normaliseLabel } from '@/utils/fields/normalise';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
}
const labels = (doc: Document) => discoverFields(doc).map((f) => f.label.label);

describe('normaliseLabel', () => {
  it.each([
    ['学费总额 (万元)', '学费总额(万元)'],
    ['学费总额（万元）：', '学费总额(万元)'],
    ['* 联系电话:', '联系电话'],
    ['擅长领域和 专业技术方向 ¹', '擅长领域和专业技术方向'],
    ['姓　名', '姓名'],
    ['ＡＢＣ１２３', 'ABC123'],
  ])('%s → %s', (a, b) => expect(normaliseLabel(a)).toBe(b));
});

describe('label inference', () => {
  it('trusts label[for] over everything else', () => {
    const doc = page(
      `<table><tr><td>单元格</td><td><label for="x1">电子邮箱：</label><input id="x1" placeholder="请输入"></td></tr></table>`,
    );
    expect(discoverFields(doc)[0]?.label).toMatchObject({ label: '电子邮箱', source: 'label-for' });
  });

  it('reads a wrapping label, aria-labelledby and aria-label', () => {
    const doc = page(
      `<label>手机 <input></label><span id="l2">民族</span><input aria-labelledby="l2"><input aria-label="性别">`,
    );
    expect(labels(doc)).toEqual(['手机', '民族', '性别']);
  });

  it('reads the label cell to the left in a key/value table (two pairs per row)', () => {
    const doc = page(`<table>
      <tr><td>联系人</td><td><input></td><td>办公电话</td><td><input></td></tr>
      <tr><td>本地区中职学校数</td><td><input></td><td>本地区中职在校生数</td><td><input></td></tr></table>`);
    expect(labels(doc)).toEqual(['联系人', '办公电话', '本地区中职学校数', '本地区中职在校生数']);
    expect(discoverFields(doc)[1]?.label.source).toBe('table-row');
  });

  it('ignores a caption row spanning the whole table', () => {
    const doc = page(`<table><tr><th colspan="4">建设单位信息</th></tr>
      <tr><td>* 建设单位名称：</td><td><input></td><td>所在省份</td><td><select><option>请选择</option></select></td></tr></table>`);
    expect(labels(doc)).toEqual(['建设单位名称', '所在省份']);
  });

  it('reads column headers, including headers spanning columns and rowspan row labels', () => {
    const doc = page(`<table>
      <thead><tr><th rowspan="2">学校类型</th><th rowspan="2">人员类别</th><th colspan="3">配备情况</th></tr>
      <tr><th>总数</th><th>专职</th><th>兼职</th></tr></thead>
      <tbody><tr><td rowspan="2">高等职业学校（专科）</td><td>辅导员</td><td><input></td><td><input></td><td><input></td></tr>
      <tr><td>心理健康教育教师</td><td><input></td><td><input></td><td><input></td></tr></tbody></table>`);
    const fields = discoverFields(doc);
    expect(fields.map((f) => f.label.label)).toEqual(['总数', '专职', '兼职', '总数', '专职', '兼职']);
    expect(fields[3]?.label.row).toBe('高等职业学校(专科)/心理健康教育教师');
    expect(fields[0]?.label.columnPath).toEqual(['配备情况', '总数']);
    expect(new Set(fields.map((f) => f.id)).size).toBe(6);
  });

  it('numbers rows of a repeating table without row labels', () => {
    const doc = page(`<table><tr><th>序号</th><th>姓名</th><th>联系电话</th></tr>
      <tr><td>1</td><td><input></td><td><input></td></tr><tr><td>2</td><td><input></td><td><input></td></tr></table>`);
    const fields = discoverFields(doc);
    expect(fields.map((f) => `${f.label.row}:${f.label.label}`)).toEqual([
      '1:姓名',
      '1:联系电话',
      '2:姓名',
      '2:联系电话',
    ]);
  });

  it('falls back to placeholder, title and nearby text', () => {
    const doc = page(
      `<input placeholder="自查学校数"><div><span>项目周期：</span><input> 至 <input title="结束时间"></div>`,
    );
    expect(labels(doc)).toEqual(['自查学校数', '项目周期', '结束时间']);
  });

  it('a cell with a table inside: its own control makes it a control cell, the inner table’s controls do not', () => {
    const doc = page(`<table><tr><th>名称</th><th>数量</th></tr>
      <tr><td>甲</td><td><table><tr><td>内</td><td><input></td></tr></table><input></td></tr>
      <tr><td>乙</td><td><table><tr><td>内二</td><td><input></td></tr></table></td></tr></table>`);
    expect(discoverFields(doc).map((f) => [f.label.label, f.label.row, f.label.source])).toEqual([
      ['内', null, 'table-row'],
      ['数量', '甲', 'table-column'],
      ['内二', null, 'table-row'],
    ]);
  });

  it('a repeating table: every row’s cells get their column’s header and their own row’s labels', () => {
    const rows = Array.from(
      { length: 40 },
      (_, r) => `<tr><td>${r + 1}</td><td>第${r + 1}单位</td><td><input></td><td><input></td></tr>`,
    ).join('');
    const doc = page(`<table><thead><tr><th rowspan="2">序号</th><th rowspan="2">单位名称</th>
      <th colspan="2">人数（人）</th></tr><tr><th>*专职</th><th>兼职</th></tr></thead><tbody>${rows}</tbody></table>`);
    const fields = discoverFields(doc);
    expect(fields).toHaveLength(80);
    expect(fields.slice(76).map((f) => [f.id, f.label.columnPath, f.required])).toEqual([
      ['t0|39/第39单位|专职', ['人数(人)', '专职'], true],
      ['t0|39/第39单位|兼职', ['人数(人)', '兼职'], false],
      ['t0|40/第40单位|专职', ['人数(人)', '专职'], true],
      ['t0|40/第40单位|兼职', ['人数(人)', '兼职'], false],
    ]);
  });

  it('keeps identities stable when the page re-renders with new generated ids', () => {
    const a = page(`<table><tr><td>联系人</td><td><input id="f_1a2b"></td></tr></table>`);
    const b = page(`<table><tr><td>联系人</td><td><input id="f_9z8y"></td></tr></table>`);
    expect(discoverFields(a)[0]?.id).toBe(discoverFields(b)[0]?.id);
  });

  it('skips hidden and button inputs, and marks passwords, files and tokens sensitive', () => {
    const doc =
      page(`<input type="hidden" name="__VIEWSTATE"><input type="submit"><input type="password" aria-label="密码">
      <input type="file" aria-label="上传"><input name="csrf_token" aria-label="t"><input aria-label="姓名">`);
    expect(discoverFields(doc).map((f) => [f.label.label, f.sensitive])).toEqual([
      ['密码', true],
      ['上传', true],
      ['t', true],
      ['姓名', false],
    ]);
  });
});
