import { db, type TianbaoDB } from '@/utils/drafts/db';
import { contentFromStore, importedFromNotice, userFromSite } from '@/utils/packs/imported';
import type { PackContent } from '@/utils/packs/merge';
import { SITES } from '@/utils/platforms/user-sites';
import { MAPPINGS } from '@/utils/settings/mappings';
import { FOLLOWED } from '@/utils/settings/planning';
import { readSetting, type Setting, writeSetting } from '@/utils/settings/store';
import { listImported } from './imported';

/**
 * Where a pack's content lives once imported: notices in the extension's database, sites, follows and field
 * mappings in its settings. The dashboard's export reads from here and its import writes here, all or nothing.
 */

/** What the user has now, in the shape packs merge into. */
export async function currentPackContent(database: TianbaoDB = db()): Promise<PackContent> {
  return contentFromStore(await exportableStore(database));
}

/**
 * Stores the content an applied pack gives (applyPack's `next`). The notices go in one database transaction, the
 * settings one by one; when any write fails, what was written is put back as it was, and the error is rethrown:
 * the user never keeps half a pack.
 */
export async function storePackContent(next: PackContent, now = Date.now(), database: TianbaoDB = db()): Promise<void> {
  const records = next.notices.map((n) => importedFromNotice(n, now));
  const before = await database.imported.toArray();
  await database.transaction('rw', database.imported, async () => {
    await database.imported.bulkPut(records);
  });
  const undo: (() => Promise<void>)[] = [
    async () => {
      await database.transaction('rw', database.imported, async () => {
        await database.imported.clear();
        await database.imported.bulkPut(before);
      });
    },
  ];
  const write = async <T>(setting: Setting<T>, value: T) => {
    const old = await readSetting(setting);
    await writeSetting(setting, value);
    undo.push(() => writeSetting(setting, old));
  };
  try {
    await write(
      SITES,
      next.sites.map((s) => userFromSite(s, now)),
    );
    await write(FOLLOWED, next.followed);
    await write(MAPPINGS, next.mappings);
  } catch (e) {
    for (const step of undo.reverse()) await step().catch(() => {});
    throw e;
  }
}

/** The user's imported notices, sites, follows and mappings, for the dashboard's export to choose from. */
export async function exportableStore(database: TianbaoDB = db()) {
  const [imported, sites, followed, mappings] = await Promise.all([
    listImported(database),
    readSetting(SITES),
    readSetting(FOLLOWED),
    readSetting(MAPPINGS),
  ]);
  return { imported, sites, followed, mappings };
}
