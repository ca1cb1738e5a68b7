// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { discoverFields } from '@/utils/fields/discover';
import { genericRules } from '@/utils/rules/generic';
import { FormProfile } from '@/utils/rules/profile-schema';
import { PROFILES } from '@/utils/rules/profiles';
import { severityOf } from '@/utils/rules/severity';
import type { ProfileData } from '@/utils/rules/types';
import { FormValidator, validatorField } from '@/utils/rules/validator';
import { seedSpan, squash } from './seeds';

/** Kinds that are formats, enums, sums or required fields: never a principle to explain away. */
const HARD_KINDS = new Set([
  'integer',
  'decimal',
  'phone',
  'email',
  'url',
  'date',
  'enum',
  'required',
  'noneIfEmpty',
  'yesNo',
  'urlWhen',
  'sum',
  'dateOrder',
  'rowsMatch',
]);

const everyRule = PROFILES.flatMap((input) => {
  const p = FormProfile.parse(input);
  return [
    ...p.fields.flatMap((f) => f.rules.map((r) => ({ where: `${p.id}.${f.key}`, ...r }))),
    ...p.cross.map((c, i) => ({ where: `${p.id}.cross${i}`, ...c })),
    ...(p.across ?? []).map((c, i) => ({ where: `${p.id}.across${i}`, ...c })),
  ];
});

describe('severity from the rule’s source', () => {
  it('the wording decides: 原则上, 一般, 建议, 尽量 soften a rule into a warning', () => {
    expect(severityOf('原则上申报的项目应于两年之内完成')).toBe('warning');
    expect(severityOf('年龄原则上不超过65周岁')).toBe('warning');
    expect(severityOf('(注：报告一般不超过 8000 字)')).toBe('warning');
    expect(severityOf('建议控制在3000字以内')).toBe('warning');
    expect(severityOf('尽量量化')).toBe('warning');
    expect(severityOf('每个方面不超过15名')).toBe('error');
    expect(severityOf('请填写 11 位手机号码')).toBe('error');
  });

  it.each(everyRule.map((r) => [r.where, r.rule.kind, r.severity, r.source.text] as const))(
    '%s (%s) is recorded as %s, as its source “%s” says',
    (_where, kind, severity, text) => {
      expect(severity).toBe(severityOf(text));
      if (HARD_KINDS.has(kind)) expect(severity).toBe('error');
    },
  );

  it('every rule across tables quotes its seed and names fields both profiles have', () => {
    const across = PROFILES.flatMap((p) => (p.across ?? []).map((a) => ({ p, a })));
    expect(across.map(({ p, a }) => `${p.id}→${a.rule.other}`)).toEqual([
      's000-annex3→s000-annex2',
      's001-annex3→s001-annex2',
    ]);
    for (const { p, a } of across) {
      expect(seedSpan(a.source.seed, a.source.line, a.source.line + 2)).toContain(squash(a.source.text));
      const other = PROFILES.find((x) => x.id === a.rule.other);
      for (const pair of [a.rule.key, ...a.rule.same]) {
        expect(
          p.fields.some((f) => f.key === pair.here),
          `${p.id}.${pair.here}`,
        ).toBe(true);
        expect(
          other?.fields.some((f) => f.key === pair.there),
          `${a.rule.other}.${pair.there}`,
        ).toBe(true);
      }
    }
  });

  it('the seven profiles hold exactly the three principles of the seeds as warnings', () => {
    expect(everyRule.length).toBeGreaterThan(60);
    expect(everyRule.filter((r) => r.severity === 'warning').map((r) => `${r.where}:${r.rule.kind}`)).toEqual([
      's000-annex2.birth_month:maxAge',
      's000-annex3.age:maxAge',
      's001-annex2.cross1:spanWithin',
    ]);
  });

  it('generic word limits: 一般不超过 is a warning, 限 is an error', () => {
    expect(genericRules('特色案例（一般不超过1500字）')[0]).toMatchObject({ severity: 'warning' });
    expect(genericRules('评论(限500字)')[0]).toMatchObject({ severity: 'error' });
    expect(genericRules('联系电话')[0]).toMatchObject({ severity: 'error' });
  });
});

describe('problems carry their severity', () => {
  const apply = `<table>
    <tr><th>项目名称</th><td><input></td></tr>
    <tr><th>手机</th><td><input></td></tr>
    <tr><th>项目周期</th><td><input placeholder="开始时间"> 至 <input placeholder="结束时间"></td></tr>
    <tr><th>三、项目目的 (200 字以内)</th><td><textarea></textarea></td></tr></table>`;

  it('001 附件2: a three-year 项目周期 is a warning, a 10-digit 手机 an error, an end before its start an error', () => {
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${apply}</body>`, 'text/html');
    const fields = discoverFields(doc);
    const v = new FormValidator(fields.map(validatorField), PROFILES as readonly ProfileData[]);
    expect(v.matches[0]?.profile.id).toBe('s001-annex2');
    const set = (i: number, value: string) => {
      (fields[i]?.el as HTMLInputElement).value = value;
      v.validate(fields[i]?.id ?? '');
    };
    set(1, '1360119833');
    set(2, '2022-10-01');
    set(3, '2025-10-01');
    expect(v.problems().map((p) => [p.label, p.severity, p.kind])).toEqual([
      ['手机', 'error', 'phone'],
      ['结束时间', 'warning', 'spanWithin'],
    ]);
    set(3, '2022-09-01');
    expect(v.problems().map((p) => [p.message, p.severity])).toContainEqual(['“结束时间”不能早于“开始时间”', 'error']);
    expect(v.problems().some((p) => p.severity === 'warning')).toBe(false);
  });
});
