// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getBus } from '@/utils/content/bus';
import { FieldsRuntime } from '@/utils/content/fields-runtime';
import { ProfileRules, RULES_RELOAD_MS } from '@/utils/content/profile-rules';
import { askWithRetries } from '@/utils/content/retry';
import { PROFILES } from '@/utils/rules/profiles';
import type { ProfileData } from '@/utils/rules/types';
import { quietUi } from './runtime-ui';

const profiles = PROFILES as readonly ProfileData[];

/** A page of 001 附件2 (its sections, as the annex prints them), one of them over its length. */
function annexPage(): Document {
  document.body.innerHTML = `<table>
    <tr><th>项目名称</th><td><input id="name"></td></tr>
    <tr><th>一、当地需求</th><td><textarea id="needs"></textarea></td></tr>
    <tr><th>三、项目目的</th><td><textarea id="purpose">${'目'.repeat(201)}</textarea></td></tr>
    <tr><th>四、项目任务</th><td><textarea id="tasks"></textarea></td></tr>
    <tr><th>七、保障措施</th><td><textarea id="safe"></textarea></td></tr>
  </table>`;
  return document;
}

/** A promise and its resolve/reject, to hold the background's answer until the test lets it go. */
function later<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('the annex rules come from the background, once per page (issue #16)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    getBus().platform = 'shequ';
    getBus().summary = null;
  });
  afterEach(() => vi.useRealTimers());

  it('nothing is published before they arrive (no check without them), then the page is checked against its annex', async () => {
    const doc = annexPage();
    const answer = later<readonly ProfileData[]>();
    const ask = vi.fn(() => answer.promise);
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const runtime = new FieldsRuntime(doc, quietUi(), ask);
    const started = runtime.start();
    expect(ask).toHaveBeenCalledTimes(1);
    // The settings are read meanwhile (the save reminder's minutes are asked last, just before the scan would run);
    // still no scan and nothing published while the rules are on their way.
    await vi.waitFor(() =>
      expect(sent.mock.calls.map(([m]) => (m as { type?: string }).type)).toContain('reminder/minutes'),
    );
    expect(getBus().summary).toBeNull();
    expect(runtime.list()).toHaveLength(0);
    answer.resolve(profiles);
    await started;
    expect(getBus().summary?.profiles).toEqual([expect.stringMatching(/^附件2《/)]);
    expect(getBus().summary?.rulesError).toBeNull();
    expect(getBus().problems.map((p) => `${p.label} ${p.kind}`)).toContain('三、项目目的 maxChars');
    // Kept for the page's lifetime: a rescan does not ask again.
    runtime.scan();
    expect(ask).toHaveBeenCalledTimes(1);
    runtime.destroy();
  });

  it('a background that fails the first ask (waking up) is asked again, and the page gets its rules', async () => {
    const doc = annexPage();
    const ask = vi
      .fn<() => Promise<readonly ProfileData[]>>()
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValue(profiles);
    const runtime = new FieldsRuntime(doc, quietUi(), ask);
    await runtime.start();
    expect(ask).toHaveBeenCalledTimes(2);
    expect(getBus().summary?.profiles).toEqual([expect.stringMatching(/^附件2《/)]);
    expect(getBus().summary?.rulesError).toBeNull();
    runtime.destroy();
  });

  it('rules that cannot be had are reported, the page is checked by generic rules meanwhile, and asked again later', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const doc = annexPage();
    let up = false;
    const ask = vi.fn(async () => {
      if (!up) throw new Error('后台无响应');
      return profiles;
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const runtime = new FieldsRuntime(doc, quietUi(), ask);
    const started = runtime.start();
    await vi.advanceTimersByTimeAsync(300 + 1000 + 3000);
    await started;
    expect(ask).toHaveBeenCalledTimes(4);
    expect(getBus().summary?.rulesError).toBe('后台无响应');
    expect(getBus().summary?.profiles).toEqual([]);
    expect(runtime.list().length).toBeGreaterThan(0);
    expect(error).toHaveBeenCalledWith('[填报助手] 附件规则未能加载', expect.any(Error));
    // Later, the background answers: the page is scanned again with the annex's rules and the note goes.
    up = true;
    await vi.advanceTimersByTimeAsync(RULES_RELOAD_MS);
    expect(ask).toHaveBeenCalledTimes(5);
    expect(getBus().summary?.rulesError).toBeNull();
    expect(getBus().summary?.profiles).toEqual([expect.stringMatching(/^附件2《/)]);
    runtime.destroy();
    error.mockRestore();
  });

  it('ProfileRules: one load at a time; a failed reload waits twice as long; destroy stops it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const abort = new AbortController();
    const ask = vi.fn(async (): Promise<readonly ProfileData[]> => {
      throw new Error('down');
    });
    const rules = new ProfileRules(ask, abort.signal, []);
    const [a, b] = await Promise.all([rules.load(), rules.load()]);
    expect([a, b, ask.mock.calls.length, rules.error]).toEqual([null, null, 1, 'down']);
    const loaded = vi.fn();
    rules.reloadLater(loaded);
    await vi.advanceTimersByTimeAsync(RULES_RELOAD_MS);
    expect(ask).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(RULES_RELOAD_MS);
    expect(ask).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(RULES_RELOAD_MS);
    expect(ask).toHaveBeenCalledTimes(3);
    abort.abort();
    await vi.advanceTimersByTimeAsync(10 * RULES_RELOAD_MS);
    expect(ask).toHaveBeenCalledTimes(3);
    expect(loaded).not.toHaveBeenCalled();
    vi.mocked(console.error).mockRestore();
  });

  it('askWithRetries: asks again after each wait, and throws the last failure', async () => {
    let n = 0;
    await expect(
      askWithRetries(async () => {
        n++;
        throw new Error(`fail ${n}`);
      }, [1, 1]),
    ).rejects.toThrow('fail 3');
    expect(await askWithRetries(async () => (++n === 5 ? 'ok' : Promise.reject(new Error('no'))), [1, 1])).toBe('ok');
  });
});
