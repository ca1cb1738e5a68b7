// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Hints } from '@/components/fields/hints';
import zh from '@/public/_locales/zh_CN/messages.json';
import type { ProblemItem } from '@/utils/content/bus';
import { useMessages } from '@/utils/i18n';

const problem = (fieldId: string, message: string): ProblemItem =>
  ({ fieldId, label: fieldId, row: null, message, basis: '', kind: 'format', severity: 'error' }) as ProblemItem;

/** The hints drawn now, by field (our hints layer is a shadow root of its own). */
const drawn = () =>
  Array.from(
    document.querySelector('tianbao-hints')?.shadowRoot?.querySelectorAll<HTMLElement>('[data-testid="field-hint"]') ??
      [],
    (n) => n.dataset.field,
  );

describe('inline hints beside a field the page flags itself', () => {
  let hints: Hints | null = null;
  beforeAll(() => useMessages('zh_CN', zh));
  afterEach(() => {
    hints?.destroy();
    hints = null;
    document.body.replaceChildren();
  });

  it('step aside while the page shows its own message there, and come back once it is gone', () => {
    document.body.innerHTML = '<input id="mobile"><input id="name">';
    const el = (id: string) => document.getElementById(id) as HTMLElement;
    hints = new Hints(document);
    const problems = [problem('手机', '应为 11 位手机号码'), problem('手机', '必填'), problem('姓名', '必填')];
    const targetOf = (id: string) => ({ el: el(id === '手机' ? 'mobile' : 'name'), frame: null });
    let pageSays = true;
    hints.show(problems, targetOf, (id) => pageSays && id === '手机');
    expect(drawn()).toEqual(['姓名']);
    // Every problem of that field steps aside, not only the first.
    expect(document.querySelector('tianbao-hints')?.shadowRoot?.textContent).not.toContain('11 位');
    pageSays = false;
    hints.show(problems, targetOf, (id) => pageSays && id === '手机');
    expect(drawn()).toEqual(['手机', '姓名']);
    expect(document.querySelector('tianbao-hints')?.shadowRoot?.textContent).toContain('应为 11 位手机号码');
  });

  it('a check that finds the same problem keeps its hint (no redraw); a new message is a new hint', () => {
    document.body.innerHTML = '<input id="mobile">';
    const targetOf = () => ({ el: document.getElementById('mobile') as HTMLElement, frame: null });
    const node = () =>
      document.querySelector('tianbao-hints')?.shadowRoot?.querySelector<HTMLElement>('[data-field="手机"]');
    hints = new Hints(document);
    hints.show([problem('手机', '应为 11 位手机号码')], targetOf);
    const first = node();
    hints.show([problem('手机', '应为 11 位手机号码')], targetOf);
    expect(node()).toBe(first);
    hints.show([problem('手机', '必填')], targetOf);
    expect(node()).not.toBe(first);
    expect(node()?.textContent).toContain('必填');
  });
});
