import { z } from 'zod';
import { PLATFORM_IDS } from '@/utils/platforms/registry';
import type { TianbaoDB } from './db';
import { draftId } from './schema';

/**
 * Export and import of drafts as a JSON file. The file is checked whole before anything is written: a malformed
 * or foreign file changes nothing and says why, in Chinese.
 */
export const EXPORT_FORMAT = 'tianbao-drafts';

const Values = z.record(z.string(), z.string());
const ExportedDraft = z.object({
  id: z.string(),
  key: z.object({
    platform: z.enum(PLATFORM_IDS),
    path: z.string(),
    fingerprint: z.string(),
    period: z.string().nullable(),
  }),
  title: z.string(),
  url: z.string(),
  values: Values,
  labels: z.record(z.string(), z.string()),
  createdAt: z.number(),
  updatedAt: z.number(),
  versions: z.array(z.object({ savedAt: z.number(), values: Values, changed: z.number().int().min(0) })),
});
export const ExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: z.number(),
  drafts: z.array(ExportedDraft),
});
export type ExportFileT = z.infer<typeof ExportFile>;

export async function exportDrafts(db: TianbaoDB, ids?: readonly string[], now = Date.now()): Promise<ExportFileT> {
  const drafts = ids ? (await db.drafts.bulkGet([...ids])).filter((d) => d !== undefined) : await db.drafts.toArray();
  const out: ExportFileT['drafts'] = [];
  for (const d of drafts) {
    const versions = await db.versions.where('draftId').equals(d.id).sortBy('savedAt');
    out.push({ ...d, versions: versions.map((v) => ({ savedAt: v.savedAt, values: v.values, changed: v.changed })) });
  }
  return { format: EXPORT_FORMAT, version: 1, exportedAt: now, drafts: out };
}

export type ImportResult = { ok: true; drafts: number } | { ok: false; message: string };

/** Reads an export file's text and, only if all of it is valid, writes its drafts (newer ones win). */
export async function importDrafts(db: TianbaoDB, text: string): Promise<ImportResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: '文件不是有效的 JSON，未导入任何内容。' };
  }
  const format = (json as { format?: unknown })?.format;
  if (format !== EXPORT_FORMAT) {
    return { ok: false, message: '这不是填报助手导出的草稿文件，未导入任何内容。' };
  }
  const parsed = ExportFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      message: `草稿文件内容不完整或已损坏（${issue?.path.join('.') || '文件'}：${issue?.message ?? '格式错误'}），未导入任何内容。`,
    };
  }
  for (const d of parsed.data.drafts) {
    if (draftId(d.key) !== d.id) {
      return { ok: false, message: `草稿“${d.title}”的标识与内容不符，文件可能被改动过，未导入任何内容。` };
    }
  }
  await db.transaction('rw', db.drafts, db.versions, async () => {
    for (const { versions, ...draft } of parsed.data.drafts) {
      const existing = await db.drafts.get(draft.id);
      if (existing && existing.updatedAt >= draft.updatedAt) continue;
      await db.drafts.put(draft);
      await db.versions.where('draftId').equals(draft.id).delete();
      await db.versions.bulkAdd(versions.map((v) => ({ ...v, draftId: draft.id })));
    }
  });
  return { ok: true, drafts: parsed.data.drafts.length };
}

/** Deletes drafts not touched for `days` days. Returns how many. */
export async function pruneOldDrafts(db: TianbaoDB, days: number, now = Date.now()): Promise<number> {
  const cutoff = now - days * 24 * 60 * 60 * 1000;
  const old = await db.drafts.where('updatedAt').below(cutoff).primaryKeys();
  if (!old.length) return 0;
  await db.transaction('rw', db.drafts, db.versions, async () => {
    await db.drafts.bulkDelete(old);
    await db.versions.where('draftId').anyOf(old).delete();
  });
  return old.length;
}
