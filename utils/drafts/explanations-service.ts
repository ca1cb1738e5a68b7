import { db, type TianbaoDB } from './db';
import type { Explanation } from './explanations';
import { type DraftKey, draftId } from './schema';

/** How many 说明 one form keeps: a form has at most a few dozen warnings; this only stops a page filling the disk. */
const MAX_PER_FORM = 500;

/** The 说明 kept for a form, in the order they were written. */
export async function listExplanations(key: DraftKey, database: TianbaoDB = db()): Promise<Explanation[]> {
  return (await database.explanations.get(draftId(key)))?.explanations ?? [];
}

/** Keeps a 说明 (replacing the one of the same problem), or drops one; returns the form's list. */
export async function setExplanation(
  key: DraftKey,
  change: { explanation?: Explanation; remove?: string },
  now = Date.now(),
  database: TianbaoDB = db(),
): Promise<Explanation[]> {
  const id = draftId(key);
  return database.transaction('rw', database.explanations, async () => {
    const old = (await database.explanations.get(id))?.explanations ?? [];
    const drop = change.explanation?.problem ?? change.remove;
    const kept = old.filter((e) => e.problem !== drop);
    const next = change.explanation ? [...kept, change.explanation] : kept;
    if (next.length > MAX_PER_FORM) throw new Error(`说明未保存：此表单已有 ${MAX_PER_FORM} 条说明，达到上限。`);
    if (next.length) await database.explanations.put({ draftId: id, key, explanations: next, updatedAt: now });
    else await database.explanations.delete(id);
    return next;
  });
}
