import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import zh from '@/public/_locales/zh_CN/messages.json';
import { noteMessage } from '@/utils/content/explanations';
import { TianbaoDB } from '@/utils/drafts/db';
import { type Explanation, ExplanationSchema, explanationsText } from '@/utils/drafts/explanations';
import { listExplanations, setExplanation } from '@/utils/drafts/explanations-service';
import { moveDraft } from '@/utils/drafts/move';
import { type DraftKey, draftId } from '@/utils/drafts/schema';
import { deleteDraft, loadDraft, saveDraft } from '@/utils/drafts/service';
import { exportDrafts, importDrafts, pruneOldDrafts } from '@/utils/drafts/transfer';
import { useMessages } from '@/utils/i18n';
import { EXPLAIN } from '@/utils/messages/explain';

const key: DraftKey = {
  origin: 'https://nzws.drce.com.cn',
  platform: 'nzws',
  path: '/apply.html',
  fingerprint: 'f',
  period: null,
};
let n = 0;
const freshDb = () => new TianbaoDB(`explain-${n++}`);
const span: Explanation = {
  problem: 'fld_6f85\u0000spanWithin',
  fieldId: 'fld_6f85',
  label: '结束时间',
  row: null,
  message: '周期不超过 24 个月（两年之内），现约 36 个月',
  note: '项目分三期实施，已经省级教育行政部门同意',
  at: 1,
};

describe('a 说明 is required and short', () => {
  it('the schema refuses an empty 说明 and one over 200 字 (whitespace not counted)', () => {
    expect(ExplanationSchema.safeParse(span).success).toBe(true);
    expect(ExplanationSchema.safeParse({ ...span, note: '  \n ' }).success).toBe(false);
    expect(ExplanationSchema.safeParse({ ...span, note: '字'.repeat(201) }).success).toBe(false);
    expect(ExplanationSchema.safeParse({ ...span, note: `${'字'.repeat(200)}\n  ` }).success).toBe(true);
    // The message contract carries the same check: a page can't send a 说明 the panel would refuse.
    const bad = { key, explanation: { ...span, note: '' } };
    expect(EXPLAIN['explain/set'].request.safeParse(bad).success).toBe(false);
  });

  it('says in Chinese what is wrong and by how much', () => {
    useMessages('zh_CN', zh);
    expect(noteMessage('')).toBe('请填写说明：为什么这一项可以保留。');
    expect(noteMessage('字'.repeat(203))).toBe('说明不超过 200 字，现有 203 字，请删减 3 字。');
    expect(noteMessage('经核实无误')).toBeNull();
  });

  it('the list copies as text to paste into the platform or send with the annex', () => {
    expect(
      explanationsText([span, { ...span, problem: 'x', row: '第 2 行', label: '年龄', message: 'm', note: 'n' }]),
    ).toBe(`结束时间：${span.message}\n说明：${span.note}\n\n第 2 行 · 年龄：m\n说明：n`);
  });
});

describe('the 说明 are kept with the draft', () => {
  it('keeps, replaces and drops the 说明 of one form, and no other form sees them', async () => {
    const db = freshDb();
    expect(await listExplanations(key, db)).toEqual([]);
    await setExplanation(key, { explanation: span }, 10, db);
    const changed = { ...span, note: '已与省厅确认' };
    expect(await setExplanation(key, { explanation: changed }, 11, db)).toEqual([changed]);
    expect(await listExplanations({ ...key, origin: 'http://nzws.drce.com.cn' }, db)).toEqual([]);
    expect(await listExplanations({ ...key, period: '2023' }, db)).toEqual([]);
    expect(await setExplanation(key, { remove: span.problem }, 12, db)).toEqual([]);
    expect(await db.explanations.count()).toBe(0);
  });

  it('deleting a draft deletes its 说明', async () => {
    const db = freshDb();
    await saveDraft(
      { key, delta: { a: '1' }, labels: {}, title: 't', url: 'https://nzws.drce.com.cn/apply.html' },
      1,
      db,
    );
    await setExplanation(key, { explanation: span }, 2, db);
    await deleteDraft(draftId(key), db);
    expect(await listExplanations(key, db)).toEqual([]);
  });

  it('walks a version-3 database to version 4: drafts and versions kept, no 说明 yet', async () => {
    const name = `fixture-v3-${n++}`;
    const raw = new Dexie(name);
    raw.version(3).stores({
      drafts: 'id, key.platform, key.origin, updatedAt',
      versions: '++id, draftId, [draftId+savedAt]',
      imported: 'id, importedAt',
    });
    await raw.table('drafts').put({
      id: draftId(key),
      key,
      title: 't',
      url: 'https://nzws.drce.com.cn/apply.html',
      values: { a: 'v3' },
      labels: {},
      createdAt: 1,
      updatedAt: 1,
    });
    await raw.table('versions').add({ draftId: draftId(key), savedAt: 0, values: { a: 'v2' }, changed: 1 });
    raw.close();
    const db = new TianbaoDB(name);
    expect((await loadDraft(key, db))?.values).toEqual({ a: 'v3' });
    expect((await loadDraft(key, db))?.versions).toBe(2);
    expect(db.verno).toBe(4);
    expect(await listExplanations(key, db)).toEqual([]);
    await setExplanation(key, { explanation: span }, 2, db);
    expect(await listExplanations(key, db)).toEqual([span]);
    db.close();
  });
});

