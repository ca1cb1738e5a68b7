import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  pruneNow,
  RETENTION_ALARM,
  RETENTION_FIRST_DELAY_MINUTES,
  RETENTION_PERIOD_MINUTES,
  wireRetention,
} from '@/utils/background/retention';
import { TianbaoDB } from '@/utils/drafts/db';
import { pruneOldDrafts } from '@/utils/drafts/prune';
import type { DraftKey } from '@/utils/drafts/schema';
import { loadDraft, saveDraft } from '@/utils/drafts/service';
import { RETENTION_DAYS } from '@/utils/settings/planning';
import { writeSetting } from '@/utils/settings/store';
import { JXJY_KEY, JXJY_URL } from './draft-key';

const DAY = 86_400_000;
const MIN = 60_000;
const key = JXJY_KEY;
const url = JXJY_URL;
const save = (delta: Record<string, string>, k: DraftKey = key) => ({ key: k, delta, labels: {}, title: 't', url });
let n = 0;
/** A background that saved drafts, then stopped; and the one started after it (nothing held in memory). */
async function restartedWith(drafts: [Record<string, string>, DraftKey, number][]): Promise<TianbaoDB> {
  const name = `retention-${n++}`;
  const before = new TianbaoDB(name);
  for (const [delta, k, at] of drafts) await saveDraft(save(delta, k), at, before);
  before.close();
  return new TianbaoDB(name);
}
const valuesOf = async (db: TianbaoDB) => (await db.drafts.toArray()).map((d) => d.values);

describe('the daily retention alarm (issue #16)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'], now: 1_000 * DAY });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('is created once, daily, and a later start of the worker neither moves it nor prunes', async () => {
    const prune = vi.fn(async () => 0);
    await wireRetention(prune);
    const first = await fakeBrowser.alarms.get(RETENTION_ALARM);
    expect(first?.periodInMinutes).toBe(RETENTION_PERIOD_MINUTES);
    expect(first?.scheduledTime).toBe(1_000 * DAY + RETENTION_FIRST_DELAY_MINUTES * MIN);
    expect(prune).not.toHaveBeenCalled();

    // The worker sleeps and wakes again an hour later: its listeners are new, the browser's alarm is the same.
    vi.setSystemTime(1_000 * DAY + 60 * MIN);
    fakeBrowser.alarms.onAlarm.removeAllListeners();
    await wireRetention(prune);
    expect(await fakeBrowser.alarms.get(RETENTION_ALARM)).toEqual(first);
    expect(prune).not.toHaveBeenCalled();

    if (!first) throw new Error('no retention alarm');
    await fakeBrowser.alarms.onAlarm.trigger(first);
    expect(prune).toHaveBeenCalledTimes(1);
    await fakeBrowser.alarms.onAlarm.trigger({ ...first, name: 'another' });
    expect(prune).toHaveBeenCalledTimes(1);
  });

  it('replaces an alarm of another period (left by an older version)', async () => {
    await fakeBrowser.alarms.create(RETENTION_ALARM, { periodInMinutes: 5 });
    await wireRetention(async () => 0);
    expect((await fakeBrowser.alarms.get(RETENTION_ALARM))?.periodInMinutes).toBe(RETENTION_PERIOD_MINUTES);
  });

  it('deletes the drafts older than the user’s retention when it fires', async () => {
    await writeSetting(RETENTION_DAYS, 30);
    const db = await restartedWith([
      [{ x: '旧' }, key, 0],
      [{ x: '新' }, { ...key, period: '2023' }, 20 * DAY],
    ]);
    await wireRetention(() => pruneNow(db, 40 * DAY));
    const alarm = await fakeBrowser.alarms.get(RETENTION_ALARM);
    if (!alarm) throw new Error('no retention alarm');
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await vi.waitFor(async () => expect(await valuesOf(db)).toEqual([{ x: '新' }]));
  });

  it('a pruning that fails says so in the console and deletes nothing', async () => {
    const db = await restartedWith([[{ x: '旧' }, key, 0]]);
    const failure = new Error('磁盘错误');
    vi.spyOn(db, 'transaction').mockRejectedValue(failure);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await pruneNow(db, 400 * DAY)).toBe(0);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[填报助手]'), failure);
    vi.mocked(db.transaction).mockRestore();
    expect(await valuesOf(db)).toEqual([{ x: '旧' }]);
  });
});

