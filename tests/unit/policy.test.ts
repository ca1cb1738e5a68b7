import fs from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TianbaoDB } from '@/utils/drafts/db';
import { requirementViews, saveImported } from '@/utils/notices/imported';
import { canonicalJson } from '@/utils/packs/canonical';
import { importedFromNotice } from '@/utils/packs/imported';
import { readPack } from '@/utils/packs/read';
import { parsePack } from '@/utils/packs/schema';
import { fromBase64, keyIdOf, signPack, toBase64 } from '@/utils/packs/sign';
import { SITES } from '@/utils/platforms/user-sites';
import {
  applyPolicy,
  mergeMappings,
  mergePushed,
  POLICY_APPLIED,
  pushedFollowed,
  pushedSites,
} from '@/utils/policy/apply';
import { POLICY_DISABLED } from '@/utils/policy/disabled';
import { loadPolicy, onPolicyChanged, policySaveReminderMinutes } from '@/utils/policy/managed';
import { packAsSent, readPolicy } from '@/utils/policy/schema';
import { readPackFile } from '@/utils/policy/trust';
import { scheduleReminders, sweepReminders } from '@/utils/reminders/service';
import { MAPPINGS } from '@/utils/settings/mappings';
import { FOLLOWED, PREVIEW_DATE } from '@/utils/settings/planning';
import { readSetting, writeSetting } from '@/utils/settings/store';

const PACK_TEXT = fs.readFileSync('tests/fixtures/packs/policy-pushed.json', 'utf8');
const PACK = JSON.parse(PACK_TEXT);

const P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
async function keyPair(): Promise<{ pkcs8: Uint8Array<ArrayBuffer>; spki: string }> {
  const pair = await crypto.subtle.generateKey(P256, true, ['sign', 'verify']);
  return {
    pkcs8: new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey)),
    spki: toBase64(await crypto.subtle.exportKey('spki', pair.publicKey)),
  };
}

