// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TianbaoDB } from '@/utils/drafts/db';
import { moveDraft, originsOfPlatform } from '@/utils/drafts/move';
import { DRAFT_LIMITS, type DraftKey, legacyDraftId, storedUrl } from '@/utils/drafts/schema';
import { draftSenderProblem } from '@/utils/drafts/sender';
import { loadDraft, saveDraft } from '@/utils/drafts/service';
import { importDrafts } from '@/utils/drafts/transfer';
import { visibleText } from '@/utils/fields/normalise';
import { MAPPING_LIMITS, mappingLimitProblem } from '@/utils/settings/mappings';
import { quietUi } from './runtime-ui';

const key: DraftKey = {
  origin: 'https://nzws.drce.com.cn',
  platform: 'nzws',
  path: '/apply.html',
  fingerprint: 'f',
  period: null,
};
let n = 0;
const freshDb = () => new TianbaoDB(`security-${n++}`);
const top = { tabId: 1, frameId: 0 };

describe('a draft belongs to its origin and platform', () => {
  it('is given to the page it was typed on', () => {
    expect(draftSenderProblem(key, { ...top, url: 'https://nzws.drce.com.cn/apply.html?x=1' }, [])).toBeNull();
    expect(
      draftSenderProblem(
        key,
        { ...top, url: 'https://nzws.drce.com.cn/apply.html', origin: 'https://nzws.drce.com.cn' },
        [],
      ),
    ).toBeNull();
  });

  it.each([
    ['an http copy of the platform', { ...top, url: 'http://nzws.drce.com.cn/apply.html' }],
    ['another port', { ...top, url: 'https://nzws.drce.com.cn:8443/apply.html' }],
    ['another host of the platform list', { ...top, url: 'https://sg.cutech.edu.cn/apply.html' }],
    ['a look-alike host', { ...top, url: 'https://nzws.drce.com.cn.evil.cn/apply.html' }],
    ['a sub-frame', { tabId: 1, frameId: 3, url: 'https://nzws.drce.com.cn/apply.html' }],
    ['an extension page (no tab)', { url: 'https://nzws.drce.com.cn/apply.html', frameId: 0 }],
    [
      'a sender whose origin contradicts its address',
      { ...top, url: 'https://nzws.drce.com.cn/a', origin: 'http://nzws.drce.com.cn' },
    ],
  ])('is refused to %s', (_, sender) => {
    expect(draftSenderProblem(key, sender, [])).not.toBeNull();
  });

  it('is refused when the key claims another platform than the host is', () => {
    const claimed: DraftKey = { ...key, origin: 'https://jxjy.moe.edu.cn', platform: 'nzws' };
    expect(draftSenderProblem(claimed, { ...top, url: 'https://jxjy.moe.edu.cn/' }, [])).toMatch(/platform/);
  });

  it('on a self-hosted site, follows the platform the user gave that host (and its port)', () => {
    const site = [{ host: 'zt.example.edu.cn:8080', platform: 'gaozhi-status' as const, addedAt: 1 }];
    const k: DraftKey = { ...key, origin: 'https://zt.example.edu.cn:8080', platform: 'gaozhi-status' };
    expect(draftSenderProblem(k, { ...top, url: 'https://zt.example.edu.cn:8080/t' }, site)).toBeNull();
    expect(draftSenderProblem(k, { ...top, url: 'https://zt.example.edu.cn:9090/t' }, site)).not.toBeNull();
  });

  it('keeps no query string or fragment in the stored address', () => {
    expect(storedUrl('https://nzws.drce.com.cn/apply.html?sid=1&token=2#x')).toBe(
      'https://nzws.drce.com.cn/apply.html',
    );
    expect(storedUrl('javascript:alert(1)')).toBe('');
  });
});

