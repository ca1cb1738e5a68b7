import { describe, expect, it } from 'vitest';
import { TianbaoDB } from '@/utils/drafts/db';
import type { DraftKey } from '@/utils/drafts/schema';
import { deleteDraft, listDrafts, loadDraft, restoreVersion, saveDraft, versionsOf } from '@/utils/drafts/service';
import { exportDrafts, importDrafts } from '@/utils/drafts/transfer';

/*
 * What the dashboard does to drafts never loses a value that was typed: restoring a version keeps the values it
 * replaces as a version, and importing a drafts file keeps this browser's values whichever side is newer.
 */

const key: DraftKey = {
  origin: 'https://nzws.drce.com.cn',
  platform: 'nzws',
  path: '/apply.html',
  fingerprint: 'abc',
  period: null,
};
const url = 'https://nzws.drce.com.cn/apply.html';
const save = (delta: Record<string, string>) => ({ key, delta, labels: {}, title: '项目申报', url });
const MIN = 60_000;
let n = 0;
const freshDb = () => new TianbaoDB(`dashboard-${n++}`);

/** Every value a draft holds or held: the draft and all its versions. */
async function everyValue(db: TianbaoDB): Promise<string[]> {
  const draft = await loadDraft(key, db);
  const versions = draft ? await versionsOf(draft.id, db) : [];
  return [draft?.values ?? {}, ...versions.map((v) => v.values)].flatMap((v) => Object.values(v));
}

/** A draft typed in two stretches: version "第一稿", then the draft itself "第二稿" (saved at t0 + 10 min). */
async function twoStretches(db: TianbaoDB, t0 = 1_000_000): Promise<void> {
  await saveDraft(save({ unit: '第一稿' }), t0, db);
  await saveDraft(save({ unit: '第二稿' }), t0 + 10 * MIN, db);
}

describe('restoring a version in the dashboard', () => {
  it('keeps the values it replaces as a version, so they can be restored in turn', async () => {
    const db = freshDb();
    await twoStretches(db);
    const [first] = await versionsOf((await loadDraft(key, db))?.id ?? '', db);
    expect(first?.values).toEqual({ unit: '第一稿' });

    const r = await restoreVersion((await loadDraft(key, db))?.id ?? '', first?.id ?? -1, 2_000_000, db);
    expect(r).toEqual({ ok: true, savedAt: first?.savedAt });
    expect((await loadDraft(key, db))?.values).toEqual({ unit: '第一稿' });
    // What the draft held until the restore is a version now: without it, "第二稿" would be gone for good.
    const versions = await versionsOf((await loadDraft(key, db))?.id ?? '', db);
    expect(versions.map((v) => v.values)).toEqual([{ unit: '第二稿' }, { unit: '第一稿' }]);

    // And restoring that one brings it back, keeping "第一稿" still.
    const back = versions[0]?.id ?? -1;
    await restoreVersion((await loadDraft(key, db))?.id ?? '', back, 3_000_000, db);
    expect((await loadDraft(key, db))?.values).toEqual({ unit: '第二稿' });
    expect(new Set(await everyValue(db))).toEqual(new Set(['第一稿', '第二稿']));
  });

  it('adds no duplicate when the values are already kept, and says so when the version is gone', async () => {
    const db = freshDb();
    await twoStretches(db);
    const id = (await loadDraft(key, db))?.id ?? '';
    const [first] = await versionsOf(id, db);
    await restoreVersion(id, first?.id ?? -1, 2_000_000, db);
    // Restoring the same version again: the draft already holds it; nothing new to keep.
    const again = (await versionsOf(id, db)).find((v) => v.values.unit === '第一稿');
    await restoreVersion(id, again?.id ?? -1, 2_100_000, db);
    expect((await versionsOf(id, db)).map((v) => v.values.unit)).toEqual(['第二稿', '第一稿']);
    expect(await restoreVersion(id, 9_999, 2_200_000, db)).toEqual({ ok: false, problem: 'gone' });
    expect((await loadDraft(key, db))?.values).toEqual({ unit: '第一稿' });
  });

  it('the next typing after a restore keeps the restored values too', async () => {
    const db = freshDb();
    await twoStretches(db);
    const id = (await loadDraft(key, db))?.id ?? '';
    const [first] = await versionsOf(id, db);
    await restoreVersion(id, first?.id ?? -1, 2_000_000, db);
    await saveDraft(save({ unit: '第三稿' }), 2_000_000 + 10 * MIN, db);
    expect(new Set(await everyValue(db))).toEqual(new Set(['第一稿', '第二稿', '第三稿']));
  });
});

