// @vitest-environment happy-dom
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { discoverFields } from '@/utils/fields/discover';
import { PROFILES } from '@/utils/rules/profiles';
import type { ProfileData } from '@/utils/rules/types';
import { FormValidator, validatorField } from '@/utils/rules/validator';

const profiles = PROFILES as readonly ProfileData[];

function page(html: string) {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  const fields = discoverFields(doc);
  const v = new FormValidator(fields.map(validatorField), profiles);
  return { doc, v, empty: () => v.requiredEmpty().map((f) => f.label) };
}

describe('required = the annex rules plus the page’s own marks', () => {
  it('reads a star before or after the label, `required` and aria-required', () => {
    const { empty } = page(`
      <label for="a">*姓名：</label><input id="a">
      <label for="b">办公地址 *</label><input id="b">
      <label for="c"><span class="red">＊</span>学校名称</label><input id="c">
      <input id="d" required placeholder="填报单位">
      <input id="e" aria-required="true" aria-label="电子邮箱">
      <label for="f">备注</label><input id="f">
      <label for="g">评分*50%</label><input id="g">
      <input id="h" aria-required="false" aria-label="微信">`);
    expect(empty()).toEqual(['姓名', '办公地址', '学校名称', '填报单位', '电子邮箱']);
  });

  it('reads the mark in a table’s label cell and in a wrapping label; filled fields are not missing', () => {
    const { doc, v, empty } = page(`
      <table><tr><th><span class="red">*</span>报告年度：</th><td><input id="y"></td></tr>
      <tr><th>审议日期：</th><td><input id="d"></td></tr></table>
      <label>*填报人：<input id="p"></label>`);
    expect(empty()).toEqual(['报告年度', '填报人']);
    (doc.getElementById('y') as HTMLInputElement).value = '2022';
    expect(v.requiredEmpty().map((f) => f.label)).toEqual(['填报人']);
  });

  it('counts a required radio group once, and not at all once one is picked', () => {
    const { doc, empty } = page(`<fieldset><legend>*性别</legend>
      <label><input type="radio" name="sex" value="男" required>男</label>
      <label><input type="radio" name="sex" value="女" required>女</label></fieldset>`);
    expect(empty()).toHaveLength(1);
    (doc.querySelector('input[value="女"]') as HTMLInputElement).checked = true;
    expect(empty()).toEqual([]);
  });

  it('skips a starred field its page hides (the other 建设单位类型’s row)', () => {
    const { empty } = page(`<div hidden><label for="q">*专业群名称：</label><input id="q"></div>
      <label for="r">*专业群A名称：</label><input id="r">`);
    expect(empty()).toEqual(['专业群A名称']);
  });

  it('reads Element UI’s required form items (the star is drawn by CSS)', () => {
    const { empty } = page(`<div class="el-form-item is-required"><label class="el-form-item__label">年度：</label>
      <div class="el-form-item__content"><input class="el-input__inner" id="x"></div></div>
      <div class="el-form-item"><label class="el-form-item__label">中央财政投入：</label>
      <div class="el-form-item__content"><input class="el-input__inner"></div></div>`);
    expect(empty()).toEqual(['年度']);
  });

  it('on the 申报表, the five starred fields and the annex’s own required one are missing when empty', () => {
    const html = fs.readFileSync('tests/fixtures/sites/nzws.drce.com.cn/apply.html', 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const v = new FormValidator(discoverFields(doc).map(validatorField), profiles);
    expect(v.requiredEmpty().map((f) => f.label)).toEqual(
      expect.arrayContaining([
        '申报单位',
        '项目名称',
        '主题(10个行动主题选其中之一)',
        '联系人',
        '联系电话',
        '省级教育行政部门意见',
      ]),
    );
  });
});
