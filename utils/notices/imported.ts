import { liveQuery } from 'dexie';
import { db, type TianbaoDB } from '@/utils/drafts/db';
import type { ImportedNoticeRecord } from '@/utils/drafts/records';
import { BUILTIN_PACKS } from '@/utils/knowledge/data';
import { knowledgeFromPacks, type PackSource } from '@/utils/knowledge/from-packs';
import type { RequirementView } from '@/utils/knowledge/view';
import { noticeFromImported } from '@/utils/packs/imported';
import type { PlatformId } from '@/utils/platforms/registry';
import { firstPolicyRead, pushedSourcesWithin } from '@/utils/policy/managed';

const BUILTIN: readonly PackSource[] = BUILTIN_PACKS.map((pack) => ({ pack, origin: 'builtin' }));

/**
 * The built-in requirements, those of packs a policy pushed (`pushed`), and those of the notices the user
 * imported, of one platform or all: one path (knowledgeFromPacks) for all three, so everything that shows on
 * pages, in the popup, in reminders and in the dashboard treats them alike. An unreadable database leaves the rest.
 */
export async function requirementViews(
  platform: PlatformId | null = null,
  database: TianbaoDB = db(),
  pushed?: readonly PackSource[],
): Promise<RequirementView[]> {
  // The database and the policy's packs (unless the caller gives them) are read at once: the popup's first view waits
  // for both (issue #16). The database is asked first, synchronously, so a live query still sees the table.
  // (What is shown waits for the browser's first policy read only briefly: see pushedSourcesWithin.)
  const [all, fromPolicy] = await Promise.all([
    database.imported.toArray().catch(() => []),
    pushed ?? pushedSourcesWithin(),
  ]);
  // A notice the policy pushes stands for the same notice the user imported earlier (the administrator's is newer).
  const pushedIds = new Set(fromPolicy.flatMap((s) => s.pack.notices.map((n) => n.id)));
  const records = all.filter((r) => !pushedIds.has(r.id));
  const imported: PackSource = { pack: { notices: records.map(noticeFromImported) }, origin: 'imported' };
  const knowledge = knowledgeFromPacks([...BUILTIN, ...fromPolicy, imported]);
  return platform ? knowledge.requirementsForPlatform(platform) : knowledge.allRequirementViews();
}

/**
 * requirementViews() now and after every change of the imported notices, in this page or another one of the
 * extension (Dexie tells its live queries across contexts). Returns the function that stops watching.
 */
export function watchRequirementViews(listener: (views: RequirementView[]) => void): () => void {
  const sub = liveQuery(() => requirementViews()).subscribe({ next: listener, error: () => {} });
  let stopped = false;
  // Shown before the browser's first policy read had answered: shown again with the pushed packs once it has.
  void firstPolicyRead().then(async () => {
    const views = await requirementViews();
    if (!stopped) listener(views);
  });
  return () => {
    stopped = true;
    sub.unsubscribe();
  };
}

/** The imported notices, the latest first. */
export async function listImported(database: TianbaoDB = db()): Promise<ImportedNoticeRecord[]> {
  return database.imported.orderBy('importedAt').reverse().toArray();
}

/** The imported notices now and after every change (see watchRequirementViews). */
export function watchImported(listener: (notices: ImportedNoticeRecord[]) => void): () => void {
  const sub = liveQuery(() => listImported()).subscribe({ next: listener, error: () => {} });
  return () => sub.unsubscribe();
}

/** Saves a reviewed notice (the same text again replaces its earlier import: the id comes from the text). */
export async function saveImported(notice: ImportedNoticeRecord, database: TianbaoDB = db()): Promise<void> {
  await database.imported.put(notice);
}

/** Deletes an imported notice: its requirements leave every page, the timeline and the reminders. */
export async function deleteImported(id: string, database: TianbaoDB = db()): Promise<void> {
  await database.imported.delete(id);
}
