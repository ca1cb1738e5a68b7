import { cacheOf } from './cache';
import type { TianbaoDB } from './db';

/**
 * Deletes drafts not touched for `days` days, with their versions and 说明. Returns how many.
 *
 * The drafts are chosen inside the read-write transaction that deletes them: a save is a read-write transaction
 * over drafts too, so one that started before is already written (its draft is new again and not chosen), and one
 * that starts after waits and writes its values into a fresh draft. Chosen first and deleted later, a save landing
 * in between was deleted with the old draft (issue #16).
 *
 * A draft the background holds in memory (utils/drafts/cache.ts) is never deleted: it belongs to a form the user
 * opened or typed in since the background started, whose page may still show the draft's values and send only
 * what changes next. It is deleted by a later pruning, once the background no longer holds it. `keep` spares others
 * (the drafts of pages open in a tab: utils/background/retention.ts).
 */
export async function pruneOldDrafts(
  db: TianbaoDB,
  days: number,
  now = Date.now(),
  keep: (id: string) => boolean = () => false,
): Promise<number> {
  const cutoff = now - days * 24 * 60 * 60 * 1000;
  const cache = cacheOf(db);
  return db.transaction('rw', db.drafts, db.versions, db.explanations, async () => {
    const old = (await db.drafts.where('updatedAt').below(cutoff).primaryKeys()).filter(
      (id) => !cache.has(id) && !keep(id),
    );
    if (!old.length) return 0;
    await db.drafts.bulkDelete(old);
    await db.versions.where('draftId').anyOf(old).delete();
    await db.explanations.bulkDelete(old);
    return old.length;
  });
}
