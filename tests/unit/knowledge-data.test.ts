import { describe, expect, it } from 'vitest';
import { NOTICES, REQUIREMENTS } from '@/utils/knowledge/data';
import { NoticeSchema, RequirementSchema } from '@/utils/knowledge/schema';
import { seedLines, seedSpan, squash } from './seeds';

/** A phrase may run over a PDF line break into the next lines. */
function lineHas(seed: string, line: number, phrase: string): boolean {
  return seedSpan(seed, line, line + 3).includes(squash(phrase));
}

describe('knowledge data', () => {
  it('has notices and requirements with unique ids', () => {
    expect(NOTICES.length).toBeGreaterThan(10);
    expect(REQUIREMENTS.length).toBeGreaterThan(20);
    const ids = REQUIREMENTS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const nids = NOTICES.map((n) => n.id);
    expect(new Set(nids).size).toBe(nids.length);
  });

  for (const n of NOTICES) {
    it(`notice ${n.id} parses and its 文号 is in the seed`, () => {
      const parsed = NoticeSchema.parse(n);
      const text = squash(
        seedLines
          .get(parsed.seed)
          ?.slice(parsed.lines[0] - 1, parsed.lines[1])
          .join('') ?? '',
      );
      if (parsed.docNumber) expect(text).toContain(squash(parsed.docNumber));
      expect(text).toContain(squash(parsed.title).slice(0, 12));
    });
  }

  for (const r of REQUIREMENTS) {
    it(`requirement ${r.id} parses and quotes its seed exactly`, () => {
      const parsed = RequirementSchema.parse(r);
      expect(NOTICES.some((n) => n.id === parsed.notice)).toBe(true);
      const seedText = squash(
        parsed.source.lines.map((l) => seedLines.get(parsed.source.seed)?.[l - 1] ?? '').join(''),
      );
      expect(seedText, 'quote within source lines').toContain(squash(parsed.quote));
      for (const d of parsed.deadlines) {
        expect(
          lineHas(d.source.seed, d.source.line, d.text),
          `deadline "${d.text}" at ${d.source.seed}:${d.source.line}`,
        ).toBe(true);
      }
      for (const s of parsed.steps) {
        expect(lineHas(s.source.seed, s.source.line, s.text), `step "${s.text}"`).toBe(true);
      }
      for (const c of parsed.channels) {
        if (c.type === 'email') expect(seedText).toContain(c.address);
      }
    });
  }
});
