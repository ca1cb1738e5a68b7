import type { ImportedNoticeRecord } from '@/utils/drafts/records';
import { type KnowledgeNotice, requirementView } from '@/utils/knowledge/from-packs';
import type { DeadlineKindId, RequirementView } from '@/utils/knowledge/view';
import type { UserSite } from '@/utils/platforms/user-sites';
import type { Mappings } from '@/utils/settings/mappings';
import type { PackContent } from './merge';
import type { Pack, PackNotice, PackNoticeInput, PackRequirement, PackSite } from './schema';
import { PACK_FORMAT, PACK_VERSION } from './schema';

/**
 * Between what the extension stores and packs: an imported notice (a Dexie record holding requirement views) is a
 * pack notice that carries its own text; a user site is a pack site. Both directions are exact, so that
 * export → import on a fresh profile gives back the same records (tests/unit/packs-roundtrip.test.ts).
 */

/** A requirement view of an imported notice as the pack's requirement (its lines count in the notice's text). */
export function requirementFromView(v: RequirementView, noticeId: string): PackRequirement {
  return {
    id: v.id,
    item: v.item,
    title: v.title,
    actor: v.actor,
    action: v.action,
    platforms: [...v.platforms],
    channels: v.channels.map((c) => {
      if (c.type === 'platform' && c.platform) return { type: 'platform', platform: c.platform, text: c.text };
      if (c.type === 'email' && c.address) return { type: 'email', address: c.address, text: c.text };
      if (c.type === 'post' && c.address) {
        return { type: 'post', address: c.address, text: c.text, ...(c.recipient ? { recipient: c.recipient } : {}) };
      }
      return { type: 'other', text: c.text };
    }),
    deadlines: v.deadlines.map((d) => ({
      kind: d.kind as DeadlineKindId,
      date: d.date,
      monthDay: d.monthDay,
      yearInferred: d.yearInferred,
      monthEnd: false,
      text: d.text,
      source: { seed: v.seed ?? noticeId, line: d.line ?? 0 },
      ...(d.label !== null ? { label: d.label } : {}),
      ...(d.note !== null ? { note: d.note } : {}),
    })),
    contacts: v.contacts.map((c) => ({
      name: c.name,
      phones: [...c.phones],
      emails: [...c.emails],
      ...(c.org !== null ? { org: c.org } : {}),
    })),
    annexes: v.annexes.map((a) => ({ label: a.label, title: a.title })),
    steps: v.steps.map((s) => ({ text: s.text, source: { seed: v.seed ?? noticeId, line: s.line ?? 0 } })),
    source: { seed: v.seed ?? noticeId, lines: [...v.lines] },
    quote: v.quote,
    ...(v.note !== null ? { note: v.note } : {}),
  };
}

/** An imported notice as a pack notice (unreviewed when any of its requirements is). */
export function noticeFromImported(r: ImportedNoticeRecord): PackNotice {
  return {
    id: r.id,
    docNumber: r.docNumber,
    title: r.title,
    date: r.date,
    issuer: r.issuer,
    text: r.text,
    ...(r.sourceUrl ? { sourceUrl: r.sourceUrl } : {}),
    importedAt: r.importedAt,
    reviewed: !r.requirements.some((v) => v.reviewed === false),
    requirements: r.requirements.map((v) => requirementFromView(v, r.id)),
  };
}

/** A pack notice as the record the dashboard stores when a user imports it; `now` when the pack gives no date. */
export function importedFromNotice(n: PackNotice | PackNoticeInput, now: number): ImportedNoticeRecord {
  const { requirements, ...rest } = n;
  const notice: KnowledgeNotice = { ...rest, origin: 'imported' };
  return {
    id: n.id,
    docNumber: n.docNumber,
    title: n.title,
    date: n.date,
    issuer: n.issuer,
    importedAt: n.importedAt ?? now,
    text: n.text ?? '',
    requirements: requirements.map((r) => requirementView({ ...r, notice: n.id }, notice)),
    ...(n.sourceUrl ? { sourceUrl: n.sourceUrl } : {}),
  };
}

export const siteFromUser = (s: UserSite): PackSite => ({ host: s.host, platform: s.platform, addedAt: s.addedAt });
export const userFromSite = (s: PackSite, now: number): UserSite => ({
  host: s.host,
  platform: s.platform,
  addedAt: s.addedAt ?? now,
});

/** What a user has, in the shape packs are merged into (merge.ts). */
export function contentFromStore(store: {
  imported: readonly ImportedNoticeRecord[];
  sites: readonly UserSite[];
  followed: readonly string[];
  mappings: Mappings;
}): PackContent {
  return {
    notices: store.imported.map(noticeFromImported),
    sites: store.sites.map(siteFromUser),
    followed: [...store.followed],
    mappings: store.mappings,
  };
}

/**
 * A pack of what the user chose to export (the dashboard's 导出): the caller passes only the chosen notices,
 * sites, follows and mappings. Unsigned; sign it with signPack.
 */
export function exportPack(
  head: { title: string; publisher: string; issued: string },
  chosen: {
    imported: readonly ImportedNoticeRecord[];
    sites: readonly UserSite[];
    followed: readonly string[];
    mappings: Mappings;
  },
): Pack {
  const content = contentFromStore(chosen);
  return { format: PACK_FORMAT, version: PACK_VERSION, ...head, ...content };
}
