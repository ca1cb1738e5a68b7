import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS, NOTICES, REQUIREMENTS } from '@/utils/knowledge/data';
import { NoticeSchema } from '@/utils/knowledge/schema';
import { PackSchema } from '@/utils/packs/schema';
import { packPhraseProblems } from './pack-phrases';
import { seedLines } from './seeds';

/**
 * Every pack, phrase by phrase: each quoted sentence, deadline and manual step is found at its line of its source
 * text (packPhraseProblems: data/sources/ for the built-in notices, the notice's own text otherwise).
 */
const PACK_DIR = path.resolve(import.meta.dirname, '../../data/packs');

describe('knowledge data', () => {
  it('has notices and requirements with unique ids', () => {
    expect(NOTICES.length).toBeGreaterThan(10);
    expect(REQUIREMENTS.length).toBeGreaterThan(20);
    const ids = REQUIREMENTS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const nids = NOTICES.map((n) => n.id);
    expect(new Set(nids).size).toBe(nids.length);
  });

  it('ships every pack file of data/packs/', () => {
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
      it('parses with the pack schema; every notice is reviewed and names a text of data/sources/', () => {
        expect(PackSchema.safeParse(pack).error?.issues ?? []).toEqual([]);
        for (const n of pack.notices) {
          expect(n.reviewed, `${n.id} reviewed`).toBe(true);
          expect(n.seed && seedLines.has(n.seed), `${n.id} names a text of data/sources/`).toBe(true);
          expect(NoticeSchema.safeParse({ ...n }).success, `${n.id} is a full knowledge notice`).toBe(true);
        }
      });
      it('every 文号, title, quote, deadline and manual step is at its line of its text', () => {
        expect(packPhraseProblems(pack)).toEqual([]);
      });
    });
  });
});
