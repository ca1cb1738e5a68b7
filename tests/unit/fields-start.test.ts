// @vitest-environment happy-dom
// The field engine reads the page's deadlines through the background, asking again while a waking service worker
// fails; once the engine is destroyed (the extension gone, or a newer injection took over) it stops asking.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPageDeadlines } from '@/entrypoints/fields.content/start';
import { answerPageData } from '@/utils/background/page-data';
import { ASK_RETRY_MS } from '@/utils/content/retry';

const TEXT = '数据填报截止时间：2026年12月15日。';

describe('the field engine’s reads of the page’s deadlines', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('are asked again while the background fails, and answered once it is up', async () => {
    vi.useFakeTimers();
    answerPageData();
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    const read = readPageDeadlines(TEXT, 'sg.chinaeducloud.com', new AbortController().signal);
    await vi.advanceTimersByTimeAsync(ASK_RETRY_MS[0]);
    expect((await read).map((f) => f.deadlines.map((d) => d.date))).toEqual([['2026-12-15']]);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('stop once the engine is destroyed: no ask follows, and the read fails', async () => {
    vi.useFakeTimers();
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    const engine = new AbortController();
    const read = readPageDeadlines(TEXT, 'sg.chinaeducloud.com', engine.signal);
    const failed = expect(read).rejects.toThrow();
    await vi.advanceTimersByTimeAsync(ASK_RETRY_MS[0]);
    expect(send).toHaveBeenCalledTimes(2);
    engine.abort();
    await failed;
    await vi.advanceTimersByTimeAsync(ASK_RETRY_MS.reduce((a, b) => a + b, 0));
    expect(send).toHaveBeenCalledTimes(2);
  });
});
