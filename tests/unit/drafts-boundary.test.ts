// A draft message's value maps (5,000 values for a large form) are checked once, at the message boundary, by one
// loop without a copy (isBoundedMap, issue #16) instead of a zod record per entry. The check must refuse what the
// record schema refused, and must pass every value through untouched: a save of 5,000 values sent through the
// messaging comes back, value for value, from the database.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TianbaoDB } from '@/utils/drafts/db';
import { DRAFT_LIMITS, type DraftKey, draftId, isBoundedMap } from '@/utils/drafts/schema';
import { loadDraft, saveDraft } from '@/utils/drafts/service';
import { snapshotBeforeRestore } from '@/utils/drafts/snapshot';
import { DRAFTS, DraftSaveSchema } from '@/utils/messages/drafts';
import { onMessages, toBackground } from '@/utils/messaging';

const key: DraftKey = {
  origin: 'https://nzws.drce.com.cn',
  platform: 'nzws',
  path: '/apply.html',
  fingerprint: 'f',
  period: '2026',
};
const url = 'https://nzws.drce.com.cn/apply.html';

/** 5,000 values as a large form holds them: Chinese, full-width digits and punctuation, newlines, blanks, zeros. */
function largeForm(): Record<string, string> {
  const values: Record<string, string> = {};
  for (let i = 0; i < 5000; i++) {
    const id = `t0|${Math.floor(i / 5) + 1}|项目${(i % 5) + 1}`;
    values[id] = [`第${i}项：１２３，内容`, '', '0', '  前后空格  ', '第一行\n第二行'][i % 5] as string;
  }
  return values;
}

describe('isBoundedMap', () => {
  it('takes a map of strings within the limits, a key named __proto__ included', () => {
    expect(isBoundedMap({}, 5, 5)).toBe(true);
    expect(isBoundedMap({ abcde: '12345' }, 5, 5)).toBe(true);
    expect(isBoundedMap(JSON.parse('{"__proto__":"x","a":""}'), 20, 5)).toBe(true);
    expect(isBoundedMap(Object.assign(Object.create(null), { a: 'b' }), 5, 5)).toBe(true);
  });

  it('refuses what is not such a map', () => {
    expect(isBoundedMap(null, 5, 5)).toBe(false);
    expect(isBoundedMap('a', 5, 5)).toBe(false);
    expect(isBoundedMap(['a'], 5, 5)).toBe(false);
    expect(isBoundedMap(new Map([['a', 'b']]), 5, 5)).toBe(false);
    expect(isBoundedMap({ a: 1 }, 5, 5)).toBe(false);
    expect(isBoundedMap({ a: null }, 5, 5)).toBe(false);
    expect(isBoundedMap({ a: { b: 'c' } }, 5, 5)).toBe(false);
    expect(isBoundedMap({ abcdef: 'x' }, 5, 5)).toBe(false);
    expect(isBoundedMap({ a: '123456' }, 5, 5)).toBe(false);
    expect(isBoundedMap(JSON.parse('{"__proto__":{"polluted":"1"}}'), 20, 5)).toBe(false);
  });
});

describe('the drafts/save boundary', () => {
  const save = (delta: unknown, labels: unknown = {}) => ({ key, delta, labels, title: '申报', url });

  it('passes the delta through as it came, without a copy', () => {
    const delta = largeForm();
    const parsed = DraftSaveSchema.safeParse(save(delta));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.delta).toBe(delta);
  });

  it('refuses a value, a field identity or a label over its limit, and a value that is not text', () => {
    const long = 'x'.repeat(DRAFT_LIMITS.valueChars + 1);
    expect(DraftSaveSchema.safeParse(save({ a: 'x'.repeat(DRAFT_LIMITS.valueChars) })).success).toBe(true);
    expect(DraftSaveSchema.safeParse(save({ a: long })).success).toBe(false);
    expect(DraftSaveSchema.safeParse(save({ ['i'.repeat(DRAFT_LIMITS.idChars + 1)]: 'v' })).success).toBe(false);
    expect(DraftSaveSchema.safeParse(save({ a: 'v' }, { a: 'l'.repeat(DRAFT_LIMITS.idChars + 1) })).success).toBe(
      false,
    );
    expect(DraftSaveSchema.safeParse(save({ a: 5 })).success).toBe(false);
    expect(DraftSaveSchema.safeParse(save(['a', 'b'])).success).toBe(false);
  });
});

let n = 0;

describe('5,000 values through the messaging', () => {
  let name: string;
  let database: TianbaoDB;
  let stop: () => void;
  const ask = toBackground<typeof DRAFTS>();
  beforeEach(() => {
    fakeBrowser.reset();
    name = `boundary-${n++}`;
    database = new TianbaoDB(name);
    stop = onMessages(DRAFTS, {
      'drafts/save': async (s) => {
        const { savedAt, versions } = await saveDraft(s, Date.now(), database);
        return { savedAt, versions };
      },
      'drafts/load': async ({ key }) => ({ draft: await loadDraft(key, database) }),
      'drafts/snapshot': async ({ key, values }) => ({
        kept: await snapshotBeforeRestore(key, values, Date.now(), database),
      }),
    });
  });
  afterEach(() => stop());

  it('are saved, kept and restored value for value, and a later delta changes only its fields', async () => {
    const typed = largeForm();
    const labels = Object.fromEntries(Object.keys(typed).map((id) => [id, id.split('|')[2] as string]));
    await ask('drafts/save', { key, delta: { ...typed }, labels, title: '申报', url });
    await ask('drafts/save', { key, delta: { 't0|1|项目1': '改过', 't0|1000|项目5': '' }, labels: {}, title: '', url });
    const expected = { ...typed, 't0|1|项目1': '改过', 't0|1000|项目5': '' };
    // From the database itself (another connection, as the dashboard has): what was written.
    const stored = await new TianbaoDB(name).drafts.get(draftId(key));
    expect(stored?.values).toEqual(expected);
    expect(Object.keys(stored?.labels ?? {})).toHaveLength(5000);
    // And what a restore offers the page.
    const { draft } = await ask('drafts/load', { key });
    expect(draft?.values).toEqual(expected);
    expect(await ask('drafts/snapshot', { key, values: { 't0|2|项目1': '页面上的' } })).toEqual({ kept: true });
  });

  it('a refused save changes nothing that was saved, and says why', async () => {
    await ask('drafts/save', { key, delta: { a: '第一次' }, labels: {}, title: '申报', url });
    await expect(
      ask('drafts/save', { key, delta: { a: 'x'.repeat(DRAFT_LIMITS.valueChars + 1) }, labels: {}, title: '', url }),
    ).rejects.toThrow('drafts/save: invalid request');
    expect((await new TianbaoDB(name).drafts.get(draftId(key)))?.values).toEqual({ a: '第一次' });
  });
});
