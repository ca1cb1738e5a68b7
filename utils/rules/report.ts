import { FormProfile } from './profile-schema';
import { PROFILES } from './profiles';

/** One rule of the annex profiles, as `npm run --silent kb -- rules` prints it. */
export interface RuleRow {
  profile: string;
  annex: string;
  title: string;
  /** The profile field key, or the keys a cross-field / cross-table rule ties together. */
  field: string;
  kind: string;
  severity: 'error' | 'warning';
  scope: 'field' | 'cross' | 'across';
  source: string;
  phrase: string;
  implied: boolean;
}

const keysOf = (rule: Record<string, unknown>) =>
  Object.entries(rule)
    .filter(([k]) => k !== 'kind')
    .flatMap(([, v]) =>
      typeof v === 'string'
        ? [v]
        : Array.isArray(v)
          ? v.flatMap((x) =>
              typeof x === 'string' ? [x] : x && typeof x === 'object' ? [(x as { here?: string }).here ?? ''] : [],
            )
          : v && typeof v === 'object'
            ? [(v as { here?: string }).here ?? '']
            : [],
    )
    .filter(Boolean);

/** Every rule of the seven annex profiles with its profile, field, kind, severity and source phrase. */
export function ruleRows(): RuleRow[] {
  return PROFILES.flatMap((input) => {
    const p = FormProfile.parse(input);
    const base = { profile: p.id, annex: `${p.seed} ${p.annex}`, title: p.title };
    const src = (s: { seed: string; line: number; text: string; implied: boolean }) => ({
      source: `${s.seed}:${s.line}`,
      phrase: s.text,
      implied: s.implied,
    });
    return [
      ...p.fields.flatMap((f) =>
        f.rules.map((r) => ({
          ...base,
          field: f.key,
          kind: r.rule.kind,
          severity: r.severity,
          scope: 'field' as const,
          ...src(r.source),
        })),
      ),
      ...p.cross.map((c) => ({
        ...base,
        field: keysOf(c.rule).join('+'),
        kind: c.rule.kind,
        severity: c.severity,
        scope: 'cross' as const,
        ...src(c.source),
      })),
      ...(p.across ?? []).map((a) => ({
        ...base,
        field: `${[a.rule.key.here, ...a.rule.same.map((s) => s.here)].join('+')} ↔ ${a.rule.other}`,
        kind: a.rule.kind,
        severity: a.severity,
        scope: 'across' as const,
        ...src(a.source),
      })),
    ];
  });
}

/** Per annex: how many rules of each kind and severity (the README's coverage table). */
export function ruleCoverage(rows: readonly RuleRow[] = ruleRows()) {
  const by = new Map<
    string,
    { annex: string; title: string; kinds: Map<string, number>; error: number; warning: number }
  >();
  for (const r of rows) {
    const a = by.get(r.profile) ?? { annex: r.annex, title: r.title, kinds: new Map(), error: 0, warning: 0 };
    a.kinds.set(r.kind, (a.kinds.get(r.kind) ?? 0) + 1);
    a[r.severity] += 1;
    by.set(r.profile, a);
  }
  return [...by.entries()].map(([profile, a]) => ({
    profile,
    annex: a.annex,
    title: a.title,
    kinds: Object.fromEntries([...a.kinds].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))),
    error: a.error,
    warning: a.warning,
  }));
}
