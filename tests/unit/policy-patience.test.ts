// A platform page's requirements never wait seconds for the browser's first read of the managed policy (4.6 s in
// Chromium after it starts): they go on without the pushed packs after a short patience, and take them once the
// browser has answered.
import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FIRST_POLICY_PATIENCE_MS } from '@/utils/policy/managed';

const PACK_TEXT = fs.readFileSync('tests/fixtures/packs/policy-pushed.json', 'utf8');

async function freshModule() {
  vi.resetModules();
  return import('@/utils/policy/managed');
}

describe('pushed packs for what a page shows', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('a slow first read: the page goes on without them after the patience, and has them on the next ask', async () => {
    await fakeBrowser.storage.managed.set({ packs: [PACK_TEXT] });
    const realGet = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
    let answer: () => void = () => {};
    const answered = new Promise<void>((r) => {
      answer = r;
    });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementationOnce(async () => {
      await answered;
      return realGet();
    });
    const { pushedSourcesWithin } = await freshModule();
    const t0 = Date.now();
    expect(await pushedSourcesWithin(50)).toEqual([]);
    expect(Date.now() - t0).toBeLessThan(2000);
    answer();
    // The browser has answered once: from now on the pushed packs come without waiting.
    await new Promise((r) => setTimeout(r, 0));
    const later = await pushedSourcesWithin(50);
    expect(later.map((s) => s.pack.notices.length)).toEqual([JSON.parse(PACK_TEXT).notices.length]);
  });

  it('a quick first read gives the pushed packs at once', async () => {
    await fakeBrowser.storage.managed.set({ packs: [PACK_TEXT] });
    const { pushedSourcesWithin } = await freshModule();
    const sources = await pushedSourcesWithin(FIRST_POLICY_PATIENCE_MS);
    expect(sources.map((s) => s.pack.notices.length)).toEqual([JSON.parse(PACK_TEXT).notices.length]);
  });

  it('the dashboard shows the requirements at once, and again with the pushed ones once the browser has answered', async () => {
    await fakeBrowser.storage.managed.set({ packs: [PACK_TEXT] });
    const realGet = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
    let answer: () => void = () => {};
    const answered = new Promise<void>((r) => {
      answer = r;
    });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(async () => {
      await answered;
      return realGet();
    });
    vi.resetModules();
    const { watchRequirementViews } = await import('@/utils/notices/imported');
    const seen: number[] = [];
    const stop = watchRequirementViews((views) => seen.push(views.length));
    await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0), { timeout: 3000 });
    const before = seen.at(-1) ?? 0;
    answer();
    await vi.waitFor(() => expect(seen.at(-1)).toBeGreaterThan(before), { timeout: 3000 });
    stop();
  });

  it('a service worker started again in the same browser session shows the last read at once', async () => {
    await fakeBrowser.storage.managed.set({ packs: [PACK_TEXT] });
    // The first service worker read the policy (and kept it for the session) …
    const first = await freshModule();
    await first.loadPolicy();
    // … a later one meets a slow browser: it does not wait, and still has the pushed pack.
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(() => new Promise(() => {}));
    const { pushedSourcesWithin } = await freshModule();
    const sources = await pushedSourcesWithin(60_000);
    expect(sources.map((s) => s.pack.notices.length)).toEqual([JSON.parse(PACK_TEXT).notices.length]);
  });
});
