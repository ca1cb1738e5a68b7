import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS, NOTICES, REQUIREMENTS } from '@/utils/knowledge/data';
import { NoticeSchema, RequirementSchema } from '@/utils/knowledge/schema';
import { PackSchema } from '@/utils/packs/schema';
import { seedLines, squash } from './seeds';

/**
 * Every pack, phrase by phrase: each quoted sentence, deadline and manual step is found at its line of its source
 * text. A built-in notice's text is a file of data/sources/ (`seed`); a notice that carries its own `text` (an
 * imported or pushed pack) is checked against that text the same way.
 */
const PACK_DIR = path.resolve(import.meta.dirname, '../../data/packs');

/** A phrase may run over a PDF line break into the next lines. */
function lineHas(lines: readonly string[], line: number, phrase: string): boolean {
  return squash(lines.slice(line - 1, line + 3).join('')).includes(squash(phrase));
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

  it('ships every pack file of data/packs/, and each names a source text that is there', () => {
    const files = fs.readdirSync(PACK_DIR).filter((f) => f.endsWith('.json'));
    expect(files.length).toBe(BUILTIN_PACKS.length);
    const shipped = BUILTIN_PACKS.map((p) => JSON.stringify(p));
    for (const f of files) {
      expect(shipped, `${f} is not listed in utils/knowledge/data/index.ts`).toContain(
        JSON.stringify(JSON.parse(fs.readFileSync(path.join(PACK_DIR, f), 'utf8'))),
      );
    }
  });

  BUILTIN_PACKS.forEach((pack, i) => {
    describe(`pack ${i}: ${pack.title}`, () => {
      const parsed = PackSchema.safeParse(pack);
      it('parses with the pack schema, every notice built in and reviewed', () => {
        expect(parsed.error?.issues ?? []).toEqual([]);
        for (const n of pack.notices) {
          expect(n.reviewed, `${n.id} reviewed`).toBe(true);
          expect(n.seed && seedLines.has(n.seed), `${n.id} names a text of data/sources/`).toBe(true);
          expect(NoticeSchema.safeParse({ ...n }).success, `${n.id} is a full knowledge notice`).toBe(true);
        }
      });
      for (const n of pack.notices) {
        const text = n.text !== undefined ? n.text.split('\n') : (seedLines.get(n.seed ?? '') ?? []);
        it(`notice ${n.id}: its 文号 and title are in its text`, () => {
          const [from, to] = n.lines ?? [1, text.length];
          const span = squash(text.slice(from - 1, to).join(''));
          if (n.docNumber) expect(span).toContain(squash(n.docNumber));
          expect(span).toContain(squash(n.title).slice(0, 12));
        });
        for (const r of n.requirements) {
          it(`requirement ${r.id} quotes its text exactly, each phrase at its line`, () => {
            const req = RequirementSchema.parse({ ...r, notice: n.id });
            expect(req.source.seed, 'the requirement’s text is its notice’s').toBe(n.seed ?? n.id);
            const quoted = squash(req.source.lines.map((l) => text[l - 1] ?? '').join(''));
            expect(quoted, 'quote within source lines').toContain(squash(req.quote));
            for (const d of req.deadlines) {
              expect(d.source.seed).toBe(req.source.seed);
              expect(lineHas(text, d.source.line, d.text), `deadline "${d.text}" at line ${d.source.line}`).toBe(true);
            }
            for (const s of req.steps) {
              expect(s.source.seed).toBe(req.source.seed);
              expect(lineHas(text, s.source.line, s.text), `step "${s.text}" at line ${s.source.line}`).toBe(true);
            }
            for (const c of req.channels) {
              if (c.type === 'email') expect(quoted).toContain(c.address);
            }
          });
        }
      }
    });
  });
});