describe('readPolicy: each key on its own', () => {
  it('reads every key of a valid policy', async () => {
    const { spki } = await keyPair();
    const pem = `-----BEGIN PUBLIC KEY-----\n${spki.replace(/(.{64})/g, '$1\n')}\n-----END PUBLIC KEY-----\n`;
    const { policy, warnings } = readPolicy({
      packs: [PACK_TEXT],
      sites: { 'ZZ.Example.edu.cn': 'zhongzhi-system', '10.1.2.3:8080': 'gaozhi-status' },
      trustedKeys: [spki, pem],
      followed: ['policy-test-2026-1-1'],
      disabled: ['reminders', 'jxjy'],
      saveReminderMinutes: 30,
    });
    expect(warnings).toEqual([]);
    expect(policy.packs?.map((p) => p.title)).toEqual(['示例省推送包（测试用）']);
    expect(policy.sites).toEqual([
      { host: 'zz.example.edu.cn', platform: 'zhongzhi-system' },
      { host: '10.1.2.3:8080', platform: 'gaozhi-status' },
    ]);
    expect(policy.followed).toEqual(['policy-test-2026-1-1']);
    // PEM or bare base64: kept as bare base64.
    expect(policy.trustedKeys).toEqual([spki, spki]);
    expect(policy.disabled).toEqual(['reminders', 'jxjy']);
    expect(policy.saveReminderMinutes).toBe(30);
  });

  it('no policy: nothing set, no warning', () => {
    expect(readPolicy({})).toEqual({ policy: {}, warnings: [] });
    expect(readPolicy(undefined)).toEqual({ policy: {}, warnings: [] });
  });

  it('a pack may be the object itself (Firefox policies.json) or its text (Chrome)', () => {
    const { policy } = readPolicy({ packs: [PACK] });
    expect(policy.packs?.[0]?.notices[0]?.requirements[0]?.id).toBe('policy-test-2026-1-1');
  });

  it('a malformed pack is ignored with a Chinese warning; the other packs and keys stay', () => {
    const broken = { ...PACK, issued: '2026年' };
    const { policy, warnings } = readPolicy({ packs: ['{not json', broken, PACK_TEXT], followed: ['a-1'] });
    expect(policy.packs).toHaveLength(1);
    expect(policy.followed).toEqual(['a-1']);
    expect(warnings.map((w) => [w.key, w.entry])).toEqual([
      ['packs', '1'],
      ['packs', '2'],
    ]);
    expect(warnings[0]?.zh).toContain('不是有效的 JSON');
    expect(warnings[1]?.zh).toContain('issued');
    expect(warnings[1]?.zh).toContain('已忽略');
  });

  it('a site with a bad host, a known platform host or an unknown platform is ignored; the others stay', () => {
    const { policy, warnings } = readPolicy({
      sites: {
        'zz.example.edu.cn': 'zhongzhi-system',
        'ftp://x.example.cn': 'gaozhi-status',
        'sg.cutech.edu.cn': 'shuanggao',
        'zt.example.edu.cn': 'no-such-platform',
      },
    });
    expect(policy.sites).toEqual([{ host: 'zz.example.edu.cn', platform: 'zhongzhi-system' }]);
    expect(warnings.map((w) => w.entry)).toEqual(['ftp://x.example.cn', 'sg.cutech.edu.cn', 'zt.example.edu.cn']);
    expect(warnings[2]?.zh).toContain('sites「zt.example.edu.cn」的平台「no-such-platform」不存在');
  });

  it('a key of the wrong type is ignored whole, with a warning naming it', () => {
    const { policy, warnings } = readPolicy({ sites: ['zz.example.edu.cn'], followed: 'a-1', disabled: ['drafts'] });
    expect(policy.sites).toBeUndefined();
    expect(policy.followed).toBeUndefined();
    expect(policy.disabled).toEqual(['drafts']);
    expect(warnings).toEqual([
      expect.objectContaining({ key: 'sites', entry: null, zh: 'sites 应为对象（主机 → 平台），实际是 array，已忽略' }),
      expect.objectContaining({ key: 'followed', entry: null, zh: 'followed 应为数组，实际是 string，已忽略' }),
    ]);
  });

  it('disabled names must be platforms or features; saveReminderMinutes whole minutes in range', () => {
    const { policy, warnings } = readPolicy({ disabled: ['drafts', 'everything'], saveReminderMinutes: 241 });
    expect(policy.disabled).toEqual(['drafts']);
    expect(policy.saveReminderMinutes).toBeUndefined();
    expect(warnings.map((w) => w.key)).toEqual(['disabled', 'saveReminderMinutes']);
    expect(readPolicy({ saveReminderMinutes: 12.5 }).warnings).toHaveLength(1);
    expect(readPolicy({ trustedKeys: ['not base64!'] }).warnings[0]?.zh).toContain('不是 P-256 公钥');
    // An RSA key (the kind the extension ID comes from) is base64, but not a key packs are signed with.
    const rsa = fs.readFileSync('tests/e2e/policy-extension-key.txt', 'utf8').trim();
    expect(readPolicy({ trustedKeys: [rsa] }).warnings.map((w) => w.entry)).toEqual(['1']);
  });
});

describe('mergePushed: the policy joins the user’s own lists', () => {
  const mine = { host: 'zt.example.edu.cn:8080', platform: 'gaozhi-status' as const, addedAt: 1 };

  it('adds pushed hosts and follows after the user’s, and remembers what it added', () => {
    const out = mergePushed(
      { sites: [mine], followed: ['x-1'] },
      { sites: [{ host: 'zz.example.edu.cn', platform: 'zhongzhi-system' }], followed: ['x-1', 'p-1'] },
      { sites: [], followed: [] },
      5,
    );
    expect(out.sites).toEqual([mine, { host: 'zz.example.edu.cn', platform: 'zhongzhi-system', addedAt: 5 }]);
    expect(out.followed).toEqual(['x-1', 'p-1']);
    // x-1 was the user's before the policy: it is not the policy's to take away later.
    expect(out.applied).toEqual({ sites: ['zz.example.edu.cn'], followed: ['p-1'] });
  });

  it('takes away what it added once the policy stops pushing it, and nothing of the user’s', () => {
    const out = mergePushed(
      {
        sites: [mine, { host: 'zz.example.edu.cn', platform: 'zhongzhi-system', addedAt: 5 }],
        followed: ['x-1', 'p-1'],
      },
      { sites: [], followed: [] },
      { sites: ['zz.example.edu.cn'], followed: ['p-1'] },
      9,
    );
    expect(out.sites).toEqual([mine]);
    expect(out.followed).toEqual(['x-1']);
    expect(out.applied).toEqual({ sites: [], followed: [] });
  });

  it('the policy’s platform wins for a host the user has; null leaves a list as it is', () => {
    const out = mergePushed(
      { sites: [mine], followed: ['p-1'] },
      { sites: [{ host: mine.host, platform: 'zhongzhi-system' }], followed: null },
      { sites: [], followed: ['p-1'] },
      9,
    );
    expect(out.sites).toEqual([{ ...mine, platform: 'zhongzhi-system' }]);
    expect(out.followed).toEqual(['p-1']);
    expect(out.applied).toEqual({ sites: [], followed: ['p-1'] });
  });

  it('the hosts and follows of pushed packs are pushed too', () => {
    const pack = { ...PACK, sites: [{ host: 'zt.example.edu.cn:8080', platform: 'gaozhi-status' }], followed: ['q-1'] };
    const read = readPolicy({ packs: [pack], followed: ['p-1'] });
    expect(pushedSites(read)).toEqual([{ host: 'zt.example.edu.cn:8080', platform: 'gaozhi-status' }]);
    expect(pushedFollowed(read)).toEqual(['q-1', 'p-1']);
  });
});