describe('limits', () => {
  it('refuses a new draft past the per-origin cap with a message, and keeps every existing one', async () => {
    const db = freshDb();
    const many = Array.from({ length: DRAFT_LIMITS.draftsPerOrigin }, (_, i) => ({
      id: `${key.origin}|nzws|/p${i}|f|`,
      key: { ...key, path: `/p${i}` },
      title: '',
      url: '',
      values: { a: String(i) },
      labels: {},
      createdAt: 1,
      updatedAt: 1,
    }));
    await db.drafts.bulkPut(many);
    await expect(saveDraft({ key, delta: { a: 'x' }, labels: {}, title: '', url: '' }, 2, db)).rejects.toThrow(
      /达到上限/,
    );
    expect(await db.drafts.count()).toBe(DRAFT_LIMITS.draftsPerOrigin);
    // Another origin is not held back by this one's drafts.
    const other = { ...key, origin: 'https://www.shequ.edu.cn', platform: 'shequ' as const };
    await saveDraft({ key: other, delta: { a: 'y' }, labels: {}, title: '', url: '' }, 2, db);
    expect((await loadDraft(other, db))?.values).toEqual({ a: 'y' });
  });

  it('mapping writes stop at their caps, with the reason in words', () => {
    expect(mappingLimitProblem({}, 'nzws|/a', 'x'.repeat(MAPPING_LIMITS.idChars + 1), {})).toMatch(/过长/);
    expect(mappingLimitProblem({}, 'nzws|/a', 'f', { label: 'L'.repeat(1_000_000) })).toMatch(/过长/);
    const full = Object.fromEntries(Array.from({ length: MAPPING_LIMITS.perPage }, (_, i) => [`f${i}`, {}]));
    expect(mappingLimitProblem({ 'nzws|/a': full }, 'nzws|/a', 'new', {})).toMatch(/上限/);
    // Changing a field already mapped is always possible.
    expect(mappingLimitProblem({ 'nzws|/a': full }, 'nzws|/a', 'f1', { label: '联系人' })).toBeNull();
    const pages = Object.fromEntries(Array.from({ length: MAPPING_LIMITS.pages }, (_, i) => [`nzws|/p${i}`, {}]));
    expect(mappingLimitProblem(pages, 'nzws|/new', 'f', {})).toMatch(/上限/);
  });
});

describe('a draft file exported before origins were kept (version 1)', () => {
  it('imports with each draft bound to the origin of its address, nothing lost', async () => {
    const { origin: _, ...legacyKey } = key;
    const file = JSON.stringify({
      format: 'tianbao-drafts',
      version: 1,
      exportedAt: 1,
      drafts: [
        {
          id: legacyDraftId(legacyKey),
          key: legacyKey,
          title: '申报表',
          url: 'https://nzws.drce.com.cn/apply.html?sid=abc',
          values: { 申报单位: '青川市社区大学' },
          labels: {},
          createdAt: 1,
          updatedAt: 5,
          versions: [{ savedAt: 2, values: { 申报单位: '青川' }, changed: 1 }],
        },
      ],
    });
    const db = freshDb();
    expect(await importDrafts(db, file)).toEqual({ ok: true, drafts: 1, replaced: 0 });
    const draft = await loadDraft(key, db);
    expect(draft?.values).toEqual({ 申报单位: '青川市社区大学' });
    expect(draft?.url).toBe('https://nzws.drce.com.cn/apply.html');
    expect(draft?.versions).toBe(2);
  });
});

describe('DOM walks are bounded', () => {
  it('reads the text of a label wrapping 20,000 nested elements without overflowing the stack', () => {
    const label = document.createElement('label');
    let at: Element = label;
    for (let i = 0; i < 20_000; i++) {
      const span = document.createElement('span');
      at.append(span);
      at = span;
    }
    at.append('联系人');
    // (Kept detached: happy-dom itself recurses when connecting a tree this deep; Chromium does not.)
    expect(() => visibleText(label)).not.toThrow();
    // Past the node cap the text is cut: a label is a few words, not a 20,000-deep tree.
    expect(visibleText(label).length).toBeLessThanOrEqual(1_000);
  });

  it('keeps document order and skips the text of controls inside', () => {
    const el = document.createElement('td');
    el.innerHTML = '<b>项目</b><i>名称<select><option>甲</option></select></i><span>（万元）</span>';
    expect(visibleText(el)).toBe('项目名称（万元）');
    const big = document.createElement('div');
    big.textContent = '字'.repeat(100_000);
    expect(visibleText(big)).toHaveLength(1_000);
  });
});

