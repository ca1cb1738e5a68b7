// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import zh from '@/public/_locales/zh_CN/messages.json';
import { SaveReminder, saveControl } from '@/utils/content/save-reminder';
import { t, useMessages } from '@/utils/i18n';
import { reminderMinutes, SAVE_REMINDER_MINUTES } from '@/utils/settings/save-reminder';

const MIN = 60_000;

/** A click as the user makes it (trusted), on an element of the page. */
const userClick = (target: Element) => ({ isTrusted: true, target }) as unknown as Event;

describe('the save reminder (fake clock)', () => {
  let abort: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    abort = new AbortController();
    document.body.innerHTML = `<input id="f"><div class="btns"><button type="button">保 存</button>
      <button type="button">提交</button><a role="button">暂存草稿</a></div>`;
  });
  afterEach(() => {
    abort.abort();
    vi.useRealTimers();
  });

  it('appears after 20 minutes of typing not saved to the platform, and a click of 保存 resets it', () => {
    const changes = vi.fn();
    const r = new SaveReminder(SAVE_REMINDER_MINUTES.fallback, changes, abort.signal);
    vi.advanceTimersByTime(5 * MIN);
    r.typedNow();
    vi.advanceTimersByTime(15 * MIN - 1);
    expect(r.state.due).toBe(false);
    vi.advanceTimersByTime(1);
    expect(r.state).toEqual({ due: true, minutes: 20 });
    expect(changes).toHaveBeenCalledTimes(1);

    const [saveButton] = [...document.querySelectorAll('button')];
    r.clicked(userClick(saveButton as Element));
    expect(r.state.due).toBe(false);
    // Counting starts again from the click: 19 minutes of typing later, still nothing.
    r.typedNow();
    vi.advanceTimersByTime(19 * MIN);
    expect(r.state.due).toBe(false);
    vi.advanceTimersByTime(MIN);
    expect(r.state.due).toBe(true);
  });

  it('says nothing when nothing was typed, however long the page is open', () => {
    const r = new SaveReminder(20, () => undefined, abort.signal);
    vi.advanceTimersByTime(120 * MIN);
    expect(r.state.due).toBe(false);
    // Typing after the time has passed: the work is unsaved since the page loaded, so it says so at once.
    r.typedNow();
    vi.advanceTimersByTime(0);
    expect(r.state.due).toBe(true);
  });

  it('only the user’s own click on 保存/暂存 counts: not 提交, not a script’s click', () => {
    const r = new SaveReminder(20, () => undefined, abort.signal);
    r.typedNow();
    vi.advanceTimersByTime(20 * MIN);
    const [saveButton, submitButton] = [...document.querySelectorAll('button')] as Element[];
    r.clicked(userClick(submitButton as Element));
    r.clicked({ isTrusted: false, target: saveButton } as unknown as Event);
    expect(r.state.due).toBe(true);
    r.clicked(userClick(document.querySelector('a') as Element));
    expect(r.state.due).toBe(false);
  });

  it('follows the minutes set (0: never), and a policy’s minutes win over the user’s', () => {
    const r = new SaveReminder(20, () => undefined, abort.signal);
    r.setMinutes(5);
    r.typedNow();
    vi.advanceTimersByTime(5 * MIN);
    expect(r.state).toEqual({ due: true, minutes: 5 });
    r.setMinutes(0);
    vi.advanceTimersByTime(600 * MIN);
    expect(r.state.due).toBe(false);
    expect(reminderMinutes(20, 30)).toBe(30);
    expect(reminderMinutes(20, undefined)).toBe(20);
    expect(SAVE_REMINDER_MINUTES.schema.safeParse(241).success).toBe(false);
    expect(SAVE_REMINDER_MINUTES.schema.safeParse(2.5).success).toBe(false);
  });

  it('stops with the page: no timer left behind', () => {
    const changes = vi.fn();
    const r = new SaveReminder(20, changes, abort.signal);
    r.typedNow();
    abort.abort();
    vi.advanceTimersByTime(60 * MIN);
    expect(changes).not.toHaveBeenCalled();
  });

  it('knows the page’s save buttons by their text, and says the reminder in the users’ words', () => {
    expect(saveControl(document.querySelector('button'))).not.toBeNull();
    expect(saveControl(document.querySelectorAll('button')[1] ?? null)).toBeNull();
    expect(saveControl(document.getElementById('f'))).toBeNull();
    useMessages('zh_CN', zh);
    expect(t('saveReminder', '20')).toBe('已有 20 分钟未保存到平台，平台会话可能过期；草稿已在本机保存');
  });
});
