// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { ImportSection } from '@/components/options/import-section';
import zh from '@/public/_locales/zh_CN/messages.json';
import { useMessages } from '@/utils/i18n';

/** A notice written for this test (not a real one): an approximate day, a year from context, an exact date. */
const NOTICE = `示例省教育厅关于报送2026年度数据的通知（测试用）
各学校：
一、请于2026年12月中旬前登录中职学校系统填报数据。
二、12月31日前，各学校将年度报告发送至 report@example.edu.cn。
三、请于2027年1月15日前提交材料。
示例省教育厅
2026年11月1日`;

async function parseIn(root: HTMLElement, text: string): Promise<void> {
  const textarea = root.querySelector<HTMLTextAreaElement>('[data-testid="notice-text"]');
  if (!textarea) throw new Error('no text area');
  await act(() => {
    textarea.value = text;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => root.querySelector<HTMLButtonElement>('[data-testid="notice-parse"]')?.click());
}

describe('the import review', () => {
  it('says in an alert that a text is no notice, and offers no review', async () => {
    useMessages('zh_CN', zh);
    const root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<ImportSection />, root));
    await parseIn(root, '今天天气很好。');
    const alert = root.querySelector('[role="alert"][data-testid="import-status"]');
    expect(alert?.textContent).toContain('这不像一份通知');
    expect(root.querySelector('[data-testid="import-review"]')).toBeNull();
    root.remove();
  });

  it("shows the parser's note beside each deadline that has one", async () => {
    useMessages('zh_CN', zh);
    const root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<ImportSection />, root));
    await parseIn(root, NOTICE);
    expect(root.querySelector('[data-testid="import-status"]')).toBeNull();
    const deadlines = [...root.querySelectorAll<HTMLElement>('[data-testid="import-deadline"]')];
    const shown = deadlines.map((li) => [
      li.dataset.date,
      li.querySelector('[data-testid="import-deadline-note"]')?.textContent ?? null,
    ]);
    expect(shown).toEqual([
      ['2026-12-20', '说明：“中旬”按当月20日计，为近似日期'],
      ['2026-12-31', '说明：年份据通知上下文推定'],
      ['2027-01-15', null],
    ]);
    // The date field is described by its note, for a screen reader.
    const date = deadlines[1]?.querySelector('[data-testid="import-deadline-date"]');
    const describedBy = date?.getAttribute('aria-describedby') ?? '';
    expect(root.querySelector(`[id="${describedBy}"]`)?.textContent).toBe('说明：年份据通知上下文推定');
    expect(deadlines[2]?.querySelector('[data-testid="import-deadline-date"]')?.hasAttribute('aria-describedby')).toBe(
      false,
    );
  });
});
