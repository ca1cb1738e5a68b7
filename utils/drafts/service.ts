import { liveQuery } from 'dexie';
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

/**
 * Merges a delta into the form's draft and keeps its history: a version per stretch of typing (a stretch ends
 * after two quiet minutes), pruned to the last 20 and one a day for 30 days.
 */
export async function saveDraft(save: DraftSave, now = Date.now(), database: TianbaoDB = db()): Promise<DraftView> {
  const id = draftId(save.key);
  try {
    return await database.transaction('rw', database.drafts, database.versions, async () => {
      const old = await database.drafts.get(id);
      const values = { ...(old?.values ?? {}), ...save.delta };
      if (Object.keys(values).length > DRAFT_LIMITS.fields) {
        throw new DraftLimitError(`草稿未保存：此表单超过 ${DRAFT_LIMITS.fields} 个字段的上限。`);
      }
      if (!old) {
        const ofOrigin = await database.drafts.where('key.origin').equals(save.key.origin).count();
        if (ofOrigin >= DRAFT_LIMITS.draftsPerOrigin) {
          throw new DraftLimitError(
            `草稿未保存：本网站已有 ${ofOrigin} 份草稿，达到上限。请在“设置 → 草稿”中删除不需要的草稿。`,
          );
        }
      }
      const record: DraftRecord = {
        id,
        key: save.key,
        title: save.title || old?.title || '',
        url: save.url,
        values,
        labels: { ...(old?.labels ?? {}), ...save.labels },
        createdAt: old?.createdAt ?? now,
        updatedAt: now,
      };
      // The draft itself is the newest version. When the user comes back after a pause, the stretch before it
      // becomes a stored version: so a save writes one record, and a snapshot is written once per stretch.
      if (old && now - old.updatedAt >= VERSION_WINDOW_MS) {
        const previous = await database.versions.where('[draftId+savedAt]').between([id, 0], [id, Infinity]).last();
        await database.versions.add({
          draftId: id,
          savedAt: old.updatedAt,
          values: old.values,
          changed: changedCount(previous?.values ?? {}, old.values),
        });
        // Prune from the index alone (ids and times), never loading the snapshots themselves.
        const range = database.versions.where('[draftId+savedAt]').between([id, 0], [id, Infinity]);
        const [ids, keys] = await Promise.all([range.primaryKeys(), range.keys()]);
        const prune = versionsToPrune(
          ids.map((vid, i) => ({ id: vid as number, savedAt: (keys[i] as unknown as [string, number])[1] })),
          now,
        );
        if (prune.length) await database.versions.bulkDelete(prune);
      }
      await database.drafts.put(record);
      const versions = (await database.versions.where('draftId').equals(id).count()) + 1;
      return toView(record, versions);
    });
  } catch (e) {
    throw e instanceof DraftLimitError ? e : storageError(e);
  }
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

export async function loadDraft(key: DraftKey, database: TianbaoDB = db()): Promise<DraftView | null> {
  const id = draftId(key);
  const r = await database.drafts.get(id);
  if (!r) return null;
  return toView(r, (await database.versions.where('draftId').equals(id).count()) + 1);
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
  return database.transaction('rw', database.drafts, database.versions, async () => {
    const [draft, version] = await Promise.all([database.drafts.get(draftId), database.versions.get(versionId)]);
    if (!draft || !version || version.draftId !== draftId) return { ok: false as const, problem: 'gone' as const };
    await keepCurrentValues(database, draft, version.values);
    await database.drafts.update(draftId, { values: version.values, updatedAt: Math.max(now, draft.updatedAt + 1) });
    return { ok: true as const, savedAt: version.savedAt };
  });
}
