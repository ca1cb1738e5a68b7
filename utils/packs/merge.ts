import type { Mappings } from '@/utils/settings/mappings';
import { sameJson as same } from './canonical';
import type { Pack, PackError, PackNotice, PackRequirement, PackSite } from './schema';

/**
 * What a pack does to what the user has: pure functions over data (the dashboard and the policy reader store the
 * result where imported notices, sites, follows and mappings live today).
 *
 * A notice is the same notice when its 文号 is the same (a notice without one: the same title). A requirement is
 * the same when it stands in the same notice under the same item label (the n-th item of that label, since a
 * notice may repeat a label). A requirement the pack changes keeps the id it has here, so what the user follows
 * keeps following it; the pack's `followed` is read through that renaming.
 */

/** What the user has that a pack can add to or change. */
export interface PackContent {
  notices: PackNotice[];
  sites: PackSite[];
  followed: string[];
  mappings: Mappings;
}

export type PackChange =
  | { kind: 'notice'; docNumber: string | null; title: string; noticeId: string; requirements: number }
  | {
      kind: 'requirement';
      docNumber: string | null;
      notice: string;
      item: string;
      title: string;
      id: string;
      /** For a change: the fields that differ. */
      fields?: string[];
    }
  | { kind: 'notice-header'; docNumber: string | null; title: string; noticeId: string; fields: string[] }
  | { kind: 'site'; host: string; platform: string; before?: string }
  | { kind: 'followed'; id: string }
  | { kind: 'mapping'; page: string; field: string };

export interface PackDiff {
  /** New notices, requirements, sites, follows and mappings. */
  adds: PackChange[];
  /** Things that are here already and that the pack would change. */
  changes: PackChange[];
  /** Items the pack carries that are here already, the same. */
  unchanged: number;
  /** Reasons the pack cannot be applied (then applyPack refuses it whole). */
  errors: PackError[];
}

export type ApplyResult =
  | { ok: true; next: PackContent; diff: PackDiff; ids: Record<string, string> }
  | { ok: false; errors: PackError[] };

/** A notice's identity across packs and users: its 文号, or its title when it prints none. */
export function noticeKey(n: Pick<PackNotice, 'docNumber' | 'title'>): string {
  return n.docNumber ? `文号:${n.docNumber.replace(/\s+/g, '')}` : `title:${n.title.replace(/\s+/g, '')}`;
}

/** Each requirement's identity within its notice: the item label, numbered when the notice repeats it. */
function itemKeys(reqs: readonly PackRequirement[]): string[] {
  const seen = new Map<string, number>();
  return reqs.map((r) => {
    const n = seen.get(r.item) ?? 0;
    seen.set(r.item, n + 1);
    return `${r.item}#${n}`;
  });
}

function differingFields<T extends object>(a: T, b: T, skip: readonly string[]): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys]
    .filter((k) => !skip.includes(k))
    .filter((k) => !same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    .sort();
}

const HEADER_SKIP = ['id', 'requirements', 'importedAt'] as const;

/**
 * Works out the whole effect of a pack, once, for both diffPack and applyPack: they cannot disagree about what
 * the user was shown and what is stored.
 */
