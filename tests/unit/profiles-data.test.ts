import { describe, expect, it } from 'vitest';
import { FormProfile } from '@/utils/rules/profile-schema';
import { PROFILES } from '@/utils/rules/profiles';
import { seedSpan, squash } from './seeds';

describe('form profiles', () => {
  it('cover the seven annex forms of seeds 000 and 001', () => {
    expect(PROFILES.map((p) => p.id).sort()).toEqual(
      ['s000-annex1', 's000-annex2', 's000-annex3', 's000-annex5', 's001-annex1', 's001-annex2', 's001-annex3'].sort(),
    );
  });

  for (const p of PROFILES) {
    it(`${p.id} parses, its labels are printed in its annex, every rule quotes its seed`, () => {
      const profile = FormProfile.parse(p);
      const annex = seedSpan(profile.seed, profile.lines[0], profile.lines[1]);
      expect(annex).toContain(squash(profile.title));
      const keys = new Set<string>();
      for (const f of profile.fields) {
        expect(keys.has(f.key), `duplicate key ${f.key}`).toBe(false);
        keys.add(f.key);
        expect(annex, `label ${f.label}`).toContain(squash(f.label));
        for (const r of f.rules) {
          const text = seedSpan(r.source.seed, r.source.line, r.source.line + 2);
          expect(text, `${f.key}: "${r.source.text}" at ${r.source.seed}:${r.source.line}`).toContain(
            squash(r.source.text),
          );
          if (r.source.implied) expect(r.source.why, `${f.key} implied rule needs why`).toBeTruthy();
        }
      }
      for (const c of profile.cross) {
        const named = Object.values(c.rule).filter((v): v is string => typeof v === 'string' && v !== c.rule.kind);
        const listed = 'parts' in c.rule ? c.rule.parts : [];
        for (const k of [...named, ...listed])
          expect(keys.has(k), `${c.rule.kind} names unknown field ${k}`).toBe(true);
      }
    });
  }
});