describe('mergeMappings: a pushed pack’s field mappings', () => {
  const mine = { 'afse|/a': { f1: { label: '我的标签' } } };
  const pushed = { 'afse|/a': { f2: { rule: { kind: 'email' as const } } }, 'afse|/b': { f3: { label: '联系电话' } } };

  it('are added next to the user’s, remembered, and taken away once no pack pushes them', () => {
    const first = mergeMappings(mine, pushed, []);
    expect(first.mappings).toEqual({
      'afse|/a': { f1: { label: '我的标签' }, f2: { rule: { kind: 'email' } } },
      'afse|/b': { f3: { label: '联系电话' } },
    });
    expect(first.applied).toEqual(['afse|/a\nf2', 'afse|/b\nf3']);
    const gone = mergeMappings(first.mappings, {}, first.applied);
    expect(gone).toEqual({ mappings: mine, applied: [], prior: {} });
  });

  it('a field the user had mapped comes back as the user had it once no pack pushes it; 不存草稿 never goes', () => {
    const own = { 'afse|/a': { f2: { label: '我的邮箱', noDraft: true } } };
    const first = mergeMappings(own, pushed, []);
    expect(first.mappings['afse|/a']?.f2).toEqual({ rule: { kind: 'email' }, noDraft: true });
    const again = mergeMappings(first.mappings, pushed, first.applied, first.prior);
    expect(again.mappings).toEqual(first.mappings);
    const gone = mergeMappings(again.mappings, {}, again.applied, again.prior);
    expect(gone.mappings).toEqual(own);
  });

  it('apply through the background with the pack’s hosts and follows', async () => {
    fakeBrowser.reset();
    await writeSetting(MAPPINGS, mine);
    await fakeBrowser.storage.managed.set({ packs: [JSON.stringify({ ...PACK, mappings: pushed })] });
    await applyPolicy(1);
    expect(await readSetting(MAPPINGS)).toEqual(mergeMappings(mine, pushed, []).mappings);
    await fakeBrowser.storage.managed.clear();
    await applyPolicy(2);
    expect(await readSetting(MAPPINGS)).toEqual(mine);
  });

  it('through the background: the user’s own mapping of a pushed field, with its 不存草稿, comes back', async () => {
    fakeBrowser.reset();
    const own = { 'afse|/a': { f2: { label: '我的邮箱', noDraft: true } } };
    await writeSetting(MAPPINGS, own);
    await fakeBrowser.storage.managed.set({ packs: [JSON.stringify({ ...PACK, mappings: pushed })] });
    await applyPolicy(1);
    expect((await readSetting(MAPPINGS))['afse|/a']?.f2).toEqual({ rule: { kind: 'email' }, noDraft: true });
    await fakeBrowser.storage.managed.clear();
    await applyPolicy(2);
    expect(await readSetting(MAPPINGS)).toEqual(own);
  });
});

