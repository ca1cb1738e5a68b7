import { db, type TianbaoDB } from '@/utils/drafts/db';
import { sameJson } from '@/utils/packs/canonical';
import { contentFromStore, importedFromNotice, userFromSite } from '@/utils/packs/imported';
import type { PackContent } from '@/utils/packs/merge';
import { SITES } from '@/utils/platforms/user-sites';
import { MAPPINGS, type Mappings } from '@/utils/settings/mappings';
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
 * Stores what an applied pack changes: `next` (applyPack's) against `base`, the content it was applied to. The
 * notices go in one database transaction; the sites, follows and field mappings the pack adds or changes are
 * merged into each setting as it is when written, so a policy apply or a follow made meanwhile stays. When any
 * write fails, what the import wrote is taken back (only that), and the error is rethrown: the user never keeps
 * half a pack.
 */
export async function storePackContent(
  base: PackContent,
  next: PackContent,
  now = Date.now(),
  database: TianbaoDB = db(),
): Promise<void> {
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
  /** Writes `changed` into the setting's list as read now; the undo puts back each item it replaced, if still so. */
  const write = async <T, I>(
    setting: Setting<T>,
    items: {
      toMap: (v: T) => Map<string, I>;
      fromMap: (m: Map<string, I>) => T;
      /** The item to write over what the setting holds now (which may have changed since the diff). */
      over?: (incoming: I, held: I) => I;
    },
    changed: Map<string, I>,
  ) => {
    if (!changed.size) return;
    const held = items.toMap(await readSetting(setting));
    const prior = new Map([...changed.keys()].map((k) => [k, held.get(k)]));
    const written = new Map<string, I>();
    for (const [k, v] of changed) {
      const was = held.get(k);
      const put = was !== undefined && items.over ? items.over(v, was) : v;
      written.set(k, put);
      held.set(k, put);
    }
    await writeSetting(setting, items.fromMap(held));
    undo.push(async () => {
      const later = items.toMap(await readSetting(setting));
      for (const [k, v] of written) {
        if (!sameJson(later.get(k), v)) continue;
        const old = prior.get(k);
        if (old === undefined) later.delete(k);
        else later.set(k, old);
      }
      await writeSetting(setting, items.fromMap(later));
    });
  };
  try {
    const baseSites = new Map(base.sites.map((s) => [s.host, s.platform]));
    const sites = new Map(next.sites.filter((s) => baseSites.get(s.host) !== s.platform).map((s) => [s.host, s]));
    await write(
      SITES,
      {
        toMap: (list) => new Map(list.map((s) => [s.host, s])),
        fromMap: (m) => [...m.values()],
        over: (incoming, held) => ({ ...held, platform: incoming.platform }),
      },
      new Map([...sites].map(([host, s]) => [host, userFromSite(s, now)])),
    );
    const followed = next.followed.filter((id) => !base.followed.includes(id));
    await write(
      FOLLOWED,
      { toMap: (list) => new Map(list.map((id) => [id, id])), fromMap: (m) => [...m.values()] },
      new Map(followed.map((id) => [id, id])),
    );
    const mappings = new Map<string, Mapping>();
    for (const [page, fields] of Object.entries(next.mappings)) {
      for (const [field, m] of Object.entries(fields)) {
        if (!sameJson(base.mappings[page]?.[field], m)) mappings.set(`${page}\n${field}`, m);
      }
    }
    await write(
      MAPPINGS,
      {
        toMap: mappingsToMap,
        fromMap: mappingsFromMap,
        // A pack may relabel a field, but the user's 不存草稿 stays.
        over: (incoming, held) => (held.noDraft ? { ...incoming, noDraft: true } : incoming),
      },
      mappings,
    );
  } catch (e) {
    for (const step of undo.reverse()) await step().catch(() => {});
    throw e;
  }
}

type Mapping = Mappings[string][string];
const mappingsToMap = (m: Mappings) =>
  new Map(Object.entries(m).flatMap(([page, fields]) => Object.entries(fields).map(([f, v]) => [`${page}\n${f}`, v])));
function mappingsFromMap(m: Map<string, Mapping>): Mappings {
  const out: Mappings = {};
  for (const [key, v] of m) {
    const at = key.indexOf('\n');
    const page = key.slice(0, at);
    out[page] = { ...out[page], [key.slice(at + 1)]: v };
  }
  return out;
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
