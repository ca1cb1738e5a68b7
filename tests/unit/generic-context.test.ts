// A table row's label is read with each generic rule only where it can change the rule (issue #16: a 1,000-row table
// gets its columns' rules once per column). Where contextFree says the context cannot matter, the rules are exactly
// those of the label alone; where it can, the context still changes them.
import { describe, expect, it } from 'vitest';
import { contextFree, genericRules } from '@/utils/rules/generic';

const LABELS = [
  '联系电话',
  '手机号码',
  '电子邮箱',
  '学校网址',
  '出生年月',
  '填报日期',
  '专任教师数',
  '人数(人)',
  '项目1',
  '合计',
  '比例(%)',
  '经费',
  '简介(限500字)',
  '字以内',
  '00字以内',
  '特色案例（一般不超过1500字）',
];
const CONTEXTS = [
  [],
  ['第12单位'],
  ['1/第1单位', '人数(人)', '项目1'],
  ['辅导员', '配备情况', '总数'],
  ['限500'],
  ['一般'],
  ['建设经费(万元)'],
  ['金额'],
  ['收入(元)'],
  ['12'],
  ['原则上', '说明'],
];

describe('generic rules and the context around a label', () => {
  it('where the context is free, the rules are those of the label alone', () => {
    let free = 0;
    for (const label of LABELS) {
      for (const parts of CONTEXTS) {
        if (!contextFree(label, parts)) continue;
        free++;
        expect(genericRules(label, parts.join(' ')), `${label} | ${parts.join(' ')}`).toEqual(genericRules(label));
      }
    }
    expect(free).toBeGreaterThan(50);
  });

  it('a context that changes the rules is never called free', () => {
    const cases: [string, string[]][] = [
      ['合计', ['建设经费(万元)']],
      ['字以内', ['12']],
      ['字以内', ['限500']],
      ['简介(限500字)', ['一般']],
    ];
    for (const [label, parts] of cases) {
      expect(genericRules(label, parts.join(' '))).not.toEqual(genericRules(label));
      expect(contextFree(label, parts)).toBe(false);
    }
  });
});