function plan(
  current: PackContent,
  pack: Pick<Pack, 'notices' | 'sites' | 'followed' | 'mappings'>,
): { diff: PackDiff; next: PackContent; ids: Record<string, string> } {
  const adds: PackChange[] = [];
  const changes: PackChange[] = [];
  const errors: PackError[] = [];
  let unchanged = 0;
  const ids: Record<string, string> = {};

  const notices = current.notices.map((n) => ({ ...n, requirements: [...n.requirements] }));
  const byKey = new Map(notices.map((n, i) => [noticeKey(n), i]));
  const noticeIds = new Set(notices.map((n) => n.id));
  const reqIds = new Set(notices.flatMap((n) => n.requirements.map((r) => r.id)));

  pack.notices.forEach((incoming, ni) => {
    const at = byKey.get(noticeKey(incoming));
    if (at === undefined) {
      if (noticeIds.has(incoming.id)) {
        errors.push(clash(`notices[${ni}].id`, incoming.id));
        return;
      }
      incoming.requirements.forEach((r, ri) => {
        if (reqIds.has(r.id)) errors.push(clash(`notices[${ni}].requirements[${ri}].id`, r.id));
        reqIds.add(r.id);
        ids[r.id] = r.id;
      });
      noticeIds.add(incoming.id);
      byKey.set(noticeKey(incoming), notices.length);
      notices.push({ ...incoming, requirements: [...incoming.requirements] });
      adds.push({
        kind: 'notice',
        docNumber: incoming.docNumber,
        title: incoming.title,
        noticeId: incoming.id,
        requirements: incoming.requirements.length,
      });
      return;
    }
    const here = notices[at] as PackNotice;
    const header = differingFields(here, incoming, HEADER_SKIP);
    if (header.length) {
      changes.push({
        kind: 'notice-header',
        docNumber: here.docNumber,
        title: incoming.title,
        noticeId: here.id,
        fields: header,
      });
    }
    const merged: PackNotice = { ...here, ...incoming, id: here.id, requirements: [...here.requirements] };
    if (here.importedAt !== undefined) merged.importedAt = here.importedAt;
    const hereKeys = itemKeys(here.requirements);
    const inKeys = itemKeys(incoming.requirements);
    incoming.requirements.forEach((r, ri) => {
      const k = hereKeys.indexOf(inKeys[ri] as string);
      const base = { docNumber: here.docNumber, notice: here.title, item: r.item, title: r.title };
      if (k < 0) {
        if (reqIds.has(r.id)) {
          errors.push(clash(`notices[${ni}].requirements[${ri}].id`, r.id));
          return;
        }
        reqIds.add(r.id);
        ids[r.id] = r.id;
        merged.requirements.push(r);
        adds.push({ kind: 'requirement', ...base, id: r.id });
        return;
      }
      const old = here.requirements[k] as PackRequirement;
      ids[r.id] = old.id;
      const fields = differingFields(old, r, ['id']);
      if (!fields.length) {
        unchanged++;
        return;
      }
      merged.requirements[k] = { ...r, id: old.id };
      changes.push({ kind: 'requirement', ...base, id: old.id, fields });
    });
    notices[at] = merged;
  });

  const sites = current.sites.map((s) => ({ ...s }));
  for (const s of pack.sites) {
    const at = sites.findIndex((x) => x.host === s.host);
    if (at < 0) {
      sites.push({ ...s });
      adds.push({ kind: 'site', host: s.host, platform: s.platform });
    } else if ((sites[at] as PackSite).platform !== s.platform) {
      const before = (sites[at] as PackSite).platform;
      sites[at] = { ...(sites[at] as PackSite), platform: s.platform };
      changes.push({ kind: 'site', host: s.host, platform: s.platform, before });
    } else unchanged++;
  }

  const followed = [...current.followed];
  for (const id of pack.followed) {
    const mine = ids[id] ?? id;
    if (followed.includes(mine)) unchanged++;
    else {
      followed.push(mine);
      adds.push({ kind: 'followed', id: mine });
    }
  }

  const mappings: Mappings = Object.fromEntries(Object.entries(current.mappings).map(([k, v]) => [k, { ...v }]));
  for (const [page, fields] of Object.entries(pack.mappings)) {
    const here = mappings[page] ?? {};
    for (const [field, m] of Object.entries(fields)) {
      // A pack may relabel a field, but the user's 不存草稿 (a privacy choice) stays.
      const next = here[field]?.noDraft ? { ...m, noDraft: true } : { ...m };
      if (!(field in here)) adds.push({ kind: 'mapping', page, field });
      else if (!same(here[field], next)) changes.push({ kind: 'mapping', page, field });
      else unchanged++;
      here[field] = next;
    }
    mappings[page] = here;
  }

  return { diff: { adds, changes, unchanged, errors }, next: { notices, sites, followed, mappings }, ids };
}

function clash(path: string, id: string): PackError {
  return {
    path,
    zh: `${path}：编号 ${id} 已被另一条通知或任务使用`,
    en: `${path}: id ${id} is already used by another notice or requirement`,
  };
}

/** What applying `pack` to `current` would add and change (nothing is changed). */
export function diffPack(
  current: PackContent,
  pack: Pick<Pack, 'notices' | 'sites' | 'followed' | 'mappings'>,
): PackDiff {
  return plan(current, pack).diff;
}

/**
 * `current` with all of `pack` applied, or, when any part cannot be applied, nothing: `{ ok: false, errors }`
 * and `current` untouched. `ids` maps each requirement id of the pack to its id in `next`.
 */
export function applyPack(
  current: PackContent,
  pack: Pick<Pack, 'notices' | 'sites' | 'followed' | 'mappings'>,
): ApplyResult {
  const { diff, next, ids } = plan(current, pack);
  if (diff.errors.length) return { ok: false, errors: diff.errors };
  return { ok: true, next, diff, ids };
}
