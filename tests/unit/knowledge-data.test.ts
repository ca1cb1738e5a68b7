import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTICES, REQUIREMENTS } from '@/utils/knowledge/data';
import { NoticeSchema, RequirementSchema } from '@/utils/knowledge/schema';

const SEED_DIR = path.resolve(import.meta.dirname, '../../../shared/seeds');
const seedLines = new Map<string, string[]>();
for (const f of fs.readdirSync(SEED_DIR)) {
  seedLines.set(f.slice(0, 3), fs.readFileSync(path.join(SEED_DIR, f), 'utf8').split('\n'));
}

/** Seeds copy PDFs: words can break across lines, and spacing differs; compare without whitespace. */
const squash = (s: string) => s.replace(/\s+/g, '');

function lineHas(seed: string, line: number, phrase: string): boolean {
  const lines = seedLines.get(seed);
  if (!lines) return false;
  // A phrase may run over a PDF line break into the next non-empty line.
  const window = squash(lines.slice(line - 1, line + 3).join(''));
  return window.includes(squash(phrase));
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
