import { afterEach, describe, expect, it, vi } from 'vitest';
import { CACHE_SIZE, cacheOf } from '@/utils/drafts/cache';
import { TianbaoDB } from '@/utils/drafts/db';
import { moveDraft } from '@/utils/drafts/move';
import { type DraftKey, draftId } from '@/utils/drafts/schema';
import { deleteDraft, loadDraft, restoreVersion, saveDraft, versionsOf } from '@/utils/drafts/service';
import { snapshotBeforeRestore } from '@/utils/drafts/snapshot';
import { exportDrafts, importDrafts, pruneOldDrafts } from '@/utils/drafts/transfer';

/*
 * The background keeps the draft of each open form in memory (utils/drafts/cache.ts). Whatever else writes drafts
 * (the dashboard in its own page, the retention in the background, a restart of the background), a save merged
 * into that memory must never put back values the database no longer holds, nor drop values it holds.
 */

const key: DraftKey = {
  origin: 'https://sg.chinaeducloud.com',
  platform: 'shuanggao',
  path: '/apply.html',
  fingerprint: 'f',
  period: null,
};
const id = draftId(key);
const url = 'https://sg.chinaeducloud.com/apply.html';
const save = (delta: Record<string, string>) => ({ key, delta, labels: {}, title: '申报', url });
const MIN = 60_000;
let n = 0;
const names: string[] = [];
const freshName = () => {
  const name = `cache-${n++}`;
  names.push(name);
  return name;
};

/** The background's database, and the dashboard's: two connections to one database, as two contexts have. */
function contexts() {
  const name = freshName();
  return { background: new TianbaoDB(name), dashboard: new TianbaoDB(name) };
}

afterEach(() => vi.restoreAllMocks());

describe('the background’s memory of open drafts', () => {
  it('merges a save into what it holds: no read of the draft, one record written', async () => {
    const { background } = contexts();
    await saveDraft(save({ 单位: '青川市社区大学', 联系人: '王老师' }), 1_000, background);
    const get = vi.spyOn(background.drafts, 'get');
    const put = vi.spyOn(background.drafts, 'put');
    const versionsAdded = vi.spyOn(background.versions, 'add');
    await saveDraft(save({ 联系人: '李老师' }), 2_000, background);
    expect(get).not.toHaveBeenCalled();
    expect(put).toHaveBeenCalledTimes(1);
    expect(versionsAdded).not.toHaveBeenCalled();
    expect((await loadDraft(key, background))?.values).toEqual({ 单位: '青川市社区大学', 联系人: '李老师' });
  });

  it('a restart of the background (memory empty) loses nothing already saved', async () => {
    const name = freshName();
    const before = new TianbaoDB(name);
    await saveDraft(save({ 单位: '青川市社区大学', 联系人: '王老师' }), 1_000, before);
    expect(cacheOf(before).count).toBe(1);
    before.close();
    // The service worker stops and starts again: a new context, a new connection, nothing in memory.
    const after = new TianbaoDB(name);
    expect(cacheOf(after).count).toBe(0);
    await saveDraft(save({ 手机: '13601198336' }), 2_000, after);
    expect((await loadDraft(key, after))?.values).toEqual({
      单位: '青川市社区大学',
      联系人: '王老师',
      手机: '13601198336',
    });
  });

  it('merges deltas sent at once by two tabs of the same form, losing neither', async () => {
    const { background } = contexts();
    await saveDraft(save({ 单位: '青川市社区大学' }), 1_000, background);
    // Tab A and tab B each send their own field before either save has finished.
    await Promise.all([
      saveDraft(save({ 联系人: '王老师' }), 2_000, background),
      saveDraft(save({ 手机: '13601198336' }), 2_001, background),
      loadDraft(key, background),
      saveDraft(save({ 邮箱: 'a@b.cn' }), 2_002, background),
    ]);
    expect((await loadDraft(key, background))?.values).toEqual({
      单位: '青川市社区大学',
      联系人: '王老师',
      手机: '13601198336',
      邮箱: 'a@b.cn',
    });
  });

  it('keeps at most a few forms, and a form it let go is read again whole', async () => {
    const { background } = contexts();
    const other = (i: number): DraftKey => ({ ...key, path: `/form-${i}` });
    await saveDraft(save({ 单位: '青川' }), 1_000, background);
    for (let i = 0; i < CACHE_SIZE + 2; i++) {
      await saveDraft({ ...save({ x: String(i) }), key: other(i) }, 1_000 + i, background);
    }
    expect(cacheOf(background).count).toBe(CACHE_SIZE);
    await saveDraft(save({ 联系人: '王老师' }), 5_000, background);
    expect((await loadDraft(key, background))?.values).toEqual({ 单位: '青川', 联系人: '王老师' });
  });

  it('a save that fails forgets the delta it held: the next save has only what the database has', async () => {
    const { background } = contexts();
    await saveDraft(save({ 单位: '已保存' }), 1_000, background);
    await saveDraft(save({ 邮箱: 'a@b.cn' }), 1_500, background);
    const put = vi.spyOn(background.drafts, 'put').mockImplementationOnce(() => {
      throw new Error('disk');
    });
    await expect(saveDraft(save({ 单位: '未保存', 联系人: '未保存' }), 2_000, background)).rejects.toThrow(
      /草稿未能保存/,
    );
    put.mockRestore();
    await saveDraft(save({ 手机: '1' }), 3_000, background);
    expect((await loadDraft(key, background))?.values).toEqual({ 单位: '已保存', 邮箱: 'a@b.cn', 手机: '1' });
  });

  it('a loaded view does not change under its reader when the next save merges', async () => {
    const { background } = contexts();
    await saveDraft(save({ 单位: '青川' }), 1_000, background);
    await saveDraft(save({ 联系人: '王老师' }), 1_500, background);
    const view = await loadDraft(key, background);
    await saveDraft(save({ 单位: '江北' }), 2_000, background);
    expect(view?.values).toEqual({ 单位: '青川', 联系人: '王老师' });
    expect((await loadDraft(key, background))?.values).toEqual({ 单位: '江北', 联系人: '王老师' });
  });

  it('a field named __proto__ stays a field', async () => {
    const { background } = contexts();
    await saveDraft(save({ a: '1' }), 1_000, background);
    await saveDraft(save(JSON.parse('{"__proto__":"x"}')), 2_000, background);
    const values = (await loadDraft(key, background))?.values ?? {};
    expect(Object.hasOwn(values, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).a).toBeUndefined();
  });
});

