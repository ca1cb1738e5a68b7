import { liveQuery } from 'dexie';
import { type CachedDraft, cacheOf, type DraftCache } from './cache';
import { type DraftRecord, db, type TianbaoDB, type VersionRecord } from './db';
import { changedCount, VERSION_WINDOW_MS, versionsToPrune } from './history';
import { DRAFT_LIMITS, type DraftKey, type DraftSave, type DraftView, draftId } from './schema';

/** Turns a storage failure into a message a user can act on (a full disk is reported, never swallowed). */
export function storageError(e: unknown): Error {
  const name = (e as { name?: string; inner?: { name?: string } })?.inner?.name ?? (e as { name?: string })?.name;
  if (name === 'QuotaExceededError') {
    return new Error('草稿未能保存：浏览器存储空间已满。请在“设置 → 草稿”中删除旧草稿，或清理磁盘后重试。');
  }
  return new Error(`草稿未能保存：${e instanceof Error ? e.message : String(e)}`);
}

/** What a save tells the page: when the draft was saved, and how many versions it has (the draft itself included). */
export interface SavedDraft {
  id: string;
  savedAt: number;
  versions: number;
}

/**
 * The draft of `id` as the database holds it now: the background's copy if the database still holds that record
 * (its `updatedAt` is in the index under this id: nothing wrote it since, in any context), else the stored one,
 * read once. Inside a transaction over drafts, so nothing can write it between this look and the caller's write.
 */
export async function currentDraft(
  database: TianbaoDB,
  cache: DraftCache,
  id: string,
): Promise<CachedDraft | undefined> {
  const cached = cache.get(id);
  if (cached) {
    const ids = await database.drafts.where('updatedAt').equals(cached.record.updatedAt).primaryKeys();
    if (ids.includes(id)) return cached;
    cache.evict(id);
  }
  const record = await database.drafts.get(id);
  return record && { record, fields: Object.keys(record.values).length, shared: false };
}

/** Sets an own property, `__proto__` included: a field identity is page text and must never reach a prototype. */
function setOwn(target: Record<string, string>, key: string, value: string): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  } else target[key] = value;
}

/** `base` with `delta` over it: written into `base` itself when no one else holds it, else into a copy. */
function merged(base: Record<string, string>, delta: Record<string, string>, inPlace: boolean): Record<string, string> {
  const out = inPlace ? base : { ...base };
  for (const k of Object.keys(delta)) setOwn(out, k, delta[k] as string);
  return out;
}

/**
 * Merges a delta into the form's draft and keeps its history: a version per stretch of typing (a stretch ends
 * after two quiet minutes), pruned to the last 20 and one a day for 30 days. The delta was checked at the message
 * boundary; here it is merged into the background's copy of the draft (read from the database only when it has
 * none, or when something else wrote the draft since), and the draft is written as one record in one transaction.
 * Saves of one draft run one after another, so deltas from two tabs of the same form both land.
 */
export function saveDraft(save: DraftSave, now = Date.now(), database: TianbaoDB = db()): Promise<SavedDraft> {
  const id = draftId(save.key);
  const cache = cacheOf(database);
  return cache.serial(id, async () => {
    try {
      const entry = await database.transaction('rw', database.drafts, database.versions, async () => {
        // Asked together: one wait for the database, not three. Without a copy here the draft may be new, and a
        // new draft needs the count of its origin's drafts.
        const ofOrigin = () => database.drafts.where('key.origin').equals(save.key.origin).count();
        const [found, stored, counted] = await Promise.all([
          currentDraft(database, cache, id),
          database.versions.where('draftId').equals(id).count(),
          cache.get(id) ? null : ofOrigin(),
        ]);
        const old = found?.record;
        let fields = found?.fields ?? 0;
        for (const k of Object.keys(save.delta)) if (!old || !Object.hasOwn(old.values, k)) fields++;
        if (fields > DRAFT_LIMITS.fields) {
          throw new DraftLimitError(`草稿未保存：此表单超过 ${DRAFT_LIMITS.fields} 个字段的上限。`);
        }
        if (!old) {
          const drafts = counted ?? (await ofOrigin());
          if (drafts >= DRAFT_LIMITS.draftsPerOrigin) {
            throw new DraftLimitError(
              `草稿未保存：本网站已有 ${drafts} 份草稿，达到上限。请在“设置 → 草稿”中删除不需要的草稿。`,
            );
          }
        }
        let versions = stored + 1;
        // The draft itself is the newest version. When the user comes back after a pause, the stretch before it
        // becomes a stored version: so a save writes one record, and a snapshot is written once per stretch.
        if (old && now - old.updatedAt >= VERSION_WINDOW_MS) {
          const range = () => database.versions.where('[draftId+savedAt]').between([id, 0], [id, Infinity]);
          const previous = await range().last();
          // Awaited before the merge below writes into the same objects.
          await database.versions.add({
            draftId: id,
            savedAt: old.updatedAt,
            values: old.values,
            changed: changedCount(previous?.values ?? {}, old.values),
          });
          // Prune from the index alone (ids and times), never loading the snapshots themselves.
          const [ids, keys] = await Promise.all([range().primaryKeys(), range().keys()]);
          const prune = versionsToPrune(
            ids.map((vid, i) => ({ id: vid as number, savedAt: (keys[i] as unknown as [string, number])[1] })),
            now,
          );
          if (prune.length) await database.versions.bulkDelete(prune);
          versions = ids.length - prune.length + 1;
        }
        const inPlace = found !== undefined && !found.shared;
        const record: DraftRecord = {
          id,
          key: save.key,
          title: save.title || old?.title || '',
          url: save.url,
          // A new draft takes the delta's objects as they are (so they count as shared: the caller holds them).
          values: old ? merged(old.values, save.delta, inPlace) : save.delta,
          labels: old ? merged(old.labels, save.labels, inPlace) : save.labels,
          createdAt: old?.createdAt ?? now,
          updatedAt: now,
        };
        await database.drafts.put(record);
        return { cached: { record, fields, shared: !old }, versions };
      });
      cache.set(id, entry.cached);
      return { id, savedAt: now, versions: entry.versions };
    } catch (e) {
      // The copy may hold the delta that was not written: the next use reads the database again.
      cache.evict(id);
      throw e instanceof DraftLimitError ? e : storageError(e);
    }
  });
}

