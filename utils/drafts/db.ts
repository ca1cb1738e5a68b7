import Dexie, { type EntityTable } from 'dexie';
import type { DraftRecord, ExplanationRecord, ImportedNoticeRecord, VersionRecord } from './records';
import { type DraftKey, draftId, originOf, storedUrl } from './schema';

export type { DraftRecord, ExplanationRecord, ImportedNoticeRecord, VersionRecord };

/**
 * The extension's database, opened only by the background and extension pages (their origin is the
 * extension's): a content script's IndexedDB would be the site's, readable by the site. Drafts and imported
 * notices live here.
 * Every version(n) stays here with its upgrade(); tests/unit/drafts-db.test.ts walks the chain.
 */
export class TianbaoDB extends Dexie {
  drafts!: EntityTable<DraftRecord, 'id'>;
  versions!: EntityTable<VersionRecord, 'id'>;
  imported!: EntityTable<ImportedNoticeRecord, 'id'>;
  explanations!: EntityTable<ExplanationRecord, 'draftId'>;

  constructor(name = 'tianbao') {
    super(name);
    this.version(1).stores({
      drafts: 'id, key.platform, updatedAt',
      versions: '++id, draftId, [draftId+savedAt]',
    });
    // v2: imported notices (issue #7). A new table only: the drafts of v1 stay as they are.
    this.version(2).stores({ imported: 'id, importedAt' });
    // v3: a draft's key holds its page's origin (issue #10), so it is offered only where it was typed, and its
    // stored address loses its query string. Nothing is dropped: each draft moves to its new id with its versions;
    // one whose address is unknown gets origin '' and waits in the dashboard for the user to place it.
    this.version(3)
      .stores({ drafts: 'id, key.platform, key.origin, updatedAt' })
      .upgrade(async (tx) => {
        const drafts = tx.table<DraftRecord, string>('drafts');
        const versions = tx.table<VersionRecord, number>('versions');
        for (const old of await drafts.toArray()) {
          const moved = bindOrigin(old);
          await versions.where('draftId').equals(old.id).modify({ draftId: moved.id });
          await drafts.delete(old.id);
          await drafts.put(moved);
        }
      });
    // v4: the 说明 of explained warnings (issue #17), one record per form, keyed like its draft. A new table only.
    this.version(4).stores({ explanations: 'draftId, key.origin' });
  }
}

/**
 * A draft written before origins were kept (database v2, export files of version 1): its origin comes from the
 * address it was saved on, and its address loses the query string.
 */
export function bindOrigin<T extends { id: string; key: Omit<DraftKey, 'origin'>; url: string }>(
  old: T,
): T & { key: DraftKey } {
  const key: DraftKey = { ...old.key, origin: originOf(old.url) };
  return { ...old, key, id: draftId(key), url: storedUrl(old.url) };
}

let instance: TianbaoDB | null = null;

/** The one database of this context. */
export function db(): TianbaoDB {
  instance ??= new TianbaoDB();
  return instance;
}