describe('importing a drafts file over drafts of this browser', () => {
  it('a newer draft in the file replaces this one, whose values and versions are kept as versions', async () => {
    const mine = freshDb();
    await twoStretches(mine); // here: 第一稿 (version), 第二稿 (draft, saved at t0 + 10 min)
    const other = freshDb();
    await saveDraft(save({ unit: '别处的稿', phone: '13601198336' }), 5_000_000, other);
    const file = JSON.stringify(await exportDrafts(other));

    expect(await importDrafts(mine, file)).toEqual({ ok: true, drafts: 1, replaced: 1 });
    expect((await loadDraft(key, mine))?.values).toEqual({ unit: '别处的稿', phone: '13601198336' });
    expect(new Set(await everyValue(mine))).toEqual(new Set(['第一稿', '第二稿', '别处的稿', '13601198336']));
    const versions = await versionsOf((await loadDraft(key, mine))?.id ?? '', mine);
    expect(versions.map((v) => v.values)).toEqual([{ unit: '第二稿' }, { unit: '第一稿' }]);
  });

  it('an older draft in the file leaves this one the draft, and its values join the history', async () => {
    const old = freshDb();
    await saveDraft(save({ unit: '旧稿' }), 1_000, old);
    const file = JSON.stringify(await exportDrafts(old));
    const mine = freshDb();
    await twoStretches(mine);

    expect(await importDrafts(mine, file)).toEqual({ ok: true, drafts: 1, replaced: 0 });
    expect((await loadDraft(key, mine))?.values).toEqual({ unit: '第二稿' });
    expect(new Set(await everyValue(mine))).toEqual(new Set(['旧稿', '第一稿', '第二稿']));
  });

  it('importing the same export twice adds nothing', async () => {
    const mine = freshDb();
    await twoStretches(mine);
    const file = JSON.stringify(await exportDrafts(mine));
    await importDrafts(mine, file);
    await importDrafts(mine, file);
    const versions = await versionsOf((await loadDraft(key, mine))?.id ?? '', mine);
    expect(versions.map((v) => v.values)).toEqual([{ unit: '第一稿' }]);
    expect((await loadDraft(key, mine))?.values).toEqual({ unit: '第二稿' });
  });

  it('a refused file changes nothing and says why by code, for the dashboard to translate', async () => {
    const mine = freshDb();
    await twoStretches(mine);
    const r = await importDrafts(mine, '{"format":"tianbao-drafts","version":2,"exportedAt":1,"drafts":[{"id":1}]}');
    expect(r.ok ? null : r.problem.code).toBe('damaged');
    expect(new Set(await everyValue(mine))).toEqual(new Set(['第一稿', '第二稿']));
  });
});

describe('the dashboard’s other draft services', () => {
  it('lists drafts newest first and deletes one with its versions', async () => {
    const db = freshDb();
    await twoStretches(db);
    await saveDraft({ ...save({ x: '1' }), key: { ...key, path: '/other.html' } }, 9_000_000, db);
    expect((await listDrafts(db)).map((d) => d.key.path)).toEqual(['/other.html', '/apply.html']);
    const id = (await loadDraft(key, db))?.id ?? '';
    await deleteDraft(id, db);
    expect((await listDrafts(db)).map((d) => d.key.path)).toEqual(['/other.html']);
    expect(await versionsOf(id, db)).toEqual([]);
  });
});
