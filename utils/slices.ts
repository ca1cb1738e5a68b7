/**
 * Long work in the page, cut into slices so the page stays responsive: after at most `maxItems` items or
 * `budgetMs` of work, whichever comes first, the loop gives the main thread back (`scheduler.yield()` where the
 * browser has it, so the continuation keeps its priority; otherwise a macrotask) before it goes on. A page with
 * 5,000 fields is then never held for more than one short task (issue #16: no task over 50 ms of ours).
 */
export interface SliceOptions {
  /** Most items handled in one slice. */
  maxItems?: number;
  /** Most milliseconds of work in one slice (checked after each item). */
  budgetMs?: number;
  /** Clock, for tests. */
  now?: () => number;
  /** How to give the page its turn, for tests. */
  yieldToPage?: () => Promise<void>;
  /** Stops between slices (the page was left, or a newer scan started). */
  signal?: AbortSignal;
}

export const SLICE_ITEMS = 300;
export const SLICE_BUDGET_MS = 12;

interface Scheduler {
  yield?: () => Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `work` over `items` in slices. Resolves with the number of slices, or rejects with the signal's reason
 * when aborted between slices (an item is never cut in the middle).
 */
export async function forEachInSlices<T>(
  items: Iterable<T>,
  work: (item: T, index: number) => void,
  options: SliceOptions = {},
): Promise<number> {
  const maxItems = options.maxItems ?? SLICE_ITEMS;
  const budget = options.budgetMs ?? SLICE_BUDGET_MS;
  const now = options.now ?? (() => performance.now());
  const giveWay = options.yieldToPage ?? yieldToPage;
  let slices = 1;
  let inSlice = 0;
  let sliceStart = now();
  let index = 0;
  for (const item of items) {
    if (inSlice >= maxItems || now() - sliceStart >= budget) {
      await giveWay();
      options.signal?.throwIfAborted();
      slices++;
      inSlice = 0;
      sliceStart = now();
    }
    work(item, index++);
    inSlice++;
  }
  return slices;
}