describe('moving a draft to another host of its platform (the user’s explicit choice)', () => {
  const sg: DraftKey = {
    origin: 'https://sg.chinaeducloud.com',
    platform: 'shuanggao',
    path: '/',
    fingerprint: 'f',
    period: null,
  };

  it('offers the platform’s hosts only, and moves the draft with its versions', async () => {
    const origins = originsOfPlatform('shuanggao', []);
    expect(origins).toContain('https://sg.cutech.edu.cn');
    expect(origins).not.toContain('https://nzws.drce.com.cn');
    const db = freshDb();
    await saveDraft({ key: sg, delta: { a: '1' }, labels: {}, title: '', url: 'https://sg.chinaeducloud.com/' }, 1, db);
    await saveDraft({ key: sg, delta: { a: '2' }, labels: {}, title: '', url: '' }, 10 * 60_000, db);
    const id = (await db.drafts.toArray())[0]?.id as string;
    const moved = await moveDraft(db, id, 'https://sg.cutech.edu.cn', []);
    expect(moved.ok).toBe(true);
    const there = await loadDraft({ ...sg, origin: 'https://sg.cutech.edu.cn' }, db);
    expect(there?.values).toEqual({ a: '2' });
    expect(there?.versions).toBe(2);
    expect(there?.url).toBe('https://sg.cutech.edu.cn/');
    expect(await loadDraft(sg, db)).toBeNull();
  });

  it('refuses a host of another platform, and never overwrites a draft already there', async () => {
    const db = freshDb();
    await saveDraft({ key: sg, delta: { a: 'old host' }, labels: {}, title: '', url: '' }, 1, db);
    const target = { ...sg, origin: 'https://sg.cutech.edu.cn' };
    await saveDraft({ key: target, delta: { a: 'new host' }, labels: {}, title: '', url: '' }, 1, db);
    const id = (await db.drafts.where('key.origin').equals(sg.origin).first())?.id as string;
    expect(await moveDraft(db, id, 'https://nzws.drce.com.cn', [])).toMatchObject({ ok: false });
    const r = await moveDraft(db, id, 'https://sg.cutech.edu.cn', []);
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('未移动') });
    expect((await loadDraft(target, db))?.values).toEqual({ a: 'new host' });
    expect((await loadDraft(sg, db))?.values).toEqual({ a: 'old host' });
  });
});

describe('a hostile drafts backup changes nothing', () => {
  it('a file laden with __proto__ keys neither pollutes objects nor writes a draft', async () => {
    const db = freshDb();
    const text = `{"format":"tianbao-drafts","version":2,"exportedAt":1,"__proto__":{"polluted":1},"drafts":[{"__proto__":{"isAdmin":true},"id":"x","key":{"__proto__":{"origin":"https://nzws.drce.com.cn"},"platform":"nzws","path":"/","fingerprint":"f","period":null},"title":"t","url":"https://nzws.drce.com.cn/","values":{"__proto__":{"a":"b"}},"labels":{},"createdAt":1,"updatedAt":1,"versions":[]}]}`;
    const r = await importDrafts(db, text);
    expect(r.ok).toBe(false);
    expect(await db.drafts.count()).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});

describe('a scan that fails', () => {
  it('never dies silently: the panel is told why, and the engine keeps running', async () => {
    const { getBus } = await import('@/utils/content/bus');
    const { FieldsRuntime } = await import('@/utils/content/fields-runtime');
    document.body.innerHTML = '<table><tr><th>手机</th><td><input id="m"></td></tr></table>';
    const bus = getBus();
    bus.platform = 'nzws';
    const runtime = new FieldsRuntime(document, quietUi());
    runtime.scan();
    expect(bus.summary?.error).toBeNull();
    const original = document.querySelectorAll;
    document.querySelectorAll = () => {
      throw new Error('boom');
    };
    try {
      expect(() => runtime.scan()).not.toThrow();
      expect(bus.summary?.error).toBe('boom');
    } finally {
      document.querySelectorAll = original;
    }
    runtime.scan();
    expect(bus.summary?.error).toBeNull();
    runtime.destroy();
  });
});
