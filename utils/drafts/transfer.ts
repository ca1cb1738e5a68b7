import * as z from 'zod/mini';
import { PLATFORM_IDS } from '@/utils/platforms/registry';
import { isWebUrl } from '@/utils/web-url';
import '@/utils/zod-messages';
import { bindOrigin, db, type TianbaoDB } from './db';
import { type Explanation, ExplanationSchema } from './explanations';
import { changedCount } from './history';
import { DRAFT_LIMITS, type DraftKey, DraftKeySchema, draftId, legacyDraftId } from './schema';

/**
 * Export and import of drafts as a JSON file. The file is checked whole before anything is written: a malformed
 * or foreign file changes nothing and says why, in Chinese.
 */
export const EXPORT_FORMAT = 'tianbao-drafts';

const Values = z.record(
  z.string().check(z.maxLength(DRAFT_LIMITS.idChars)),
  z.string().check(z.maxLength(DRAFT_LIMITS.valueChars)),
);
const LegacyKey = z.object({
  platform: z.enum(PLATFORM_IDS),
  path: z.string(),
  fingerprint: z.string(),
  period: z.nullable(z.string()),
});
const ExportedDraft = z.object({
  id: z.string(),
  // Version 2 files carry the page's origin in the key; version 1 files (before issue #10) do not, and get it
  // from the draft's address on import, as the database migration does.
  key: z.union([z.extend(LegacyKey, { origin: z.string() }), LegacyKey]),
  title: z.string(),
  url: z.string(),
  values: Values,
  labels: z.record(z.string(), z.string()),
  createdAt: z.number(),
  updatedAt: z.number(),
  versions: z.array(z.object({ savedAt: z.number(), values: Values, changed: z.int().check(z.gte(0)) })),
  /** The 说明 of the warnings the user explained on this form (files from before issue #17 have none). */
  explanations: z.optional(z.array(ExplanationSchema).check(z.maxLength(500))),
});
export const ExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.union([z.literal(1), z.literal(2)]),
  exportedAt: z.number(),
  drafts: z.array(ExportedDraft),
});
export type ExportFileT = z.infer<typeof ExportFile>;

export async function exportDrafts(db: TianbaoDB, ids?: readonly string[], now = Date.now()): Promise<ExportFileT> {
  const drafts = ids ? (await db.drafts.bulkGet([...ids])).filter((d) => d !== undefined) : await db.drafts.toArray();
  const out: ExportFileT['drafts'] = [];
  for (const d of drafts) {
    const versions = await db.versions.where('draftId').equals(d.id).sortBy('savedAt');
    const explanations = (await db.explanations.get(d.id))?.explanations;
    out.push({
      ...d,
      versions: versions.map((v) => ({ savedAt: v.savedAt, values: v.values, changed: v.changed })),
      ...(explanations?.length ? { explanations } : {}),
    });
  }
  return { format: EXPORT_FORMAT, version: 2, exportedAt: now, drafts: out };
}

/** Why a file was refused, for the dashboard to say in the user's language (`message` says it in Chinese). */
export type ImportProblem =
  | { code: 'not-json' }
  | { code: 'foreign' }
  | { code: 'damaged'; where: string; detail: string }
  | { code: 'not-web'; title: string; url: string }
  | { code: 'tampered'; title: string };

/** `replaced`: drafts of this browser whose values the file's newer ones replaced (kept as versions). */
export type ImportResult =
  | { ok: true; drafts: number; replaced: number }
  | { ok: false; message: string; problem: ImportProblem };

type VersionIn = ExportFileT['drafts'][number]['versions'][number];

/**
 * One history from two: the versions of this browser and of the file, and the current values of whichever draft
 * loses (it stops being the draft, so it becomes a version). Nothing is dropped but exact duplicates; `changed`
 * is kept as stored, and counted for the losing draft's snapshot.
 */
