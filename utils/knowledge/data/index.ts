import seed000 from '@/data/packs/seed-000.json' with { type: 'json' };
import seed001 from '@/data/packs/seed-001.json' with { type: 'json' };
import seed002 from '@/data/packs/seed-002.json' with { type: 'json' };
import seed003 from '@/data/packs/seed-003.json' with { type: 'json' };
import seed004 from '@/data/packs/seed-004.json' with { type: 'json' };
import type { PackInput } from '@/utils/packs/schema';
import type { NoticeInput, RequirementInput } from '../schema';

/**
 * The built-in knowledge: one pack per source text of data/sources/ (data/packs/seed-NNN.json). A new notice is a
 * new pack file listed here (or a notice added to a pack), nothing else. JSON is typed loosely by TypeScript
 * (a kind reads as `string`), so the packs are declared as PackInput here and held to the schema, phrase by
 * phrase against their source text, by tests/unit/knowledge-data.test.ts.
 */
export const BUILTIN_PACKS = [seed000, seed001, seed002, seed003, seed004] as unknown as readonly PackInput[];

/** Every built-in notice with the place of its text in data/sources/. */
export const NOTICES: readonly NoticeInput[] = BUILTIN_PACKS.flatMap((p) =>
  p.notices.map(({ requirements: _, reviewed: __, ...n }) => {
    if (!n.seed || !n.lines || n.issuer === null || n.dateText === undefined || !n.kind) {
      throw new Error(`built-in notice ${n.id} lacks its source text, issuer or kind`);
    }
    return { ...n, seed: n.seed, lines: n.lines, issuer: n.issuer, dateText: n.dateText, kind: n.kind };
  }),
);

/** Every built-in requirement, with the id of its notice. */
export const REQUIREMENTS: readonly RequirementInput[] = BUILTIN_PACKS.flatMap((p) =>
  p.notices.flatMap((n) => n.requirements.map((r) => ({ ...r, notice: n.id }))),
);
