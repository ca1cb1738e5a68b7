import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { TianbaoDB } from '@/utils/drafts/db';
import { changedCount, KEEP_LAST, versionsToPrune } from '@/utils/drafts/history';
import { type DraftKey, draftId, fingerprintOf, legacyDraftId, normalisePath } from '@/utils/drafts/schema';
import { loadDraft, saveDraft, storageError } from '@/utils/drafts/service';

const key: DraftKey = {
  origin: 'https://nzws.drce.com.cn',
  platform: 'nzws',
  path: '/apply.html',
  fingerprint: 'abc',
  period: null,
};
const save = (delta: Record<string, string>) => ({ key, delta, labels: {}, title: '项目申报', url: 'https://x/' });
let n = 0;
const freshDb = () => new TianbaoDB(`test-${n++}`);

describe('draft keys', () => {
  it('normalises paths', () => {
    expect(normalisePath('/Apply.html')).toBe('/apply.html');
    expect(normalisePath('/zt/')).toBe('/zt');
    expect(normalisePath('/zt/index.html')).toBe('/zt');
    expect(normalisePath('/')).toBe('/');
  });

  it('fingerprints a form by its field identities, in any order', () => {
    expect(fingerprintOf(['申报单位', '项目名称'])).toBe(fingerprintOf(['项目名称', '申报单位']));
    expect(fingerprintOf(['申报单位', '项目名称'])).not.toBe(fingerprintOf(['申报单位', '项目名称', '手机']));
    expect(draftId({ ...key, period: '2022' })).not.toBe(draftId(key));
  });
});