describe('every other write of a draft makes the background’s memory of it stale, never the truth', () => {
  it('a drafts file imported in the dashboard (the file newer): the next save keeps its values', async () => {
    const { background, dashboard } = contexts();
    await saveDraft(save({ 单位: '本机的单位', 联系人: '王老师' }), 1_000, background);
    const file = await exportDrafts(background);
    const copy = file.drafts[0];
    if (!copy) throw new Error('no draft exported');
    copy.values = { 单位: '文件里的单位', 联系人: '王老师', 邮箱: 'a@b.cn' };
    copy.updatedAt = 1_500;
    expect(await importDrafts(dashboard, JSON.stringify(file))).toMatchObject({ ok: true, replaced: 1 });
    await saveDraft(save({ 手机: '13601198336' }), 2_000, background);
    expect((await loadDraft(key, background))?.values).toEqual({
      单位: '文件里的单位',
      联系人: '王老师',
      邮箱: 'a@b.cn',
      手机: '13601198336',
    });
  });

  it('a version restored in the dashboard: the next save keeps the restored values', async () => {
    const { background, dashboard } = contexts();
    await saveDraft(save({ 单位: '第一稿' }), 1_000, background);
    await saveDraft(save({ 单位: '第二稿', 联系人: '王老师' }), 1_000 + 10 * MIN, background);
    const [first] = await versionsOf(id, dashboard);
    expect(await restoreVersion(id, first?.id ?? -1, 1_000 + 11 * MIN, dashboard)).toMatchObject({ ok: true });
    await saveDraft(save({ 手机: '1' }), 1_000 + 11 * MIN + 1, background);
    expect((await loadDraft(key, background))?.values).toEqual({ 单位: '第一稿', 手机: '1' });
    // And what the restore replaced is still a version.
    expect((await versionsOf(id, background)).map((v) => v.values)).toContainEqual({
      单位: '第二稿',
      联系人: '王老师',
    });
  });

  it('a move to another host of the platform: a save from the old host does not bring the moved values back', async () => {
    const { background, dashboard } = contexts();
    await saveDraft(save({ 单位: '青川', 联系人: '王老师' }), 1_000, background);
    expect(await moveDraft(dashboard, id, 'https://sg.cutech.edu.cn', [])).toMatchObject({ ok: true });
    await saveDraft(save({ 手机: '1' }), 2_000, background);
    expect((await loadDraft(key, background))?.values).toEqual({ 手机: '1' });
    const moved = await loadDraft({ ...key, origin: 'https://sg.cutech.edu.cn' }, background);
    expect(moved?.values).toEqual({ 单位: '青川', 联系人: '王老师' });
  });

  it('a draft deleted in the dashboard stays deleted: the next save starts from the delta alone', async () => {
    const { background, dashboard } = contexts();
    await saveDraft(save({ 单位: '青川', 联系人: '王老师' }), 1_000, background);
    await deleteDraft(id, dashboard);
    await saveDraft(save({ 手机: '1' }), 2_000, background);
    expect((await loadDraft(key, background))?.values).toEqual({ 手机: '1' });
  });

  it('a draft the retention removed stays removed', async () => {
    const { background } = contexts();
    await saveDraft(save({ 单位: '青川' }), 1_000, background);
    // Held, the draft is kept (its form may be open); once let go for other forms, it is old enough to go.
    const later = 1_000 + 31 * 24 * 60 * MIN;
    expect(await pruneOldDrafts(background, 30, later)).toBe(0);
    for (let i = 0; i < CACHE_SIZE; i++) {
      await saveDraft({ ...save({ x: String(i) }), key: { ...key, path: `/form-${i}` } }, later, background);
    }
    expect(await pruneOldDrafts(background, 30, later)).toBe(1);
    expect(await loadDraft(key, background)).toBeNull();
    await saveDraft(save({ 手机: '1' }), 2_000, background);
    expect((await loadDraft(key, background))?.values).toEqual({ 手机: '1' });
  });

  it('a snapshot before a restore keeps the page’s values as a version and leaves the draft as it was', async () => {
    const { background } = contexts();
    await saveDraft(save({ 单位: '草稿的单位', 联系人: '王老师' }), 1_000, background);
    expect(await snapshotBeforeRestore(key, { 单位: '页面上的单位' }, 1_500, background)).toBe(true);
    await saveDraft(save({ 手机: '1' }), 2_000, background);
    const draft = await loadDraft(key, background);
    expect(draft?.values).toEqual({ 单位: '草稿的单位', 联系人: '王老师', 手机: '1' });
    expect(draft?.versions).toBe(2);
    expect((await versionsOf(id, background)).map((v) => v.values)).toEqual([
      { 单位: '页面上的单位', 联系人: '王老师' },
    ]);
  });
});