/** A limit of DRAFT_LIMITS was reached: the message says which, and nothing of the draft was changed. */
export class DraftLimitError extends Error {}

function toView(r: DraftRecord, versions: number): DraftView {
  return {
    id: r.id,
    key: r.key,
    title: r.title,
    url: r.url,
    values: r.values,
    labels: r.labels,
    updatedAt: r.updatedAt,
    versions,
  };
}

/**
 * The form's newest draft, to offer a restore: the background's copy when the database still holds it, else one
 * read. The view shares the copy's objects (it is sent at once); the next save merges into copies of them.
 */
export function loadDraft(key: DraftKey, database: TianbaoDB = db()): Promise<DraftView | null> {
  const id = draftId(key);
  const cache = cacheOf(database);
  return cache.serial(id, async () => {
    const [found, stored] = await database.transaction('r', database.drafts, database.versions, () =>
      Promise.all([currentDraft(database, cache, id), database.versions.where('draftId').equals(id).count()]),
    );
    if (!found) return null;
    found.shared = true;
    cache.set(id, found);
    return toView(found.record, stored + 1);
  });
}

/*
 * What the dashboard does with drafts. Its components never open the database: every read and write of theirs
 * goes through these functions (lint forbids `dexie` and `@/utils/drafts/db` in components/).
 */

/** Every draft, the most recently changed first. */
export async function listDrafts(database: TianbaoDB = db()): Promise<DraftRecord[]> {
  return database.drafts.orderBy('updatedAt').reverse().toArray();
}

/**
 * listDrafts() now and after every change, wherever it was made (a page autosaving through the background, this
 * page, another tab): Dexie tells its live queries across the extension's contexts. Returns the stop function.
 */
export function watchDrafts(listener: (drafts: DraftRecord[]) => void, onError: (e: unknown) => void): () => void {
  const sub = liveQuery(() => listDrafts()).subscribe({ next: listener, error: onError });
  return () => sub.unsubscribe();
}

/** A draft's stored versions, the newest first (the draft itself, its newest version, is not among them). */
export async function versionsOf(draftId: string, database: TianbaoDB = db()): Promise<VersionRecord[]> {
  return database.versions.where('draftId').equals(draftId).reverse().sortBy('savedAt');
}

/** Deletes a draft with all its versions and the 说明 kept with it. */
export async function deleteDraft(draftId: string, database: TianbaoDB = db()): Promise<void> {
  await database.transaction('rw', database.drafts, database.versions, database.explanations, async () => {
    await database.drafts.delete(draftId);
    await database.versions.where('draftId').equals(draftId).delete();
    await database.explanations.delete(draftId);
  });
  cacheOf(database).evict(draftId);
}

/**
 * Keeps a draft's current values as a stored version, unless they are already kept: equal to its newest stored
 * version, or to `unless` (the values about to become the draft, which then stay kept as the draft itself).
 * Called inside a transaction over drafts and versions, before anything replaces the draft's values.
 */
export async function keepCurrentValues(
  database: TianbaoDB,
  draft: DraftRecord,
  unless: Readonly<Record<string, string>>,
): Promise<boolean> {
  if (Object.keys(draft.values).length === 0 || changedCount(draft.values, unless) === 0) return false;
  const newest = await database.versions.where('[draftId+savedAt]').between([draft.id, 0], [draft.id, Infinity]).last();
  if (newest && changedCount(newest.values, draft.values) === 0) return false;
  await database.versions.add({
    draftId: draft.id,
    savedAt: draft.updatedAt,
    values: draft.values,
    changed: changedCount(newest?.values ?? {}, draft.values),
  });
  return true;
}

export type RestoreVersionResult = { ok: true; savedAt: number } | { ok: false; problem: 'gone' };

/**
 * Makes a stored version the newest draft (the next visit to the page offers it for restore). The values the
 * draft held until now are first kept as a version of their own, so restoring never loses what was typed.
 */
export async function restoreVersion(
  draftId: string,
  versionId: number,
  now = Date.now(),
  database: TianbaoDB = db(),
): Promise<RestoreVersionResult> {
  const result = await database.transaction('rw', database.drafts, database.versions, async () => {
    const [draft, version] = await Promise.all([database.drafts.get(draftId), database.versions.get(versionId)]);
    if (!draft || !version || version.draftId !== draftId) return { ok: false as const, problem: 'gone' as const };
    await keepCurrentValues(database, draft, version.values);
    // A new updatedAt, always: a copy of the draft held elsewhere (the background's) is known stale by it.
    await database.drafts.update(draftId, { values: version.values, updatedAt: Math.max(now, draft.updatedAt + 1) });
    return { ok: true as const, savedAt: version.savedAt };
  });
  cacheOf(database).evict(draftId);
  return result;
}
