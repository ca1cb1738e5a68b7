import { normaliseLabel } from '@/utils/fields/normalise';
import type { ProfileData, ProfileFieldData } from './types';

/** A page field as matching sees it: its normalised label (and table column path). */
export interface MatchableField {
  id: string;
  label: string;
  columnPath: string[];
}

export interface ProfileMatch {
  profile: ProfileData;
  /** Page field id → the profile field it is. */
  fields: Map<string, ProfileFieldData>;
  /** How many distinct profile fields the page shows. */
  shared: number;
}

interface ProfileIndex {
  exact: Map<string, ProfileFieldData>;
  all: { label: string; field: ProfileFieldData }[];
  /** Page label → result, since a table repeats the same few labels on every row. */
  memo: Map<string, ProfileFieldData | null>;
}

const indexes = new WeakMap<ProfileData, ProfileIndex>();

function indexOf(profile: ProfileData): ProfileIndex {
  let ix = indexes.get(profile);
  if (!ix) {
    ix = { exact: new Map(), all: [], memo: new Map() };
    for (const f of profile.fields) {
      for (const l of [f.label, ...(f.aliases ?? [])].map(normaliseLabel).filter(Boolean)) {
        if (!ix.exact.has(l)) ix.exact.set(l, f);
        ix.all.push({ label: l, field: f });
      }
    }
    indexes.set(profile, ix);
  }
  return ix;
}

/** The profile field a page label is: exact (normalised) first, then a label that starts with the profile's. */
function find(profile: ProfileData, label: string): ProfileFieldData | undefined {
  const ix = indexOf(profile);
  const known = ix.memo.get(label);
  if (known !== undefined) return known ?? undefined;
  const found =
    ix.exact.get(label) ??
    ix.all.find(({ label: l }) => l.length >= 2 && label.length >= 2 && (label.startsWith(l) || l.startsWith(label)))
      ?.field;
  ix.memo.set(label, found ?? null);
  return found;
}

/**
 * Matches the page's fields to the annex profiles: a profile applies when the page shows at least 3 of its labels;
 * each field takes the best profile that knows it.
 */
export function matchProfiles(fields: readonly MatchableField[], profiles: readonly ProfileData[]): ProfileMatch[] {
  const matches: ProfileMatch[] = [];
  for (const profile of profiles) {
    const mapped = new Map<string, ProfileFieldData>();
    const distinct = new Set<string>();
    for (const f of fields) {
      const pf = find(profile, f.label);
      if (pf) {
        mapped.set(f.id, pf);
        distinct.add(pf.key);
      }
    }
    // Platforms split an annex over pages and tabs, so a few shared labels are enough; generic ones (联系电话)
    // are then sorted out below by giving each field to the profile that shares the most.
    if (distinct.size >= 3) {
      matches.push({ profile, fields: mapped, shared: distinct.size });
    }
  }
  matches.sort((a, b) => b.shared - a.shared);
  // A field belongs to the best matching profile only.
  const taken = new Set<string>();
  for (const m of matches) {
    for (const id of [...m.fields.keys()]) {
      if (taken.has(id)) m.fields.delete(id);
      else taken.add(id);
    }
  }
  // A profile left with fewer than 3 fields after that was only sharing common labels (联系电话, 项目名称).
  return matches.filter((m) => new Set([...m.fields.values()].map((f) => f.key)).size >= 3);
}