describe('saveDraft / loadDraft', () => {
  it('merges deltas and stores text exactly', async () => {
    const db = freshDb();
    const exact = '一、需求：\n“社区”　全角空格，００１２，\r\n末行';
    await saveDraft(save({ a: '1', b: exact }), 1000, db);
    await saveDraft(save({ a: '2', c: '007' }), 2000, db);
    const d = await loadDraft(key, db);
    expect(d?.values).toEqual({ a: '2', b: exact, c: '007' });
    expect(d?.updatedAt).toBe(2000);
  });

  it('keeps one version per stretch of typing, with the count of changed fields', async () => {
    const db = freshDb();
    await saveDraft(save({ a: '1' }), 0, db);
    await saveDraft(save({ b: '1' }), 30_000, db); // same stretch: only the draft is written
    expect(await db.versions.count()).toBe(0);
    const view = await saveDraft(save({ a: '2', c: '3' }), 10 * 60_000, db); // after a pause: the stretch is kept
    await saveDraft(save({ c: '4' }), 30 * 60_000, db); // and again
    const versions = await db.versions.where('draftId').equals(draftId(key)).sortBy('savedAt');
    expect(versions.map((v) => [v.savedAt, v.changed, v.values])).toEqual([
      [30_000, 2, { a: '1', b: '1' }],
      [600_000, 2, { a: '2', b: '1', c: '3' }],
    ]);
    // The draft itself is the newest version.
    expect(view.versions).toBe(2);
    expect((await loadDraft(key, db))?.versions).toBe(3);
  });

  it('reports a full disk in words the user can act on, and loses nothing already saved', async () => {
    const db = freshDb();
    await saveDraft(save({ a: 'kept' }), 0, db);
    const put = db.drafts.put.bind(db.drafts);
    db.drafts.put = () => {
      throw new Dexie.QuotaExceededError('full');
    };
    await expect(saveDraft(save({ a: 'lost' }), 1, db)).rejects.toThrow(/存储空间已满/);
    db.drafts.put = put;
    expect((await loadDraft(key, db))?.values).toEqual({ a: 'kept' });
    expect(storageError(new Error('x')).message).toContain('草稿未能保存');
  });

  it('walks a version-1 database through every version: nothing lost, each draft bound to its origin', async () => {
    const name = `fixture-v1-${n++}`;
    const raw = new Dexie(name);
    raw.version(1).stores({ drafts: 'id, key.platform, updatedAt', versions: '++id, draftId, [draftId+savedAt]' });
    const { origin: _, ...legacyKey } = key;
    const oldId = legacyDraftId(legacyKey);
    await raw.table('drafts').put({
      id: oldId,
      key: legacyKey,
      title: 't',
      url: 'https://nzws.drce.com.cn/apply.html?sid=s3cr3t&token=abc#top',
      values: { a: 'v1' },
      labels: {},
      createdAt: 1,
      updatedAt: 1,
    });
    await raw.table('versions').add({ draftId: oldId, savedAt: 0, values: { a: 'v0' }, changed: 1 });
    raw.close();
    const db = new TianbaoDB(name);
    const draft = await loadDraft(key, db);
    expect(db.verno).toBe(4);
    expect(draft?.values).toEqual({ a: 'v1' });
    expect(draft?.key.origin).toBe('https://nzws.drce.com.cn');
    // The query string (session ids, tokens) is gone from the stored address.
    expect(draft?.url).toBe('https://nzws.drce.com.cn/apply.html');
    expect(draft?.versions).toBe(2);
    const versions = await db.versions.where('draftId').equals(draftId(key)).toArray();
    expect(versions.map((v) => v.values)).toEqual([{ a: 'v0' }]);
    expect(await db.drafts.get(oldId)).toBeUndefined();
    expect(await db.imported.count()).toBe(0);
    db.close();
  });

  it('upgrades a version-2 draft whose address is unknown to origin "" (offered nowhere, kept)', async () => {
    const name = `fixture-v2-${n++}`;
    const raw = new Dexie(name);
    raw.version(2).stores({
      drafts: 'id, key.platform, updatedAt',
      versions: '++id, draftId, [draftId+savedAt]',
      imported: 'id, importedAt',
    });
    const { origin: _, ...legacyKey } = key;
    await raw.table('drafts').put({
      id: legacyDraftId(legacyKey),
      key: legacyKey,
      title: 't',
      url: 'not a url',
      values: { a: 'kept' },
      labels: {},
      createdAt: 1,
      updatedAt: 1,
    });
    raw.close();
    const db = new TianbaoDB(name);
    expect(await loadDraft(key, db)).toBeNull();
    const all = await db.drafts.toArray();
    expect(all.map((d) => [d.key.origin, d.values])).toEqual([['', { a: 'kept' }]]);
    db.close();
  });
});

describe('history pruning', () => {
  const DAY = 86_400_000;
  it('keeps the last 20 and one per day for 30 days', () => {
    const now = 100 * DAY;
    const versions = [
      // 30 versions today, an hour apart going back
      ...Array.from({ length: 30 }, (_, i) => ({ id: i, savedAt: now - i * 60_000 })),
      // two on each of the 40 days before
      ...Array.from({ length: 40 }, (_, d) => [
        { id: 100 + d * 2, savedAt: now - (d + 1) * DAY },
        { id: 101 + d * 2, savedAt: now - (d + 1) * DAY - 3_600_000 },
      ]).flat(),
    ];
    const prune = new Set(versionsToPrune(versions, now));
    const kept = versions.filter((v) => !prune.has(v.id));
    expect(kept.filter((v) => v.id < 30)).toHaveLength(KEEP_LAST);
    // One per day for the 29 earlier days within 30 days, nothing older.
    const older = kept.filter((v) => v.id >= 100);
    expect(older.length).toBeGreaterThanOrEqual(29);
    expect(older.every((v) => now - v.savedAt <= 30 * DAY)).toBe(true);
  });

  it('counts changed fields', () => {
    expect(changedCount({ a: '1', b: '2' }, { a: '1', b: '3', c: '' })).toBe(1);
    expect(changedCount({}, { a: 'x' })).toBe(1);
  });
});
