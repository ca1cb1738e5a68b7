import { describe, expect, it } from 'vitest';
import { TianbaoDB } from '@/utils/drafts/db';
import type { ImportedNoticeRecord } from '@/utils/drafts/records';
import { allRequirementViews } from '@/utils/knowledge';
import { BUILTIN_PACKS } from '@/utils/knowledge/data';
import { knowledgeFromPacks } from '@/utils/knowledge/from-packs';
import { requirementViews, saveImported } from '@/utils/notices/imported';
import { parseNotice } from '@/utils/notices/parse';
import { importId, toRequirements } from '@/utils/notices/to-requirements';
import { defaultChoices } from '@/utils/packs/from-text';
import { contentFromStore, exportPack, importedFromNotice, userFromSite } from '@/utils/packs/imported';
import { applyPack, type PackContent } from '@/utils/packs/merge';
import { parsePack } from '@/utils/packs/schema';
import type { UserSite } from '@/utils/platforms/user-sites';
import type { Mappings } from '@/utils/settings/mappings';
import { seedLines } from './seeds';

let n = 0;
const freshDb = () => new TianbaoDB(`packs-roundtrip-${n++}`);

/** A notice imported the way the dashboard's review saves it, from the lines of a source text. */
function imported(seed: string, from: number, to: number, at: number, sourceUrl?: string): ImportedNoticeRecord {
  const text = (seedLines.get(seed) ?? []).slice(from - 1, to).join('\n');
  const parsed = parseNotice(text);
  const id = importId(text);
  const choices = defaultChoices(parsed);
  // The user corrects a title and drops a deadline during review, as the review lets them.
  const first = choices.findIndex((c) => c.keep);
  if (first >= 0) choices[first] = { ...(choices[first] as (typeof choices)[number]), title: '改过的标题' };
  const requirements = toRequirements(id, parsed, choices, text.split('\n').find((l) => l.trim()) ?? '');
  return {
    id,
    docNumber: parsed.notice,
    title: parsed.title ?? requirements[0]?.notice.title ?? id,
    date: parsed.date,
    issuer: parsed.issuer,
    importedAt: at,
    text,
    requirements,
    ...(sourceUrl ? { sourceUrl } : {}),
  };
}

const RECORDS = [
  imported('000', 1, 260, 1_700_000_000_000, 'https://www.moe.gov.cn/s78/A07/tongzhi.html'),
  imported('001', 1, 400, 1_700_000_100_000),
];
const SITES: UserSite[] = [
  { host: '10.1.2.3:8080', platform: 'gaozhi-status', addedAt: 1_700_000_000_500 },
  { host: 'zt.example.edu.cn', platform: 'gaozhi-status', addedAt: 1_700_000_000_600 },
];
const MAPPINGS: Mappings = {
  'gaozhi-status|/zt/table6.do': {
    'name:xm': { label: '姓名' },
    'name:dh': { label: '联系电话', rule: { kind: 'phone', accept: 'any' } },
  },
};

describe('a pack round trip', () => {
  it('the imported notices used here are real imports: requirements with deadlines, e-mails and platforms', () => {
    const views = RECORDS.flatMap((r) => r.requirements);
    expect(views.length).toBeGreaterThan(8);
    expect(views.some((v) => v.deadlines.length && v.channels.some((c) => c.type === 'email'))).toBe(true);
    expect(views.some((v) => v.platforms.length)).toBe(true);
    expect(views.some((v) => v.title === '改过的标题')).toBe(true);
  });

  it('export → JSON → parse → apply on a fresh profile gives back the same notices, sites, follows and mappings', () => {
    const followed = [RECORDS[0]?.requirements[1]?.id as string, 's000-jzcsh-2023-2-3'];
    const pack = exportPack(
      { title: '某校导出', publisher: '某职业技术学院教务处', issued: '2026-11-29' },
      { imported: RECORDS, sites: SITES, followed, mappings: MAPPINGS },
    );
    const read = parsePack(JSON.stringify(pack));
    expect(read.ok ? [] : read.errors).toEqual([]);
    if (!read.ok) return;
    const fresh: PackContent = { notices: [], sites: [], followed: [], mappings: {} };
    const applied = applyPack(fresh, read.pack);
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    const later = 1_800_000_000_000;
    expect(applied.next.notices.map((n) => importedFromNotice(n, later))).toEqual(RECORDS);
    expect(applied.next.sites.map((s) => userFromSite(s, later))).toEqual(SITES);
    expect(applied.next.followed).toEqual(followed);
    expect(applied.next.mappings).toEqual(MAPPINGS);
    // Applying the same pack again changes nothing.
    const again = applyPack(applied.next, read.pack);
    expect(again.ok && again.diff.adds.length + again.diff.changes.length).toBe(0);
    expect(again.ok && again.next).toEqual(applied.next);
  });

  it('the built-in knowledge through a pack file gives the same views as the built-in path', () => {
    const views = knowledgeFromPacks(
      BUILTIN_PACKS.map((p) => {
        const read = parsePack(JSON.parse(JSON.stringify(p)));
        if (!read.ok) throw new Error(read.errors[0]?.en);
        return { pack: read.pack, origin: 'builtin' as const };
      }),
    ).allRequirementViews();
    expect(views).toEqual(allRequirementViews());
  });

  it('imported notices take the pack path and show exactly what their review saved', async () => {
    const database = freshDb();
    for (const r of RECORDS) await saveImported(r, database);
    const all = await requirementViews(null, database);
    expect(all).toEqual([...allRequirementViews(), ...RECORDS.flatMap((r) => r.requirements)]);
    const onPlatform = await requirementViews('shuanggao', database);
    expect(onPlatform.map((v) => v.id)).toEqual(all.filter((v) => v.platforms.includes('shuanggao')).map((v) => v.id));
    expect(onPlatform.some((v) => v.source === 'imported')).toBe(true);
    database.close();
  });

  it('a pushed pack joins the same path; its unreviewed requirements say so', async () => {
    const database = freshDb();
    const notice = contentFromStore({ imported: RECORDS.slice(0, 1), sites: [], followed: [], mappings: {} })
      .notices[0];
    if (!notice) throw new Error('no notice');
    const pushed = { pack: { notices: [{ ...notice, reviewed: false }] }, origin: 'imported' as const };
    const views = await requirementViews(null, database, [pushed]);
    const mine = views.filter((v) => v.id.startsWith(notice.id));
    expect(mine.length).toBe(RECORDS[0]?.requirements.length);
    expect(mine.every((v) => v.reviewed === false)).toBe(true);
    expect(views.filter((v) => v.source === 'builtin').every((v) => v.reviewed === undefined)).toBe(true);
    database.close();
  });
});