describe('the retention never deletes what the user is typing (issue #16)', () => {
  it('keeps an old draft whose page is open in a tab, though the background restarted since', async () => {
    await writeSetting(RETENTION_DAYS, 30);
    const db = await restartedWith([
      [{ a: '页面还开着' }, key, 0],
      [{ a: '没人打开' }, { ...key, path: '/closed.html' }, 0],
    ]);
    const tabs = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockResolvedValue([{ url: `${url}?id=7#top` }, { url: 'chrome://newtab/' }, {}] as never);
    expect(await pruneNow(db, 40 * DAY)).toBe(1);
    expect(await valuesOf(db)).toEqual([{ a: '页面还开着' }]);
    // The tab closed: the next pruning deletes it.
    tabs.mockResolvedValue([] as never);
    expect(await pruneNow(db, 40 * DAY)).toBe(1);
    expect(await valuesOf(db)).toEqual([]);
  });

  it('a save started in the same tick as the pruning keeps its value', async () => {
    for (const pruneFirst of [true, false]) {
      const db = await restartedWith([[{ a: '40 天前' }, key, 0]]);
      const prune = () => pruneOldDrafts(db, 30, 40 * DAY);
      const typed = () => saveDraft(save({ b: '刚输入' }), 40 * DAY, db);
      await Promise.all(pruneFirst ? [prune(), typed()] : [typed(), prune()]);
      const drafts = await valuesOf(db);
      expect(drafts).toHaveLength(1);
      expect(drafts[0]?.b).toBe('刚输入');
    }
  });

  it('a save that arrives while the pruning chooses waits for it, and its value is kept', async () => {
    const db = await restartedWith([[{ a: '40 天前' }, key, 0]]);
    // The page's save arrives while the pruning is choosing the old drafts (a message of its own: outside the
    // pruning's transaction).
    const where = db.drafts.where.bind(db.drafts);
    let typed: Promise<unknown> | undefined;
    const choosing = (index: string) => {
      typed = Dexie.ignoreTransaction(() => saveDraft(save({ b: '刚输入' }), 40 * DAY, db));
      return where(index);
    };
    vi.spyOn(db.drafts, 'where').mockImplementationOnce(choosing as typeof db.drafts.where);
    await pruneOldDrafts(db, 30, 40 * DAY);
    await typed;
    // Chosen first and deleted later, the save written in between went with the old draft.
    expect(await valuesOf(db)).toEqual([{ b: '刚输入' }]);
  });

  it('keeps an old draft the background holds (a form open now), and prunes the others', async () => {
    const open: DraftKey = { ...key, path: '/open.html' };
    const db = await restartedWith([
      [{ a: '开着的表单' }, open, 0],
      [{ a: '没人打开' }, key, 0],
    ]);
    // The page of the open form asks for its draft (to offer a restore): the background now holds it.
    expect((await loadDraft(open, db))?.values).toEqual({ a: '开着的表单' });
    expect(await pruneOldDrafts(db, 30, 40 * DAY)).toBe(1);
    expect(await valuesOf(db)).toEqual([{ a: '开着的表单' }]);
    // A form the user typed in since the start is held too.
    await saveDraft(save({ b: '刚输入' }), 1 * DAY, db);
    expect(await pruneOldDrafts(db, 30, 40 * DAY)).toBe(0);
    expect((await valuesOf(db)).length).toBe(2);
  });
});
