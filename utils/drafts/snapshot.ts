import { cacheOf } from './cache';
import { db, type TianbaoDB } from './db';
import { changedCount } from './history';
import { type DraftKey, draftId } from './schema';
import { currentDraft, storageError } from './service';

/**
 * Keeps, as a version of the form's draft, what the page shows just before a restore overwrites it: the draft's
 * values with the page's own for the fields about to be replaced. So a restore can always be undone from the
 * history, even after the tab is gone. The draft itself is not written: the background's copy of it stays good.
 */
export function snapshotBeforeRestore(
  key: DraftKey,
  pageValues: Readonly<Record<string, string>>,
  now = Date.now(),
  database: TianbaoDB = db(),
): Promise<boolean> {
  const id = draftId(key);
  const cache = cacheOf(database);
  return cache.serial(id, async () => {
    try {
      return await database.transaction('rw', database.drafts, database.versions, async () => {
        const draft = (await currentDraft(database, cache, id))?.record;
        if (!draft) return false;
        const values = { ...draft.values, ...pageValues };
        await database.versions.add({ draftId: id, savedAt: now, values, changed: changedCount(draft.values, values) });
        return true;
      });
    } catch (e) {
      throw storageError(e);
    }
  });
}