describe('the 说明 travel with their draft', () => {
  it('are exported and imported with it; a file with an over-long 说明 is refused whole', async () => {
    const from = freshDb();
    await saveDraft(
      { key, delta: { a: '1' }, labels: {}, title: 't', url: 'https://nzws.drce.com.cn/apply.html' },
      1,
      from,
    );
    await setExplanation(key, { explanation: span }, 2, from);
    const file = await exportDrafts(from);
    expect(file.drafts[0]?.explanations).toEqual([span]);

    const to = freshDb();
    expect(await importDrafts(to, JSON.stringify(file))).toMatchObject({ ok: true, drafts: 1 });
    expect(await listExplanations(key, to)).toEqual([span]);

    const bad = freshDb();
    const tampered = structuredClone(file);
    (tampered.drafts[0]?.explanations ?? [])[0] = { ...span, note: '长'.repeat(201) };
    expect(await importDrafts(bad, JSON.stringify(tampered))).toMatchObject({ ok: false });
    expect(await bad.drafts.count()).toBe(0);
    expect(await listExplanations(key, bad)).toEqual([]);
  });

  it('an import keeps the 说明 written last for the same warning, and the others of both', async () => {
    const here = freshDb();
    await saveDraft(
      { key, delta: { a: '1' }, labels: {}, title: 't', url: 'https://nzws.drce.com.cn/apply.html' },
      1,
      here,
    );
    const other = { ...span, problem: 'x\u0000maxAge', note: '本机的说明', at: 5 };
    await setExplanation(key, { explanation: { ...span, note: '旧说明', at: 1 } }, 1, here);
    await setExplanation(key, { explanation: other }, 1, here);
    const file = await exportDrafts(here);
    const newer = structuredClone(file);
    newer.drafts[0] = {
      ...(newer.drafts[0] as (typeof newer.drafts)[number]),
      explanations: [{ ...span, note: '新说明', at: 9 }],
    };
    await importDrafts(here, JSON.stringify(newer));
    expect((await listExplanations(key, here)).map((e) => e.note).sort()).toEqual(['新说明', '本机的说明'].sort());
  });

  it('move with the draft to another origin of its platform, and go with it when it is pruned', async () => {
    const db = freshDb();
    await saveDraft(
      { key, delta: { a: '1' }, labels: {}, title: 't', url: 'https://nzws.drce.com.cn/apply.html' },
      1,
      db,
    );
    await setExplanation(key, { explanation: span }, 2, db);
    const moved = await moveDraft(db, draftId(key), 'http://nzws.drce.com.cn', []);
    expect(moved.ok).toBe(true);
    const there = { ...key, origin: 'http://nzws.drce.com.cn' };
    expect(await listExplanations(there, db)).toEqual([span]);
    expect(await listExplanations(key, db)).toEqual([]);
    expect(await pruneOldDrafts(db, 7, 10 * 24 * 3600 * 1000)).toBe(1);
    expect(await listExplanations(there, db)).toEqual([]);
  });
});