describe('applyPolicy against storage.managed', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('writes the pushed host and follow into the user’s lists, keeping the user’s own', async () => {
    await writeSetting(SITES, [{ host: 'zt.example.edu.cn:8080', platform: 'gaozhi-status', addedAt: 1 }]);
    await writeSetting(FOLLOWED, ['mine-1']);
    await fakeBrowser.storage.managed.set({
      sites: { 'zz.example.edu.cn': 'zhongzhi-system' },
      followed: ['policy-test-2026-1-1'],
      packs: [PACK_TEXT],
      saveReminderMinutes: 25,
    });
    const read = await applyPolicy(7);
    expect(read.warnings).toEqual([]);
    expect((await readSetting(SITES)).map((s) => s.host)).toEqual(['zt.example.edu.cn:8080', 'zz.example.edu.cn']);
    expect(await readSetting(FOLLOWED)).toEqual(['mine-1', 'policy-test-2026-1-1']);
    expect(await readSetting(POLICY_APPLIED)).toEqual({
      sites: ['zz.example.edu.cn'],
      followed: ['policy-test-2026-1-1'],
      mappings: [],
    });
    expect(await policySaveReminderMinutes()).toBe(25);
  });

  it('a broken `packs` (wrong type, or a pack that does not parse) takes nothing its packs gave away', async () => {
    const full = {
      ...PACK,
      sites: [{ host: 'zz.example.edu.cn', platform: 'zhongzhi-system' }],
      followed: ['policy-test-2026-1-1'],
      mappings: { 'afse|/a': { f2: { label: '邮箱' } } },
    };
    await fakeBrowser.storage.managed.set({ packs: [JSON.stringify(full)] });
    await applyPolicy(7);
    const before = {
      sites: await readSetting(SITES),
      followed: await readSetting(FOLLOWED),
      mappings: await readSetting(MAPPINGS),
    };
    expect(before.sites.map((s) => s.host)).toEqual(['zz.example.edu.cn']);
    expect(before.followed).toEqual(['policy-test-2026-1-1']);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const packs of ['not a list', ['{ broken']]) {
      // The other keys still apply next to a broken `packs`.
      await fakeBrowser.storage.managed.set({ packs, sites: { 'zt.example.edu.cn': 'gaozhi-status' } });
      const read = await applyPolicy(8);
      expect(read.warnings.map((w) => w.key)).toEqual(['packs']);
      expect((await readSetting(SITES)).map((s) => s.host)).toEqual(['zz.example.edu.cn', 'zt.example.edu.cn']);
      expect(await readSetting(FOLLOWED)).toEqual(before.followed);
      expect(await readSetting(MAPPINGS)).toEqual(before.mappings);
    }
    warn.mockRestore();
  });

  it('a malformed value shows a warning and changes nothing that was there', async () => {
    await fakeBrowser.storage.managed.set({ sites: { 'zz.example.edu.cn': 'zhongzhi-system' } });
    await applyPolicy(7);
    const before = await readSetting(SITES);
    await fakeBrowser.storage.managed.set({ sites: 'zz.example.edu.cn', followed: ['p-1'] });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const read = await applyPolicy(8);
    expect(read.warnings.map((w) => w.zh)).toEqual(['sites 应为对象（主机 → 平台），实际是 string，已忽略']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('sites 应为对象'));
    warn.mockRestore();
    expect(await readSetting(SITES)).toEqual(before);
    expect(await readSetting(FOLLOWED)).toEqual(['p-1']);
  });

  it('a pushed pack whose signature does not hold is left out with the reason; signed or unsigned ones stay', async () => {
    const { pkcs8, spki } = await keyPair();
    const signed = await signPack(PACK, pkcs8);
    const forged = { ...signed, title: '示例省推送包（被改动）' };
    await fakeBrowser.storage.managed.set({
      packs: [JSON.stringify(signed), JSON.stringify(forged), PACK_TEXT],
      trustedKeys: [spki],
    });
    const read = await loadPolicy();
    expect(read.policy.packs?.map((p) => p.title)).toEqual(['示例省推送包（测试用）', '示例省推送包（测试用）']);
    expect(read.warnings).toEqual([
      expect.objectContaining({
        key: 'packs',
        entry: '示例省推送包（被改动）',
        zh: expect.stringContaining('签名无效'),
      }),
    ]);
  });

  it('a pack a publishing script signed as written (defaults left out) is trusted, pushed or imported', async () => {
    const { pkcs8, spki } = await keyPair();
    const key = await crypto.subtle.importKey('pkcs8', pkcs8, P256, false, ['sign']);
    const value = toBase64(
      await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key, new TextEncoder().encode(canonicalJson(PACK))),
    );
    const signature = { alg: 'ES256', keyId: await keyIdOf(fromBase64(spki)), publicKey: spki, value };
    const text = JSON.stringify({ ...PACK, signature });
    const parsed = parsePack(text);
    // Parsing fills in defaults the file left out, so the parsed pack is not what was signed.
    expect(parsed.ok && canonicalJson({ ...parsed.pack, signature: undefined })).not.toBe(canonicalJson(PACK));

    await fakeBrowser.storage.managed.set({ packs: [text], trustedKeys: [spki] });
    const read = await loadPolicy();
    expect(read.warnings).toEqual([]);
    expect(read.policy.packs?.map((p) => p.title)).toEqual(['示例省推送包（测试用）']);
    const pushed = read.policy.packs?.[0];
    const again = pushed && (await readPack(packAsSent(pushed), [spki]));
    expect(again?.ok && again.signature.status).toBe('trusted');

    const byPolicy = await readPackFile(text, [], [spki]);
    expect(byPolicy.ok && [byPolicy.signature.status, byPolicy.signature.trustedBy]).toEqual(['trusted', 'policy']);
    const byUser = await readPackFile(text, [spki], []);
    expect(byUser.ok && [byUser.signature.status, byUser.signature.trustedBy]).toEqual(['trusted', 'user']);
    const forged = await readPackFile(text.replace('示例省推送包', '改过的包'), [spki], []);
    expect(!forged.ok && forged.signature?.status).toBe('invalid');
  });

  it('what the policy turns off is kept for the page and the reminders; a broken `disabled` leaves it as it was', async () => {
    await fakeBrowser.storage.managed.set({ disabled: ['reminders', 'jxjy'] });
    await applyPolicy(1);
    expect(await readSetting(POLICY_DISABLED)).toEqual(['reminders', 'jxjy']);
    await fakeBrowser.storage.managed.set({ disabled: 'reminders' });
    const read = await applyPolicy(2);
    expect(read.warnings.map((w) => w.key)).toEqual(['disabled']);
    expect(await readSetting(POLICY_DISABLED)).toEqual(['reminders', 'jxjy']);
    await fakeBrowser.storage.managed.clear();
    await applyPolicy(3);
    expect(await readSetting(POLICY_DISABLED)).toEqual([]);
  });

  it('reminders turned off by the policy: none shown, none scheduled', async () => {
    // A followed requirement with a reminder due on the judged day (seven days before 2026-12-20).
    await fakeBrowser.storage.managed.set({ packs: [PACK_TEXT], followed: ['policy-test-2026-1-1'] });
    await writeSetting(PREVIEW_DATE, '2026-12-13');
    await applyPolicy(1);
    const notify = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue(undefined as never);
    await fakeBrowser.storage.managed.set({ disabled: ['reminders'] });
    await applyPolicy(2);
    expect(await sweepReminders()).toEqual([]);
    await scheduleReminders();
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual([]);
    expect(notify).not.toHaveBeenCalled();
    // Without the policy's word, the same reminder is shown.
    await fakeBrowser.storage.managed.set({ disabled: [] });
    await applyPolicy(3);
    expect(await sweepReminders()).toHaveLength(1);
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it('no managed storage (Firefox without policies.json rejects) reads as no policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(new Error('Managed storage manifest not found'));
    expect(await loadPolicy()).toEqual({ policy: {}, warnings: [] });
  });

  it('tells of a change of the managed area only', async () => {
    const seen = vi.fn();
    const stop = onPolicyChanged(seen);
    await fakeBrowser.storage.local.set({ a: 1 });
    await fakeBrowser.storage.managed.set({ followed: ['p-1'] });
    stop();
    expect(seen).toHaveBeenCalledTimes(1);
  });
});

describe('pushed packs take the one knowledge path', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('a pushed pack’s requirement shows on its platform, in place of the same notice imported earlier', async () => {
    const database = new TianbaoDB('policy-knowledge');
    const before = await requirementViews('zhongzhi-system', database);
    expect(before.some((v) => v.id === 'policy-test-2026-1-1')).toBe(false);
    // The user imported an earlier version of the same notice.
    const older = { ...PACK.notices[0], requirements: [{ ...PACK.notices[0].requirements[0], title: '旧的标题' }] };
    await saveImported(importedFromNotice(older, 1), database);
    await fakeBrowser.storage.managed.set({ packs: [PACK_TEXT] });
    const views = (await requirementViews('zhongzhi-system', database)).filter((v) => v.id === 'policy-test-2026-1-1');
    expect(views.map((v) => v.title)).toEqual(['中职学校数据核对（测试用）']);
    expect(views[0]?.deadlines.map((d) => d.date)).toEqual(['2026-12-20']);
    await database.delete();
  });
});
