import { normaliseLabel } from '@/utils/fields/normalise';
import { pairSpellings } from '@/utils/fields/pairs';
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
  memo: Map<string, Hit | null>;
}

/**
 * How a page label found a profile field: the same label, a longer one that starts with it (三、项目目的(200字以内)),
 * or a shorter one that is only its start (所在单位 for 所在单位意见), which says little about which form this is.
 */
interface Hit {
  field: ProfileFieldData;
  partial: boolean;
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
function find(profile: ProfileData, label: string): Hit | undefined {
  const ix = indexOf(profile);
  const known = ix.memo.get(label);
  if (known !== undefined) return known ?? undefined;
  // One end of a period (项目周期(结束)) is that end in the annex's spelling, never the period's start by prefix.
  const exact =
    ix.exact.get(label) ??
    pairSpellings(label).reduce<ProfileFieldData | undefined>((hit, s) => hit ?? ix.exact.get(s), undefined);
  let found: Hit | undefined = exact ? { field: exact, partial: false } : undefined;
  if (!found && label.length >= 2) {
    const longer = ix.all.find(({ label: l }) => l.length >= 2 && label.startsWith(l));
    const shorter = longer ? undefined : ix.all.find(({ label: l }) => l.startsWith(label));
    found = longer ? { field: longer.field, partial: false } : shorter && { field: shorter.field, partial: true };
  }
  ix.memo.set(label, found ?? null);
  return found;
}

/**
 * How many distinct profile fields must be on the page, and how many of them by specific labels: the profile's own
 * label in full, that fewer than GENERIC_AMONG annexes know. 联系电话, 姓名, 序号 or 项目名称 are on most forms and
 * prove nothing by themselves (zyyxzy's 自查 form shares 联系人, 联系电话 and 省(自治区、直辖市) with 001 附件3 and is
 * no annex).
 */
const MIN_SHARED = 3;
const MIN_SPECIFIC = 2;
const GENERIC_AMONG = 3;

/**
 * Matches the page's fields to the annex profiles: a profile applies when the page shows at least 3 of its labels,
 * 2 of them specific to it; each field takes the best profile that knows it.
 */
export function matchProfiles(fields: readonly MatchableField[], profiles: readonly ProfileData[]): ProfileMatch[] {
  // How many profiles know each page label: one that many annexes have is generic.
  const knownBy = new Map<string, number>();
  // The profiles that know any label of the page: the others need no pass over every field (a 5,000-field table).
  const known = new Set<ProfileData>();
  for (const label of new Set(fields.map((f) => f.label))) {
    const knowing = profiles.filter((p) => find(p, label));
    knownBy.set(label, knowing.length);
    for (const p of knowing) known.add(p);
  }
  const matches: (ProfileMatch & { specific: Set<string> })[] = [];
  for (const profile of profiles) {
    if (!known.has(profile)) continue;
    const mapped = new Map<string, ProfileFieldData>();
    const distinct = new Set<string>();
    const specific = new Set<string>();
    for (const f of fields) {
      const hit = find(profile, f.label);
      if (!hit) continue;
      mapped.set(f.id, hit.field);
      distinct.add(hit.field.key);
      if (!hit.partial && (knownBy.get(f.label) ?? 0) < GENERIC_AMONG) specific.add(hit.field.key);
    }
    // Platforms split an annex over pages and tabs, so a few labels are enough, if some of them are the annex's own;
    // generic ones then go to the profile that is best supported (below).
    if (distinct.size >= MIN_SHARED && specific.size >= MIN_SPECIFIC) {
      matches.push({ profile, fields: mapped, shared: distinct.size, specific });
    }
  }
  matches.sort((a, b) => b.specific.size - a.specific.size || b.shared - a.shared);
  // A field belongs to the best matching profile only.
  const taken = new Set<string>();
  for (const m of matches) {
    for (const id of [...m.fields.keys()]) {
      if (taken.has(id)) m.fields.delete(id);
      else taken.add(id);
    }
  }
  // A profile left with fewer than 3 fields after that was only sharing common labels (联系电话, 项目名称).
  return matches
    .filter((m) => new Set([...m.fields.values()].map((f) => f.key)).size >= MIN_SHARED)
    .map(({ profile, fields, shared }) => ({ profile, fields, shared }));
}
