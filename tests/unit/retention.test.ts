import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PRUNE_DELAY_MS, pruneNow, RETENTION_ALARM, wireRetention } from '@/utils/background/retention';
import { TianbaoDB } from '@/utils/drafts/db';
import type { DraftKey } from '@/utils/drafts/schema';
import { saveDraft } from '@/utils/drafts/service';
import { RETENTION_DAYS } from '@/utils/settings/planning';
import { writeSetting } from '@/utils/settings/store';

const DAY = 86_400_000;
const key: DraftKey = {
  origin: 'https://jxjy.moe.edu.cn',
  platform: 'jxjy',
  path: '/nonxueli.html',
  fingerprint: 'f',
  period: '2022',
};
const url = 'https://jxjy.moe.edu.cn/nonxueli.html';

describe('retention at the worker start (issue #16)', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.useRealTimers());

  it('prunes after the first answers, not during the start, and again on the daily alarm', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const prune = vi.fn(async () => 0);
    wireRetention(prune);
    expect(prune).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(PRUNE_DELAY_MS - 1);
    expect(prune).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(prune).toHaveBeenCalledTimes(1);

    const alarm = await fakeBrowser.alarms.get(RETENTION_ALARM);
    if (!alarm) throw new Error('no retention alarm');
    expect(alarm.periodInMinutes).toBe(24 * 60);
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    expect(prune).toHaveBeenCalledTimes(2);
    await fakeBrowser.alarms.onAlarm.trigger({ ...alarm, name: 'another' });
    expect(prune).toHaveBeenCalledTimes(2);
  });

  it('deletes the drafts older than the user’s retention once the delay has passed', async () => {
    const db = new TianbaoDB('retention-start');
    await writeSetting(RETENTION_DAYS, 30);
    await saveDraft({ key, delta: { x: '旧' }, labels: {}, title: 't', url }, 0, db);
    await saveDraft({ key: { ...key, period: '2023' }, delta: { x: '新' }, labels: {}, title: 't', url }, 20 * DAY, db);
    wireRetention(() => pruneNow(db, 40 * DAY), 10);
    await vi.waitFor(async () => expect((await db.drafts.toArray()).map((d) => d.values.x)).toEqual(['新']));
  });
});
