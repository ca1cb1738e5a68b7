// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { discoverFields } from '@/utils/fields/discover';
import { checkRule, countChars, parseDay } from '@/utils/rules/compile';
import { genericRules } from '@/utils/rules/generic';
import { PROFILES } from '@/utils/rules/profiles';
import type { FieldRule, ProfileData } from '@/utils/rules/types';
import { FormValidator, validatorField } from '@/utils/rules/validator';

const profiles = PROFILES as readonly ProfileData[];

/** A value that passes and one that fails each kind of rule (enum values come from the rule itself). */
function samples(rule: FieldRule): { good: string[]; bad: string[] } {
  switch (rule.kind) {
    case 'integer':
      return {
        good: ['0', '12', '１２'].filter((v) => Number(v.normalize('NFKC')) >= (rule.min ?? 0)),
        bad: ['12.5', '十二', '12人', '-3'],
      };
    case 'decimal':
      return { good: ['0', '12.5', '1,200'], bad: ['约12万', '-1', '12万元'] };
    case 'phone':
      return rule.accept === 'mobile'
        ? { good: ['13601198336'], bad: ['1360119833', '010-66096478', '23601198336'] }
        : rule.accept === 'landline'
          ? {
              good: ['010-66096478', '0514-87433382', '010-66096478、66097145', '010—66097867'],
              bad: ['66096478', '13601198336', '010-6609'],
            }
          : { good: ['13601198336', '010-66096478', '010-66096478、66097145'], bad: ['66096478', '12345', 'abc'] };
    case 'email':
      return {
        good: ['zcsdyc@moe.edu.cn', 'caeabgs@126.com'],
        bad: ['zcsdyc@moe', 'zcsdyc moe.edu.cn', '@moe.edu.cn'],
      };
    case 'url':
      return {
        good: ['https://nzws.drce.com.cn', 'www.shequ.edu.cn', 'http://10.1.2.3:8080/zt'],
        bad: ['线上平台', 'http//x'],
      };
    case 'date':
      return rule.precision === 'day'
        ? {
            good: ['2023-03-01', '2023年3月1日', '2024.2.29'],
            bad: ['2023-02-30', '2023-13-01', '三月一日', '2023-03'],
          }
        : { good: ['1970-05', '1970年5月', '1970.05'], bad: ['1970-13', '五月', '70-05'] };
    case 'enum':
      return { good: [...rule.values], bad: ['其他', `${rule.values[0]}等`] };
    case 'maxChars':
      return { good: ['字'.repeat(rule.max), `${'字'.repeat(rule.max - 1)}\n `], bad: ['字'.repeat(rule.max + 1)] };
    case 'minChars':
      return { good: ['字'.repeat(rule.min)], bad: ['字'.repeat(rule.min - 1)] };
    case 'required':
      return { good: ['同意'], bad: ['', '  '] };
    case 'noneIfEmpty':
      return { good: [rule.word, '某某公司'], bad: [''] };
    case 'maxAge':
      return { good: ['65', '1960-03'], bad: ['66', '1950-01'] };
    case 'yesNo':
      return { good: ['是', '否'], bad: ['有', 'yes'] };
    case 'urlWhen':
      return { good: [], bad: [] };
  }
}

describe('every rule of every annex profile has a passing and a failing value', () => {
  for (const p of profiles) {
    for (const f of p.fields) {
      for (const { rule } of f.rules) {
        if (rule.kind === 'urlWhen') continue; // needs the other field: tested below
        it(`${p.id} ${f.key}: ${rule.kind}`, () => {
          const { good, bad } = samples(rule);
          expect(good.length + bad.length).toBeGreaterThan(0);
          for (const v of good) expect(checkRule(rule, v, { referenceDate: p.referenceDate }), `${v}`).toBeNull();
          for (const v of bad) expect(checkRule(rule, v, { referenceDate: p.referenceDate }), `${v}`).toMatch(/\S/);
        });
      }
    }
  }
});

describe('rule messages say how to fix', () => {
  it.each<[FieldRule, string, RegExp]>([
    [{ kind: 'integer', min: 0 }, '12人', /非负整数.*不要带单位/],
    [{ kind: 'phone', accept: 'mobile' }, '123', /11 位手机号码，如 13601198336/],
    [{ kind: 'maxChars', max: 200 }, '字'.repeat(205), /不超过 200 字，现有 205 字，请删减 5 字/],
    [{ kind: 'enum', values: ['校领导', '中层干部', '教师'] }, '处长', /“校领导”、“中层干部”、“教师”/],
    [{ kind: 'noneIfEmpty', word: '无' }, '', /没有请填“无”/],
    [{ kind: 'maxAge', max: 65 }, '1957-01', /不超过 65 周岁（按 2023-02-18 计算，现为 66 周岁）/],
  ])('%j on %j', (rule, value, message) => {
    expect(checkRule(rule, value, { referenceDate: '2023-02-18' })).toMatch(message);
  });

  it('counts 字 without whitespace and reads dates strictly', () => {
    expect(countChars('一 二\n三')).toBe(3);
    expect(parseDay('2023-02-29')).toBeNull();
    expect(parseDay('2024年2月29日')).toEqual({ y: 2024, m: 2, d: 29 });
  });
});

