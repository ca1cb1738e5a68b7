import { describe, expect, it } from 'vitest';
import { TianbaoDB } from '@/utils/drafts/db';
import { loadDraft, saveDraft } from '@/utils/drafts/service';
import { exportDrafts, importDrafts, pruneOldDrafts } from '@/utils/drafts/transfer';
import { JXJY_KEY } from './draft-key';

const key = JXJY_KEY;
let n = 0;
const freshDb = () => new TianbaoDB(`transfer-${n++}`);

describe('export and import', () => {
  it('round-trips drafts with their versions', async () => {
    const a = freshDb();
    await saveDraft(
      {
        key,
        delta: { x: '“无”\n0012' },
        labels: { x: '合作方' },
        title: 't',
        url: 'https://jxjy.moe.edu.cn/nonxueli.html',
      },
      1000,
      a,
    );
    // A save after a pause keeps the earlier stretch as a version.
    await saveDraft(
      { key, delta: { y: '2' }, labels: {}, title: 't', url: 'https://jxjy.moe.edu.cn/nonxueli.html' },
      1000 + 10 * 60_000,
      a,
    );
    const file = JSON.stringify(await exportDrafts(a));
    const b = freshDb();
    expect(await importDrafts(b, file)).toEqual({ ok: true, drafts: 1, replaced: 0 });
    expect((await loadDraft(key, b))?.values).toEqual({ x: '“无”\n0012', y: '2' });
    expect((await b.versions.toArray()).map((v) => v.values)).toEqual([{ x: '“无”\n0012' }]);
  });

  it.each([
    ['not json', '{', '不是有效的 JSON'],
    ['foreign', '{"hello":1}', '不是填报助手导出的草稿文件'],
    ['broken', '{"format":"tianbao-drafts","version":1,"exportedAt":1,"drafts":[{"id":1}]}', '已损坏'],
    [
      'tampered id',
      JSON.stringify({
        format: 'tianbao-drafts',
        version: 1,
        exportedAt: 1,
        drafts: [
          {
            id: 'other',
            key,
            title: 't',
            url: 'https://jxjy.moe.edu.cn/nonxueli.html',
            values: {},
            labels: {},
            createdAt: 1,
            updatedAt: 1,
            versions: [],
          },
        ],
      }),
      '标识与内容不符',
    ],
  ])('refuses a %s file and changes nothing', async (_, text, message) => {
    const db = freshDb();
    await saveDraft(
      { key, delta: { x: 'mine' }, labels: {}, title: 't', url: 'https://jxjy.moe.edu.cn/nonxueli.html' },
      1,
      db,
    );
    const r = await importDrafts(db, text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
    expect((await loadDraft(key, db))?.values).toEqual({ x: 'mine' });
  });

  it('keeps the newer of two copies', async () => {
    const a = freshDb();
    await saveDraft(
      { key, delta: { x: 'old' }, labels: {}, title: 't', url: 'https://jxjy.moe.edu.cn/nonxueli.html' },
      1,
      a,
    );
    const file = JSON.stringify(await exportDrafts(a));
    await saveDraft(
      { key, delta: { x: 'new' }, labels: {}, title: 't', url: 'https://jxjy.moe.edu.cn/nonxueli.html' },
      5,
      a,
    );
    await importDrafts(a, file);
    expect((await loadDraft(key, a))?.values).toEqual({ x: 'new' });
  });

  it('deletes drafts older than the retention', async () => {
    const db = freshDb();
    const DAY = 86_400_000;
    await saveDraft(
      { key, delta: { x: '1' }, labels: {}, title: 't', url: 'https://jxjy.moe.edu.cn/nonxueli.html' },
      0,
      db,
    );
    await saveDraft(
      {
        key: { ...key, period: '2023' },
        delta: { x: '2' },
        labels: {},
        title: 't',
        url: 'https://jxjy.moe.edu.cn/nonxueli.html',
      },
      200 * DAY,
      db,
    );
    // Pruned after a restart of the background: the one that saved them still holds both forms (never pruned).
    expect(await pruneOldDrafts(new TianbaoDB(db.name), 180, 200 * DAY)).toBe(1);
    expect(await db.drafts.count()).toBe(1);
    expect(await db.versions.count()).toBe(0);
  });
});
