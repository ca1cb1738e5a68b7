/** How long a version stays open for more typing before the next save starts a new one. */
export const VERSION_WINDOW_MS = 2 * 60 * 1000;
export const KEEP_LAST = 20;
export const KEEP_DAILY_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

/**
 * Which versions to keep: the newest 20, plus the newest of each Beijing day of the last 30 days. Returns the ids
 * to delete. `versions` may come in any order.
 */
export function versionsToPrune(versions: readonly { id: number; savedAt: number }[], now: number): number[] {
  const newestFirst = [...versions].sort((a, b) => b.savedAt - a.savedAt);
  const keep = new Set(newestFirst.slice(0, KEEP_LAST).map((v) => v.id));
  const seenDays = new Set<number>();
  for (const v of newestFirst) {
    if (now - v.savedAt > KEEP_DAILY_DAYS * DAY) continue;
    const day = Math.floor((v.savedAt + 8 * 3600 * 1000) / DAY);
    if (!seenDays.has(day)) {
      seenDays.add(day);
      keep.add(v.id);
    }
  }
  return newestFirst.filter((v) => !keep.has(v.id)).map((v) => v.id);
}

/** How many fields differ between two snapshots. */
export function changedCount(
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
): number {
  let n = 0;
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if ((before[k] ?? '') !== (after[k] ?? '')) n++;
  }
  return n;
}
