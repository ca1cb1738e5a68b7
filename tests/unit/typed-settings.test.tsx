// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SaveReminderSetting } from '@/components/options/save-reminder-setting';
import zh from '@/public/_locales/zh_CN/messages.json';
import { useMessages } from '@/utils/i18n';
import { SAVE_REMINDER_MINUTES } from '@/utils/settings/save-reminder';
import { readSetting } from '@/utils/settings/store';

// The dashboard's drafts section re-renders whenever a platform page saves a draft. A settings input bound as
// `value` was written back by such a render: the minutes a user was typing were lost before Enter, and Enter then
// committed the old value (the e2e save-reminder spec failed on it whenever a render fell between typing and Enter).
describe('a settings input keeps what the user types through a re-render of its section', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useMessages('zh_CN', zh);
  });

  async function typed(value: string): Promise<{ root: HTMLElement; input: HTMLInputElement }> {
    const root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<SaveReminderSetting key="a" />, root));
    const input = root.querySelector('[data-testid=save-reminder-minutes]') as HTMLInputElement;
    await act(async () => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // The section renders again (a draft saved elsewhere), before the user presses Enter.
    await act(() => render(<SaveReminderSetting key="a" />, root));
    return { root, input };
  }

  it('bad minutes typed, then a render, then Enter: refused in words, the value in force shown, nothing stored', async () => {
    const { root, input } = await typed('500');
    expect(input.value).toBe('500');
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(root.querySelector('[data-testid=save-reminder-status]')?.textContent).toBe(
      '请填写 0 到 240 之间的整数分钟数，未作更改。',
    );
    expect(input.value).toBe('20');
    expect(await readSetting(SAVE_REMINDER_MINUTES)).toBe(20);
  });

  it('good minutes typed, then a render, then Enter: those minutes are saved', async () => {
    const { root, input } = await typed('5');
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect.poll(() => readSetting(SAVE_REMINDER_MINUTES)).toBe(5);
    await expect
      .poll(() => root.querySelector('[data-testid=save-reminder-status]')?.textContent)
      .toBe('已保存：5 分钟');
  });
});
