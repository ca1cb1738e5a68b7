import fs from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TianbaoDB } from '@/utils/drafts/db';
import { listImported } from '@/utils/notices/imported';
import { currentPackContent, storePackContent } from '@/utils/notices/pack-store';
import { applyPack } from '@/utils/packs/merge';
import { parsePack } from '@/utils/packs/schema';
import { SITES } from '@/utils/platforms/user-sites';
import { MAPPINGS } from '@/utils/settings/mappings';
import { FOLLOWED } from '@/utils/settings/planning';
import { readSetting, writeSetting } from '@/utils/settings/store';

const parsed = parsePack(fs.readFileSync('tests/fixtures/packs/policy-pushed.json', 'utf8'));
if (!parsed.ok) throw new Error('fixture pack does not parse');
const PACK = {
  ...parsed.pack,
  sites: [{ host: 'zz.example.edu.cn', platform: 'zhongzhi-system' as const }],
  followed: ['policy-test-2026-1-1'],
  mappings: { 'zhongzhi-system|/': { f1: { label: '学校名称' } } },
};

let n = 0;
const freshDb = () => new TianbaoDB(`pack-store-${n++}`);

describe('storePackContent: a pack is imported whole or not at all', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('stores the notices, sites, follows and mappings the pack adds, next to what the user had', async () => {
    const database = freshDb();
    await writeSetting(SITES, [{ host: 'zt.example.edu.cn:8080', platform: 'gaozhi-status', addedAt: 1 }]);
    await writeSetting(FOLLOWED, ['mine-1']);
    const base = await currentPackContent(database);
    const applied = applyPack(base, PACK);
    if (!applied.ok) throw new Error('pack does not apply');
    await storePackContent(base, applied.next, 5, database);
    expect((await listImported(database)).map((r) => r.title)).toEqual([PACK.notices[0]?.title]);
    expect((await readSetting(SITES)).map((s) => s.host)).toEqual(['zt.example.edu.cn:8080', 'zz.example.edu.cn']);
    expect(await readSetting(FOLLOWED)).toEqual(['mine-1', 'policy-test-2026-1-1']);
    expect(await readSetting(MAPPINGS)).toEqual(PACK.mappings);
    // Importing the same pack again adds nothing (the notice is the same notice, by 文号 or title).
    const again = applyPack(await currentPackContent(database), PACK);
    expect(again.ok && again.diff.adds).toEqual([]);
  });

  it('a write that fails (a full disk) puts everything back as it was', async () => {
    const database = freshDb();
    await writeSetting(SITES, [{ host: 'zt.example.edu.cn:8080', platform: 'gaozhi-status', addedAt: 1 }]);
    await writeSetting(FOLLOWED, ['mine-1']);
    const before = { sites: await readSetting(SITES), followed: await readSetting(FOLLOWED) };
    const base = await currentPackContent(database);
    const applied = applyPack(base, PACK);
    if (!applied.ok) throw new Error('pack does not apply');
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    // Sites and follows are written, then the mappings hit a full disk.
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if ('mappings' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    await expect(storePackContent(base, applied.next, 5, database)).rejects.toThrow('QUOTA_BYTES');
    vi.restoreAllMocks();
    expect(await listImported(database)).toEqual([]);
    expect(await readSetting(SITES)).toEqual(before.sites);
    expect(await readSetting(FOLLOWED)).toEqual(before.followed);
    expect(await readSetting(MAPPINGS)).toEqual({});
  });

  it('keeps a site, follow or mapping written between the diff and the write, and a failed write takes back only the pack’s', async () => {
    const database = freshDb();
    await writeSetting(FOLLOWED, ['mine-1']);
    const base = await currentPackContent(database);
    const applied = applyPack(base, PACK);
    if (!applied.ok) throw new Error('pack does not apply');
    // Meanwhile the policy pushes a host, the user follows a requirement in another tab and keeps a field out of drafts.
    await writeSetting(SITES, [{ host: 'zt.example.edu.cn:8080', platform: 'gaozhi-status', addedAt: 1 }]);
    await writeSetting(FOLLOWED, ['mine-1', 'mine-2']);
    await writeSetting(MAPPINGS, {
      'zhongzhi-system|/': { f1: { noDraft: true } },
      'afse|/a': { f9: { label: '我的' } },
    });
    await storePackContent(base, applied.next, 5, database);
    expect((await readSetting(SITES)).map((s) => s.host)).toEqual(['zt.example.edu.cn:8080', 'zz.example.edu.cn']);
    expect(await readSetting(FOLLOWED)).toEqual(['mine-1', 'mine-2', 'policy-test-2026-1-1']);
    expect(await readSetting(MAPPINGS)).toEqual({
      'zhongzhi-system|/': { f1: { label: '学校名称', noDraft: true } },
      'afse|/a': { f9: { label: '我的' } },
    });

    const other = freshDb();
    await writeSetting(SITES, []);
    await writeSetting(FOLLOWED, ['mine-1']);
    await writeSetting(MAPPINGS, {});
    const base2 = await currentPackContent(other);
    const again = applyPack(base2, PACK);
    if (!again.ok) throw new Error('pack does not apply');
    await writeSetting(FOLLOWED, ['mine-1', 'mine-2']);
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if ('mappings' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    await expect(storePackContent(base2, again.next, 5, other)).rejects.toThrow('QUOTA_BYTES');
    vi.restoreAllMocks();
    expect(await readSetting(SITES)).toEqual([]);
    expect(await readSetting(FOLLOWED)).toEqual(['mine-1', 'mine-2']);
  });
});
