import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageState } from '@/utils/checklist/page-state';
import { getBus } from '@/utils/content/bus';
import { PUSH_INTERVAL_MS, PUSH_RETRY_MS, pushPageState } from '@/utils/content/page-state-push';

/*
 * The overlay tells the background what the page shows, so an open popup follows it (no polling). A push never
 * happens inside the change itself (a keystroke), and a burst of changes is one push of the newest state.
 */

const state = (problems: number): PageState => ({
  problems: Array.from({ length: problems }, (_, i) => ({
    fieldId: `f${i}`,
    label: '手机',
    row: null,
    severity: 'error' as const,
  })),
  explained: [],
  requiredEmpty: [],
  draftSavedAt: null,
  lastChangeAt: problems,
  draftError: null,
  draftOff: false,
  period: null,
});

describe('the page state goes to the background', () => {
  let scope: object;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
    scope = {};
  });
  afterEach(() => vi.useRealTimers());

  const pushes = (sent: { mock: { calls: unknown[][] } }) =>
    sent.mock.calls
      .map(([m]) => m as { type?: string; payload?: { platform: string; state: PageState | null } })
      .filter((m) => m.type === 'page/state')
      .map((m) => m.payload);

  it('says the platform at once, then each change, at most one push per interval, with the newest state', async () => {
    const bus = getBus(scope);
    const sent = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockResolvedValue({ ok: true, data: { ok: true } } as never);
    const stop = new AbortController();
    pushPageState(bus, 'nzws', stop.signal);
    expect(pushes(sent)).toEqual([]);
    await vi.advanceTimersByTimeAsync(0);
    expect(pushes(sent)).toEqual([{ platform: 'nzws', state: null }]);

    // Three keystrokes in a row: nothing is sent while they run, then one push of the last state.
    for (const n of [1, 2, 3]) {
      bus.page = state(n);
      bus.publish([], { total: 1, labelled: 1, profiles: [], error: null });
      expect(pushes(sent)).toHaveLength(1);
    }
    await vi.advanceTimersByTimeAsync(PUSH_INTERVAL_MS);
    expect(pushes(sent)).toHaveLength(2);
    expect(pushes(sent)[1]?.state?.problems).toHaveLength(3);

    // A publish that changes nothing the checklist reads (the overlay's own dodge) sends nothing.
    bus.setDodge({ side: 'left' });
    await vi.advanceTimersByTimeAsync(PUSH_INTERVAL_MS * 2);
    expect(pushes(sent)).toHaveLength(2);

    // Torn down (the extension was updated or removed): no more pushes.
    stop.abort();
    bus.page = state(4);
    bus.publish([], { total: 1, labelled: 1, profiles: [], error: null });
    await vi.advanceTimersByTimeAsync(PUSH_INTERVAL_MS * 2);
    expect(pushes(sent)).toHaveLength(2);
  });

  it('a push the background did not take is sent again, with the newest state, until it is taken', async () => {
    const bus = getBus(scope);
    let up = false;
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => {
      if (!up) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true, data: { ok: true } };
    }) as never);
    const stop = new AbortController();
    pushPageState(bus, 'nzws', stop.signal);
    await vi.advanceTimersByTimeAsync(0);
    // The form is read while the worker is away; the page then stays still.
    bus.page = state(0);
    bus.publish([], { total: 1, labelled: 1, profiles: [], error: null });
    await vi.advanceTimersByTimeAsync(PUSH_RETRY_MS);
    expect(pushes(sent).at(-1)?.state).toEqual(state(0));
    const refused = pushes(sent).length;
    up = true;
    await vi.advanceTimersByTimeAsync(PUSH_RETRY_MS);
    // Sent again once the worker is back, though nothing on the page changed.
    expect(pushes(sent).length).toBe(refused + 1);
    expect(pushes(sent).at(-1)?.state).toEqual(state(0));
    // Taken: nothing more is sent while the page stays still.
    const count = pushes(sent).length;
    await vi.advanceTimersByTimeAsync(PUSH_RETRY_MS * 3);
    expect(pushes(sent)).toHaveLength(count);
    stop.abort();
  });
});
