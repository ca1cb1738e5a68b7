import type { OtherForm } from '@/utils/rules/across';
import { matchProfiles } from '@/utils/rules/match';
import { PROFILES } from '@/utils/rules/profiles';
import type { ProfileData } from '@/utils/rules/types';
import { db, type TianbaoDB } from './db';
import { type DraftKey, draftId } from './schema';

/**
 * The drafts of another annex form on the same origin, platform and period as `key` (its own draft left out), with
 * their values by that annex's profile keys: the other side of a check across tables. A draft counts as that annex
 * when its labels are recognised as it, as a page's fields are (utils/rules/match.ts).
 */
export async function formsOfProfile(
  key: DraftKey,
  profileId: string,
  database: TianbaoDB = db(),
  profiles: readonly ProfileData[] = PROFILES as readonly ProfileData[],
): Promise<OtherForm[]> {
  const own = draftId(key);
  const drafts = await database.drafts.where('key.origin').equals(key.origin).toArray();
  const out: OtherForm[] = [];
  for (const d of drafts) {
    if (d.id === own || d.key.platform !== key.platform || (d.key.period ?? null) !== (key.period ?? null)) continue;
    const fields = Object.entries(d.labels).map(([id, label]) => ({ id, label, columnPath: [] }));
    const match = matchProfiles(fields, profiles).find((m) => m.profile.id === profileId);
    if (!match) continue;
    const values: Record<string, string> = {};
    for (const [id, pf] of match.fields) {
      const value = d.values[id];
      if (value !== undefined && values[pf.key] === undefined) values[pf.key] = value;
    }
    out.push({ title: d.title, url: d.url, updatedAt: d.updatedAt, values });
  }
  return out.sort((a, b) => b.updatedAt - a.updatedAt);
}
