import * as z from 'zod/mini';
import { sameJson as same } from '@/utils/packs/canonical';
import type { UserSite } from '@/utils/platforms/user-sites';
import { SITES } from '@/utils/platforms/user-sites';
import { SerialQueues } from '@/utils/serial';
import { MAPPINGS, type Mappings, MappingsSchema } from '@/utils/settings/mappings';
import { FOLLOWED } from '@/utils/settings/planning';
import { defineSetting, readSetting, writeSetting } from '@/utils/settings/store';
import { POLICY_DISABLED } from './disabled';
import { loadPolicy } from './managed';
import type { PolicyRead, PushedSite } from './schema';

/**
 * What the policy added to the user's own lists: hosts and requirement ids that were not there before. When the
 * policy stops pushing them they leave again; what the user had added before stays theirs.
 */
export interface PolicyApplied {
  sites: string[];
  followed: string[];
  /** Field mappings of pushed packs, as `<page key>\n<field>`. */
  mappings?: string[];
  /** The user's own mapping of a field a pushed pack maps over (by `<page key>\n<field>`): put back when it leaves. */
  userMappings?: Record<string, Mapping>;
}
type Mapping = Mappings[string][string];
const MappingSchema = MappingsSchema.def.valueType.def.valueType;
export const POLICY_APPLIED = defineSetting<PolicyApplied>(
  'policyApplied',
  z.object({
    sites: z.array(z.string()),
    followed: z.array(z.string()),
    mappings: z.optional(z.array(z.string())),
    userMappings: z.optional(z.record(z.string(), MappingSchema)),
  }),
  { sites: [], followed: [] },
);

/** A key the policy sets with the wrong type altogether: what it applied before stays as it was. */
function keyBroken(read: PolicyRead, key: 'sites' | 'followed' | 'disabled'): boolean {
  return read.warnings.some((w) => w.key === key && w.entry === null);
}

/**
 * `packs` of the wrong type, or a pack in it that is left out (malformed or forged): what the pushed lists lack may
 * be that pack's, so nothing the policy applied before is taken away (what the other keys push still applies).
 */
export function packsBroken(read: PolicyRead): boolean {
  return read.warnings.some((w) => w.key === 'packs');
}

/**
 * The hosts the policy pushes: its `sites` and the sites of its packs (the `sites` key wins for a host in both).
 * null: leave the applied hosts as they are (the key is there but unreadable).
 */
export function pushedSites(read: PolicyRead): PushedSite[] | null {
  if (keyBroken(read, 'sites')) return null;
  const out = new Map<string, PushedSite>();
  for (const pack of read.policy.packs ?? []) {
    for (const s of pack.sites) out.set(s.host, { host: s.host, platform: s.platform });
  }
  for (const s of read.policy.sites ?? []) out.set(s.host, s);
  return [...out.values()];
}

/** The requirement ids the policy follows: its `followed` and those of its packs. null as for pushedSites. */
export function pushedFollowed(read: PolicyRead): string[] | null {
  if (keyBroken(read, 'followed')) return null;
  const ids = [...(read.policy.packs ?? []).flatMap((p) => p.followed), ...(read.policy.followed ?? [])];
  return [...new Set(ids)];
}

/** The field mappings of the pushed packs (a later pack wins for the same field of the same page). */
export function pushedMappings(read: PolicyRead): Mappings {
  const out: Mappings = {};
  for (const pack of read.policy.packs ?? []) {
    for (const [page, fields] of Object.entries(pack.mappings)) out[page] = { ...out[page], ...fields };
  }
  return out;
}

const fieldKey = (page: string, field: string) => `${page}\n${field}`;

/**
 * Joins the pushed packs' field mappings with the user's: a pushed field is set (the policy's wins, but a user's
 * 不存草稿 stays), one the policy set before and pushes no more is taken away, and a mapping the user had of that
 * field before the policy is put back (`prior` remembers it). `partial`: the pushed mappings may lack some (a pack
 * was left out), so none is taken away.
 */
export function mergeMappings(
  user: Mappings,
  pushed: Mappings,
  applied: readonly string[],
  prior: Readonly<Record<string, Mapping>> = {},
  partial = false,
): { mappings: Mappings; applied: string[]; prior: Record<string, Mapping> } {
  const out: Mappings = {};
  const was = new Set(applied);
  const added: string[] = [];
  const kept: Record<string, Mapping> = {};
  const set = (page: string, field: string, m: Mapping) => {
    out[page] = { ...out[page], [field]: m };
  };
  for (const [page, fields] of Object.entries(user)) {
    for (const [field, m] of Object.entries(fields)) {
      const key = fieldKey(page, field);
      if (!was.has(key) || pushed[page]?.[field]) set(page, field, m);
      else if (partial) {
        set(page, field, m);
        added.push(key);
        const before = prior[key];
        if (before) kept[key] = before;
      } else {
        const before = prior[key];
        if (before) set(page, field, m.noDraft ? { ...before, noDraft: true } : before);
      }
    }
  }
  for (const [page, fields] of Object.entries(pushed)) {
    for (const [field, mapping] of Object.entries(fields)) {
      const key = fieldKey(page, field);
      added.push(key);
      const before = was.has(key) ? prior[key] : user[page]?.[field];
      if (before) kept[key] = before;
      const noDraft = (user[page]?.[field] ?? before)?.noDraft;
      set(page, field, noDraft ? { ...mapping, noDraft: true } : mapping);
    }
  }
  return { mappings: out, applied: added, prior: kept };
}

