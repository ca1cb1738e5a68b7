import { browser } from 'wxt/browser';
import { db, type TianbaoDB } from '@/utils/drafts/db';
import { pruneOldDrafts } from '@/utils/drafts/prune';
import { RETENTION_DAYS } from '@/utils/settings/planning';
import { readSetting } from '@/utils/settings/store';

export const RETENTION_ALARM = 'tianbao-retention';

/**
 * How long after the worker starts the first pruning waits. The worker mostly starts because something asks it
 * (the popup, a page's draft): that first answer should not queue behind opening the database and a read-write
 * transaction over the drafts (issue #16). A woken worker lives at least 30 s, so the pruning still runs.
 */
export const PRUNE_DELAY_MS = 3_000;

/** Deletes the drafts untouched longer than the user's retention; never throws (0 when it cannot). */
export async function pruneNow(database: TianbaoDB = db(), now = Date.now()): Promise<number> {
  try {
    return await pruneOldDrafts(database, await readSetting(RETENTION_DAYS), now);
  } catch {
    return 0;
  }
}

/**
 * Drafts untouched longer than the user's retention are deleted shortly after each start of the worker and once a
 * day (an alarm: the worker sleeps in between). Returns the function that cancels the pending first pruning.
 */
export function wireRetention(prune: () => Promise<unknown> = pruneNow, delayMs = PRUNE_DELAY_MS): () => void {
  browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 5 });
  browser.alarms.onAlarm.addListener((a) => {
    if (a.name === RETENTION_ALARM) void prune();
  });
  const timer = setTimeout(() => void prune(), delayMs);
  return () => clearTimeout(timer);
}
