import type { TianbaoDB } from './db';

/** Deletes drafts not touched for `days` days, with their versions and 说明. Returns how many. */
export async function pruneOldDrafts(db: TianbaoDB, days: number, now = Date.now()): Promise<number> {
  const cutoff = now - days * 24 * 60 * 60 * 1000;
  const old = await db.drafts.where('updatedAt').below(cutoff).primaryKeys();
  if (!old.length) return 0;
  await db.transaction('rw', db.drafts, db.versions, db.explanations, async () => {
    await db.drafts.bulkDelete(old);
    await db.versions.where('draftId').anyOf(old).delete();
    await db.explanations.bulkDelete(old);
  });
  return old.length;
}
