import { browser } from 'wxt/browser';
import { db, type TianbaoDB } from '@/utils/drafts/db';
import { pruneOldDrafts } from '@/utils/drafts/prune';
import { draftPageOf } from '@/utils/drafts/schema';
import { RETENTION_DAYS } from '@/utils/settings/planning';
import { readSetting } from '@/utils/settings/store';

export const RETENTION_ALARM = 'tianbao-retention';

/** The retention runs once a day. */
export const RETENTION_PERIOD_MINUTES = 24 * 60;

/**
 * How long after its creation the alarm first fires: the worker mostly starts because something asks it (the
 * popup, a page's draft), and that first answer should not queue behind a read-write transaction over the drafts
 * (issue #16). The browser wakes the worker for the alarm.
 */
export const RETENTION_FIRST_DELAY_MINUTES = 5;

/**
 * The pages open in a tab now, as `origin|path`. The background that held their drafts may have restarted since
 * (its memory is gone), while the page still shows a restored draft's values and will send only what changes next:
 * such a draft is not old. Only tabs of hosts we may read (the platforms and the user's sites) tell their address.
 */
async function openPages(): Promise<Set<string>> {
  const tabs = await browser.tabs.query({}).catch(() => []);
  const open = new Set<string>();
  for (const t of tabs) {
    try {
      const u = new URL(t.url ?? '');
      open.add(`${u.origin}|${u.pathname}`);
    } catch {
      // No address to read (a tab of another host, a new tab).
    }
  }
  return open;
}

/** Whether a draft (by its id) belongs to a page open now. */
const ofOpenPage = (open: Set<string>) => (id: string) => open.has(draftPageOf(id));

/** Deletes the drafts untouched longer than the user's retention, but those of pages open now; never throws. */
export async function pruneNow(database: TianbaoDB = db(), now = Date.now()): Promise<number> {
  try {
    return await pruneOldDrafts(database, await readSetting(RETENTION_DAYS), now, ofOpenPage(await openPages()));
  } catch (e) {
    console.warn('[填报助手] 旧草稿未能清理（保留期限）', e);
    return 0;
  }
}

/**
 * Drafts untouched longer than the user's retention are deleted once a day, by an alarm (the worker sleeps in
 * between). The alarm is created only when the browser has none, or one with another period: creating it again
 * replaces it, so creating it at each start of the worker (which wakes many times a day) pushed it back each time
 * and it fired a few minutes after each wake instead of daily (issue #16).
 *
 * Nothing prunes at the start itself: an alarm the browser lost (Firefox keeps none across a restart, Chrome may
 * not) is missing at the next start and created again, so it fires a few minutes later; one that is kept fires
 * within a day. A draft is at most a day late to go, never early; and a start no longer prunes twice (its own
 * pruning and the alarm's).
 */
export async function wireRetention(prune: () => Promise<unknown> = pruneNow): Promise<void> {
  // Added at once, before any wait: the alarm that woke the worker is handed to the listeners present at start.
  browser.alarms.onAlarm.addListener((a) => {
    if (a.name === RETENTION_ALARM) void prune();
  });
  try {
    const alarm = await browser.alarms.get(RETENTION_ALARM);
    if (alarm?.periodInMinutes === RETENTION_PERIOD_MINUTES) return;
    await browser.alarms.create(RETENTION_ALARM, {
      periodInMinutes: RETENTION_PERIOD_MINUTES,
      delayInMinutes: RETENTION_FIRST_DELAY_MINUTES,
    });
  } catch (e) {
    console.warn('[填报助手] 草稿保留期限的每日清理未能安排', e);
  }
}
