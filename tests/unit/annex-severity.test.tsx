// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { FormRows } from '@/components/workbench/form-rows';
import zh from '@/public/_locales/zh_CN/messages.json';
import { annexById } from '@/utils/annex/annexes';
import { problemsOfValues } from '@/utils/annex/validate';
import { useMessages } from '@/utils/i18n';

// 附件2 (000): 性别 is one of 男/女 (an error to fix); 不超过65岁 is a principle (a warning to check or explain).
const found = annexById('s000-annex2');
if (!found) throw new Error('no annex s000-annex2');
const experts = found;

describe('workbench problems keep their level (#17)', () => {
  const values = { form: { gender: '女性', birth_month: '1950-01' }, rows: [] };

  it('problemsOfValues carries each problem severity', () => {
    const problems = problemsOfValues(experts, values);
    expect(problems.get('form:gender')?.map((p) => p.severity)).toEqual(['error']);
    expect(problems.get('form:birth_month')?.map((p) => p.severity)).toEqual(['warning']);
  });

  it('the hints open with the words of their level', () => {
    useMessages('zh_CN', zh);
    const host = document.createElement('table');
    document.body.append(host);
    render(
      <FormRows
        annex={experts}
        rows={experts.layout.top}
        values={values.form}
        problems={problemsOfValues(experts, values)}
        onInput={() => undefined}
        idPrefix="t"
      />,
      host,
    );
    const hint = (key: string) => host.querySelector(`[data-testid="wb-hint-${key}"]`);
    expect(hint('gender')?.textContent).toBe('必须修改：只能填写以下之一：“男”、“女”');
    expect(hint('gender')?.getAttribute('data-severity')).toBe('error');
    expect(hint('birth_month')?.textContent).toMatch(/^请核实或填写说明：.*65/);
    expect(hint('birth_month')?.getAttribute('data-severity')).toBe('warning');
  });
});