describe('generic rules from a label’s meaning', () => {
  it.each([
    ['联系电话', 'phone'],
    ['手机', 'phone'],
    ['电子邮箱', 'email'],
    ['学校网址', 'url'],
    ['填报日期', 'date'],
    ['出生年月', 'date'],
    ['经费投入(万元)', 'decimal'],
    ['培训人数', 'integer'],
    ['自查学校数(所)', 'integer'],
    ['参与企业数(家)', 'integer'],
  ])('%s → %s', (label, kind) => {
    expect(genericRules(label).map((g) => g.rule.kind)).toContain(kind);
  });

  it('reads word limits and leaves plain labels alone', () => {
    expect(genericRules('特色案例(一般不超过1500字)')[0]?.rule).toEqual({ kind: 'maxChars', max: 1500 });
    expect(genericRules('评论(限500字)')[0]?.rule).toEqual({ kind: 'maxChars', max: 500 });
    expect(genericRules('学校名称')).toEqual([]);
    expect(genericRules('自评分')).toEqual([]);
    expect(genericRules('年度绩效目标完成率(%)')).toEqual([]);
  });
});

function form(html: string) {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  const fields = discoverFields(doc);
  const v = new FormValidator(fields.map(validatorField), profiles);
  const set = (i: number, value: string) => {
    const f = fields[i];
    if (!f) throw new Error(`no field ${i}`);
    (f.el as HTMLInputElement).value = value;
    v.validate(f.id);
  };
  return { fields, v, set };
}

describe('cross-field rules', () => {
  const annex1 = `<table>
    <tr><td>联系人</td><td><input></td><td>办公电话</td><td><input></td></tr>
    <tr><td>本地区中职学校数</td><td><input></td><td>本地区中职在校生数</td><td><input></td></tr>
    <tr><td>成立校级心理健康教育领导小组的中职学校数</td><td><input></td><td>建立心理健康教育工作机制的中职学校数</td><td><input></td></tr></table>`;

  it('000 附件1: counts of schools ≤ 本地区中职学校数', () => {
    const { v, set } = form(annex1);
    expect(v.matches[0]?.profile.id).toBe('s000-annex1');
    set(2, '120');
    set(4, '130');
    expect(v.problems().map((p) => p.message)).toEqual(['不应大于“本地区中职学校数”（120），现为 130']);
    set(4, '118');
    expect(v.problems()).toEqual([]);
  });

  it('000 附件3: at most 15 experts per 擅长领域', () => {
    const rows = Array.from(
      { length: 16 },
      (_, i) => `<tr><td>${i + 1}</td><td><input value="劳动教育"></td><td><input></td><td><input></td></tr>`,
    );
    const { v } = form(
      `<table><tr><th>序号</th><th>擅长领域</th><th>姓名</th><th>年龄</th></tr>${rows.join('')}</table>`,
    );
    v.validateAll();
    expect(v.matches[0]?.profile.id).toBe('s000-annex3');
    expect(v.problems().map((p) => p.message)).toEqual(['“劳动教育”已有 16 人，每个方面不超过 15 名']);
  });

  it('000 附件5: 开始时间 ≤ 结束时间, and 办学地点 of 网络培训 is a URL', () => {
    const { v, set } =
      form(`<table><tr><th>序号</th><th>高校名称</th><th>开始时间</th><th>结束时间</th><th>办学方式</th><th>办学地点 (网络培训填写平台网址)</th><th>合作方 (包括委托方)名称, 没有 请填“无”</th></tr>
      <tr><td>1</td><td><input></td><td><input></td><td><input></td><td><input></td><td><input></td><td><input></td></tr></table>`);
    set(0, '青川大学');
    set(5, '无');
    set(1, '2023-05-01');
    set(2, '2023-04-01');
    expect(v.problems().map((p) => p.message)).toContain('“结束时间”不能早于“开始时间”');
    set(2, '2023-06-01');
    set(3, '网络培训');
    set(4, '青川大学继续教育学院');
    expect(v.problems().map((p) => p.message)).toEqual([expect.stringContaining('平台网址')]);
    set(4, 'https://jxjy.example.edu.cn');
    expect(v.problems()).toEqual([]);
  });

  it('001 附件2: 项目周期 within two years', () => {
    const { v, set } = form(`<table><tr><td>申报单位</td><td><input></td></tr><tr><td>项目名称</td><td><input></td></tr>
      <tr><td>项目周期</td><td><input placeholder="开始时间"> 至 <input placeholder="结束时间"></td></tr>
      <tr><td>三、项目目的 (200 字以内)</td><td><textarea></textarea></td></tr></table>`);
    set(2, '2022-10-01');
    set(3, '2024-09-30');
    expect(v.problems()).toEqual([]);
    set(3, '2024-10-02');
    expect(v.problems().map((p) => p.message)).toEqual([expect.stringContaining('两年之内')]);
  });
});
