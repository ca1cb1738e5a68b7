// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import zh from '@/public/_locales/zh_CN/messages.json';
import { formsOfProfile } from '@/utils/drafts/across';
import { TianbaoDB } from '@/utils/drafts/db';
import type { DraftKey } from '@/utils/drafts/schema';
import { saveDraft } from '@/utils/drafts/service';
import { discoverFields } from '@/utils/fields/discover';
import { useMessages } from '@/utils/i18n';
import { acrossProblems, type OtherForm } from '@/utils/rules/across';
import { PROFILES } from '@/utils/rules/profiles';
import type { ProfileData } from '@/utils/rules/types';
import { FormValidator, validatorField } from '@/utils/rules/validator';

const profiles = PROFILES as readonly ProfileData[];
const ORIGIN = 'https://nzws.drce.com.cn';
const summaryKey: DraftKey = {
  origin: ORIGIN,
  platform: 'nzws',
  path: '/summary.html',
  fingerprint: 's',
  period: null,
};
const applyKey: DraftKey = { ...summaryKey, path: '/apply.html', fingerprint: 'a' };
let n = 0;

/** A 001 附件2 draft as the page saves it: values and labels by field id. */
const apply = (key: DraftKey, values: Record<string, string>) => ({
  key,
  delta: values,
  labels: Object.fromEntries(Object.keys(values).map((k) => [k, k.replace(/#.*/, '')])),
  title: '社区教育实践创新项目申报表',
  url: `${key.origin}${key.path}`,
});
const PROJECT = {
  '申报单位#1': '江北省青川市社区学院',
  '项目名称#2': '社区老年人智能手机课堂',
  '姓名#3': '王芳',
  '手机#4': '13601198336',
  '主题(10个行动主题选其中之一)#5': '科学素质',
};

describe('the other side comes from the drafts of the same origin, platform and period', () => {
  it('finds the 附件2 drafts by their labels, with values by profile key, and nothing of another origin or period', async () => {
    const db = new TianbaoDB(`across-${n++}`);
    await saveDraft(apply(applyKey, PROJECT), 1, db);
    await saveDraft(apply({ ...applyKey, origin: 'http://nzws.drce.com.cn' }, PROJECT), 2, db);
    await saveDraft(apply({ ...applyKey, period: '2021' }, PROJECT), 3, db);
    const forms = await formsOfProfile(summaryKey, 's001-annex2', db);
    expect(forms).toHaveLength(1);
    expect(forms[0]?.values).toMatchObject({
      project_name: '社区老年人智能手机课堂',
      leader_name: '王芳',
      theme: '科学素质',
    });
    // The summary's own draft is never its own other side, and a form of another annex is not 附件2.
    expect(await formsOfProfile(applyKey, 's001-annex2', db)).toEqual([]);
    expect(await formsOfProfile(summaryKey, 's000-annex2', db)).toEqual([]);
  });
});

function page(html: string) {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  const fields = discoverFields(doc);
  const v = new FormValidator(fields.map(validatorField), profiles);
  const set = (i: number, value: string) => {
    (fields[i]?.el as HTMLInputElement).value = value;
  };
  return { v, set };
}

const summary001 = `<table><tr><th>序号</th><th>项目主题</th><th>项目名称</th><th>项目负责人姓名</th><th>所在单位</th><th>联系电话</th></tr>
  <tr><td>1</td><td><input></td><td><input></td><td><input></td><td><input></td><td><input></td></tr>
  <tr><td>2</td><td><input></td><td><input></td><td><input></td><td><input></td><td><input></td></tr></table>`;
const form001: OtherForm = {
  title: '申报表',
  url: `${ORIGIN}/apply.html`,
  updatedAt: 1,
  values: { project_name: '社区老年人智能手机课堂', leader_name: '王芳', theme: '科学素质' },
};

describe('001 附件3 汇总表 against its 附件2 申报表', () => {
  useMessages('zh_CN', zh);

  it('says when the 申报表 has not been filled here, instead of passing silently', () => {
    const { v, set } = page(summary001);
    expect(v.matches[0]?.profile.id).toBe('s001-annex3');
    expect(acrossProblems(v, profiles, () => [])).toEqual([]); // nothing named yet: nothing to check
    set(1, '社区老年人智能手机课堂');
    const [missing, ...rest] = acrossProblems(v, profiles, () => []);
    expect(rest).toEqual([]);
    expect(missing).toMatchObject({ severity: 'warning', label: '项目名称', kind: 'acrossMissing' });
    expect(missing?.message).toBe(
      '对应的附件2尚未在本机填写（同一平台、同一批次没有它的草稿），无法核对项目名称、姓名、主题(10个行动主题选其中之一)',
    );
    // Not read yet (the background has not answered): nothing is claimed either way.
    expect(acrossProblems(v, profiles, () => undefined)).toEqual([]);
  });

  it('a row that agrees passes; a different 负责人 or 主题 is an error; an unknown 项目 a warning', () => {
    const { v, set } = page(summary001);
    set(0, '科学素质');
    set(1, '社区老年人智能手机课堂');
    set(2, '王芳');
    expect(acrossProblems(v, profiles, () => [form001])).toEqual([]);
    set(0, '家庭教育');
    set(2, '王 芳');
    expect(acrossProblems(v, profiles, () => [form001]).map((p) => [p.label, p.severity, p.message])).toEqual([
      ['项目主题', 'error', '与附件2“社区老年人智能手机课堂”不一致：那边是“科学素质”'],
    ]);
    set(2, '李明');
    set(6, '乡村振兴讲堂');
    expect(acrossProblems(v, profiles, () => [form001]).map((p) => [p.label, p.row, p.severity, p.message])).toEqual([
      ['项目负责人姓名', expect.anything(), 'error', '与附件2“社区老年人智能手机课堂”不一致：那边是“王芳”'],
      ['项目主题', expect.anything(), 'error', '与附件2“社区老年人智能手机课堂”不一致：那边是“科学素质”'],
      ['项目名称', expect.anything(), 'warning', '在附件2的草稿中找不到“乡村振兴讲堂”'],
    ]);
  });
});

describe('000 附件3 汇总表 against its 附件2 推荐表', () => {
  it('matches 姓名 and 擅长领域', () => {
    const { v, set } =
      page(`<table><tr><th>序号</th><th>擅长领域</th><th>姓名</th><th>性别</th><th>年龄</th><th>工作单位</th></tr>
      <tr><td>1</td><td><input></td><td><input></td><td><input></td><td><input></td><td><input></td></tr></table>`);
    expect(v.matches[0]?.profile.id).toBe('s000-annex3');
    set(0, '劳动教育');
    set(1, '赵敏');
    const form: OtherForm = { ...form001, values: { name: '赵敏', expertise: '心理健康教育' } };
    expect(acrossProblems(v, profiles, () => [form]).map((p) => [p.label, p.severity, p.message])).toEqual([
      ['擅长领域', 'error', '与附件2“赵敏”不一致：那边是“心理健康教育”'],
    ]);
    expect(acrossProblems(v, profiles, () => [])[0]).toMatchObject({ severity: 'warning', kind: 'acrossMissing' });
  });
});