function mergedHistory(
  local: readonly VersionIn[],
  file: readonly VersionIn[],
  loser: { updatedAt: number; values: Record<string, string> },
  winner: Record<string, string>,
): VersionIn[] {
  const seen = new Set<string>();
  const out: VersionIn[] = [];
  for (const v of [...local, ...file]) {
    const id = `${v.savedAt}|${JSON.stringify(Object.entries(v.values).sort())}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(v);
  }
  out.sort((a, b) => a.savedAt - b.savedAt);
  const kept = out.some((v) => v.savedAt <= loser.updatedAt && changedCount(v.values, loser.values) === 0);
  if (Object.keys(loser.values).length && changedCount(loser.values, winner) !== 0 && !kept) {
    const before = out.filter((v) => v.savedAt <= loser.updatedAt).at(-1);
    out.push({
      savedAt: loser.updatedAt,
      values: loser.values,
      changed: changedCount(before?.values ?? {}, loser.values),
    });
    out.sort((a, b) => a.savedAt - b.savedAt);
  }
  return out;
}

/**
 * Reads an export file's text and, only if all of it is valid, writes its drafts: the newer of a draft in the
 * file and the same draft here becomes the draft, and the other one's values and versions join its history, so
 * an import never loses what was typed in this browser.
 */
export async function importDrafts(db: TianbaoDB, text: string): Promise<ImportResult> {
  const refuse = (message: string, problem: ImportProblem) => ({ ok: false as const, message, problem });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('文件不是有效的 JSON，未导入任何内容。', { code: 'not-json' });
  }
  const format = (json as { format?: unknown })?.format;
  if (format !== EXPORT_FORMAT) {
    return refuse('这不是填报助手导出的草稿文件，未导入任何内容。', { code: 'foreign' });
  }
  const parsed = ExportFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || '';
    const detail = issue?.message ?? '';
    return refuse(`草稿文件内容不完整或已损坏（${where || '文件'}：${detail || '格式错误'}），未导入任何内容。`, {
      code: 'damaged',
      where,
      detail,
    });
  }
  // The options page shows each draft's address as a link: a file made to carry `javascript:` is refused whole.
  const foreign = parsed.data.drafts.find((d) => !isWebUrl(d.url));
  if (foreign) {
    return refuse(
      `草稿“${foreign.title}”的网址不是 http 或 https 地址（${foreign.url.slice(0, 40)}），文件可能被改动过，未导入任何内容。`,
      { code: 'not-web', title: foreign.title, url: foreign.url.slice(0, 40) },
    );
  }
  const drafts: (ExportFileT['drafts'][number] & { key: DraftKey })[] = [];
  for (const d of parsed.data.drafts) {
    const key = d.key;
    const legacy = !('origin' in key);
    if (
      (legacy ? legacyDraftId(key) : draftId(key as DraftKey)) !== d.id ||
      (!legacy && !DraftKeySchema.safeParse(key).success)
    ) {
      return refuse(`草稿“${d.title}”的标识与内容不符，文件可能被改动过，未导入任何内容。`, {
        code: 'tampered',
        title: d.title,
      });
    }
    drafts.push(legacy ? bindOrigin(d) : { ...d, key: key as DraftKey });
  }
  let replaced = 0;
  await db.transaction('rw', db.drafts, db.versions, db.explanations, async () => {
    for (const { versions, explanations, ...draft } of drafts) {
      if (explanations?.length) await mergeExplanations(db, draft.id, draft.key, explanations);
      const existing = await db.drafts.get(draft.id);
      if (!existing) {
        await db.drafts.put(draft);
        await db.versions.bulkAdd(versions.map((v) => ({ ...v, draftId: draft.id })));
        continue;
      }
      const local = await db.versions.where('draftId').equals(draft.id).sortBy('savedAt');
      const fileWins = draft.updatedAt > existing.updatedAt;
      const [winner, loser] = fileWins ? [draft, existing] : [existing, draft];
      const history = mergedHistory(
        local.map(({ savedAt, values, changed }) => ({ savedAt, values, changed })),
        versions,
        loser,
        winner.values,
      );
      if (fileWins) {
        await db.drafts.put(draft);
        if (changedCount(existing.values, draft.values) !== 0) replaced++;
      }
      await db.versions.where('draftId').equals(draft.id).delete();
      await db.versions.bulkAdd(history.map((v) => ({ ...v, draftId: draft.id })));
    }
  });
  return { ok: true, drafts: parsed.data.drafts.length, replaced };
}

/** The file's 说明 join this browser's: for the same warning, the one written last stands. */
async function mergeExplanations(
  db: TianbaoDB,
  id: string,
  key: DraftKey,
  file: readonly Explanation[],
): Promise<void> {
  const local = (await db.explanations.get(id))?.explanations ?? [];
  const byProblem = new Map(local.map((e) => [e.problem, e]));
  for (const e of file) {
    const here = byProblem.get(e.problem);
    if (!here || e.at > here.at) byProblem.set(e.problem, e);
  }
  await db.explanations.put({ draftId: id, key, explanations: [...byProblem.values()], updatedAt: Date.now() });
}

/** The dashboard's export and import: this context's database. */
export const exportAllDrafts = (): Promise<ExportFileT> => exportDrafts(db());
export const importDraftsFile = (text: string): Promise<ImportResult> => importDrafts(db(), text);

/** The retention's deletion lives on its own (the background loads it without this module's file schemas). */
export { pruneOldDrafts } from './prune';
