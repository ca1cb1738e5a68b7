// @vitest-environment happy-dom
import fs from 'node:fs';
import { expect, it } from 'vitest';
import { discoverFields } from '@/utils/fields/discover';
import { PROFILES } from '@/utils/rules/profiles';
import type { ProfileData } from '@/utils/rules/types';
import { FormValidator, validatorField } from '@/utils/rules/validator';

it('an end before its start is one problem, though two of the annex’s rules see it (order and span)', () => {
  const html = fs.readFileSync('tests/fixtures/sites/nzws.drce.com.cn/apply.html', 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const fields = discoverFields(doc);
  const v = new FormValidator(fields.map(validatorField), PROFILES as readonly ProfileData[]);
  const set = (label: string, value: string) => {
    const f = fields.find((x) => x.label.label === label);
    if (!f) throw new Error(label);
    (f.el as HTMLInputElement).value = value;
    v.validate(f.id);
  };
  set('开始时间', '2023-05-01');
  set('结束时间', '2023-04-01');
  const messages = v.problems().map((p) => `${p.label}: ${p.message}`);
  expect(messages.filter((m) => m.includes('不能早于'))).toEqual(['结束时间: “结束时间”不能早于“开始时间”']);
});