export interface UserLists {
  sites: UserSite[];
  followed: string[];
}

/**
 * Joins what the policy pushes with the user's own sites and follows. Pure: the background writes the result.
 * A pushed host the user has already keeps its entry, with the policy's platform; a host or id the policy added
 * before and pushes no more leaves (unless `partial`: a pack was left out, so nothing leaves); `null` leaves that
 * list as it is.
 */
export function mergePushed(
  user: UserLists,
  pushed: { sites: PushedSite[] | null; followed: string[] | null; partial?: boolean },
  applied: PolicyApplied,
  now: number,
): UserLists & { applied: PolicyApplied } {
  let sites = user.sites;
  let appliedSites = applied.sites;
  if (pushed.sites) {
    const byHost = new Map(pushed.sites.map((s) => [s.host, s]));
    const was = new Set(applied.sites);
    sites = user.sites
      .filter((s) => !was.has(s.host) || byHost.has(s.host) || pushed.partial)
      .map((s) => {
        const p = byHost.get(s.host);
        return p && p.platform !== s.platform ? { ...s, platform: p.platform } : s;
      });
    const have = new Set(sites.map((s) => s.host));
    const added = pushed.sites.filter((s) => !have.has(s.host));
    sites = [...sites, ...added.map((s) => ({ host: s.host, platform: s.platform, addedAt: now }))];
    appliedSites = [...applied.sites.filter((h) => byHost.has(h) || pushed.partial), ...added.map((s) => s.host)];
  }
  let followed = user.followed;
  let appliedFollowed = applied.followed;
  if (pushed.followed) {
    const ids = new Set(pushed.followed);
    const was = new Set(applied.followed);
    followed = user.followed.filter((id) => !was.has(id) || ids.has(id) || pushed.partial);
    const have = new Set(followed);
    const added = pushed.followed.filter((id) => !have.has(id));
    followed = [...followed, ...added];
    appliedFollowed = [...applied.followed.filter((id) => ids.has(id) || pushed.partial), ...added];
  }
  return { sites, followed, applied: { sites: appliedSites, followed: appliedFollowed } };
}

/**
 * Reads the policy and writes what it pushes into the user's sites and follows (only what changed). The
 * background runs it on start and whenever the browser reloads the policy.
 */
export function applyPolicy(now = Date.now()): Promise<PolicyRead> {
  // One at a time: a change of the policy at start would otherwise race the first run over the same lists.
  return queue.run('policy', () => applyOnce(now));
}
const queue = new SerialQueues();

async function applyOnce(now: number): Promise<PolicyRead> {
  const read = await loadPolicy();
  for (const w of read.warnings) console.warn(`[填报助手] 管理策略：${w.zh}`);
  const [sites, followed, mappings, applied] = await Promise.all([
    readSetting(SITES),
    readSetting(FOLLOWED),
    readSetting(MAPPINGS),
    readSetting(POLICY_APPLIED),
  ]);
  const next = mergePushed(
    { sites, followed },
    { sites: pushedSites(read), followed: pushedFollowed(read), partial: packsBroken(read) },
    applied,
    now,
  );
  const mapped = mergeMappings(
    mappings,
    pushedMappings(read),
    applied.mappings ?? [],
    applied.userMappings,
    packsBroken(read),
  );
  if (!same(next.sites, sites)) await writeSetting(SITES, next.sites);
  if (!same(next.followed, followed)) await writeSetting(FOLLOWED, next.followed);
  if (!same(mapped.mappings, mappings)) await writeSetting(MAPPINGS, mapped.mappings);
  const nextApplied: PolicyApplied = { ...next.applied, mappings: mapped.applied };
  if (Object.keys(mapped.prior).length) nextApplied.userMappings = mapped.prior;
  if (!same(nextApplied, applied)) await writeSetting(POLICY_APPLIED, nextApplied);
  // What the policy turns off; a `disabled` of the wrong type leaves what was off before.
  if (!keyBroken(read, 'disabled')) {
    const disabled = read.policy.disabled ?? [];
    if (!same(disabled, await readSetting(POLICY_DISABLED))) await writeSetting(POLICY_DISABLED, disabled);
  }
  return read;
}
