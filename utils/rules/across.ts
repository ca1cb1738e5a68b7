import { t } from '@/utils/i18n';
import { normaliseValue } from './compile';
import type { AcrossRule, ProfileData, Severity } from './types';
import type { FormValidator, Problem } from './validator';

/** Values as two tables are compared: as typed, without the spaces a name is often padded with (王 芳). */
const compact = (v: string) => normaliseValue(v).replace(/\s+/g, '');

/** A form of another annex as its draft holds it: values by that annex's profile keys. */
export interface OtherForm {
  title: string;
  url: string;
  updatedAt: number;
  values: Record<string, string>;
}

/** The profile ids the page's matched profiles check against (the forms whose drafts they need). */
export function othersOf(v: FormValidator): string[] {
  return [...new Set(v.matches.flatMap((m) => (m.profile.across ?? []).map((a) => a.rule.other)))];
}

/**
 * Problems of the checks across tables (表间审核) of every matched profile. `forms` gives the drafts of each other
 * annex on this origin, platform and period (undefined: not read yet, nothing is said). Rows that name no entry are
 * not checked. An other side with no draft at all, or a row it does not know, is a warning (it may have been filled
 * on another computer: 请核实或填写说明); a value that differs is the rule's own severity.
 */
export function acrossProblems(
  v: FormValidator,
  profiles: readonly ProfileData[],
  forms: (profileId: string) => readonly OtherForm[] | undefined,
): Problem[] {
  const out: Problem[] = [];
  for (const m of v.matches) {
    for (const { rule, severity, source } of m.profile.across ?? []) {
      const other = forms(rule.other);
      if (!other) continue;
      const otherProfile = profiles.find((p) => p.id === rule.other);
      const annex = otherProfile?.annex ?? rule.other;
      const basis = `${m.profile.annex}《${m.profile.title}》↔ ${annex}：${source.text}`;
      out.push(...rowsMatch(v, m.profile, rule, severity, basis, annex, other, otherProfile));
    }
  }
  return out;
}

function rowsMatch(
  v: FormValidator,
  profile: ProfileData,
  rule: AcrossRule,
  severity: Severity,
  basis: string,
  annex: string,
  other: readonly OtherForm[],
  otherProfile: ProfileData | undefined,
): Problem[] {
  const out: Problem[] = [];
  const label = (key: string) => otherProfile?.fields.find((f) => f.key === key)?.label.replace(/\s+/g, '') ?? key;
  const named = v.rowsOf(profile.id).flatMap((row) => {
    const id = row.get(rule.key.here);
    const value = id ? compact(v.valueOf(id)) : '';
    return id && value ? [{ row, id, value }] : [];
  });
  const first = named[0];
  if (!first) return out;
  if (!other.length) {
    const what = [rule.key.there, ...rule.same.map((s) => s.there)].map(label).join(t('listSep'));
    out.push(v.problemAt(first.id, t('acrossMissing', [annex, what]), basis, 'warning', 'acrossMissing'));
    return out;
  }
  for (const { row, id, value } of named) {
    const form = other.find((f) => compact(f.values[rule.key.there] ?? '') === value);
    if (!form) {
      out.push(v.problemAt(id, t('acrossNoMatch', [annex, value]), basis, 'warning', 'acrossNoMatch'));
      continue;
    }
    for (const pair of rule.same) {
      const hereId = row.get(pair.here);
      const here = hereId ? compact(v.valueOf(hereId)) : '';
      const there = compact(form.values[pair.there] ?? '');
      if (hereId && here && there && here !== there) {
        out.push(v.problemAt(hereId, t('acrossDiffers', [annex, value, there]), basis, severity, rule.kind));
      }
    }
  }
  return out;
}
