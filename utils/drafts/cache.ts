import { SerialQueues } from '@/utils/serial';
import type { TianbaoDB } from './db';
import type { DraftRecord } from './records';

/** How many forms' drafts the background keeps in memory: the forms open in the user's tabs, with room to spare. */
export const CACHE_SIZE = 16;

/** One form's current draft as the database holds it, and how many fields it has. */
export interface CachedDraft {
  record: DraftRecord;
  fields: number;
  /**
   * The record's objects were handed out (a loaded draft's view): the next save copies them instead of writing
   * into them, so a view never changes under its reader.
   */
  shared: boolean;
}

/**
 * The background's memory of the drafts it writes: the current record of each recently saved or loaded form, so a
 * save merges its delta without reading the whole draft back, and a restore sends it without deserialising it.
 *
 * A cached record is trusted only while the database still holds it: every write of a draft's values gives it a
 * new `updatedAt` (a save, restoring a version, an import whose copy is newer), a move gives it a new id, a
 * delete or the retention removes it; so each use first looks its id up in the `updatedAt` index, in the same
 * transaction as the write (utils/drafts/service.ts). The dashboard and the background are different contexts:
 * the dashboard's writes cannot reach this memory, and need not.
 *
 * Tasks on one draft run one after another (`serial`): two tabs of the same form sending deltas at once are
 * merged one after the other, each on top of the other's.
 */
export class DraftCache {
  private readonly entries = new Map<string, CachedDraft>();
  private readonly queues = new SerialQueues();

  constructor(private readonly size = CACHE_SIZE) {}

  get(id: string): CachedDraft | undefined {
    const entry = this.entries.get(id);
    if (entry) {
      // Least recently used goes first: a Map keeps insertion order.
      this.entries.delete(id);
      this.entries.set(id, entry);
    }
    return entry;
  }

  set(id: string, entry: CachedDraft): void {
    this.entries.delete(id);
    this.entries.set(id, entry);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.size) break;
      this.entries.delete(oldest);
    }
  }

  /** Whether the draft of `id` is held, without making it the most recently used (the retention asks). */
  has(id: string): boolean {
    return this.entries.has(id);
  }

  evict(id: string): void {
    this.entries.delete(id);
  }

  clear(): void {
    this.entries.clear();
  }

  /** How many drafts are held (for tests). */
  get count(): number {
    return this.entries.size;
  }

  /** Runs `task` once every earlier task of the same draft has finished (failed ones included). */
  serial<T>(id: string, task: () => Promise<T>): Promise<T> {
    return this.queues.run(id, task);
  }
}

const caches = new WeakMap<TianbaoDB, DraftCache>();

/** The cache of one database (each test's database has its own; the background has one database). */
export function cacheOf(database: TianbaoDB): DraftCache {
  let cache = caches.get(database);
  if (!cache) {
    cache = new DraftCache();
    caches.set(database, cache);
  }
  return cache;
}
