// The scan's scheduler: long work gives the page its turn every few hundred fields, or sooner when a slice runs
// long, so typing stays responsive on a 5,000-field page. Nothing here is timed: the clock and the yield are fakes.
import { describe, expect, it } from 'vitest';
import { forEachInSlices } from '@/utils/slices';

function recorder() {
  const log: string[] = [];
  return {
    log,
    yieldToPage: async () => {
      log.push('yield');
    },
  };
}

describe('forEachInSlices', () => {
  it('yields to the page after every few hundred items', async () => {
    const { log, yieldToPage } = recorder();
    const items = Array.from({ length: 5000 }, (_, i) => i);
    const slices = await forEachInSlices(items, (i) => log.push(`item ${i}`), { yieldToPage, now: () => 0 });
    expect(slices).toBe(17);
    const yields = log.flatMap((entry, at) => (entry === 'yield' ? [at] : []));
    expect(yields).toHaveLength(16);
    // Between two yields, never more than 300 items.
    const gaps = yields.map((at, k) => (k === 0 ? at : at - (yields[k - 1] ?? 0) - 1));
    expect(Math.max(...gaps)).toBe(300);
    expect(log.filter((e) => e !== 'yield')).toHaveLength(5000);
  });

  it('yields sooner when a slice passes its time budget', async () => {
    const { log, yieldToPage } = recorder();
    let t = 0;
    // Each item costs 5 ms: a 12 ms budget holds three items (started at 0, 5 and 10 ms) a slice.
    await forEachInSlices(
      [1, 2, 3, 4, 5, 6, 7],
      () => {
        log.push('item');
        t += 5;
      },
      {
        yieldToPage,
        now: () => t,
        budgetMs: 12,
      },
    );
    expect(log.join(',')).toBe('item,item,item,yield,item,item,item,yield,item');
  });

  it('stops between slices when aborted, never in the middle of an item', async () => {
    const controller = new AbortController();
    const done: number[] = [];
    const run = forEachInSlices(
      Array.from({ length: 1000 }, (_, i) => i),
      (i) => done.push(i),
      {
        now: () => 0,
        yieldToPage: async () => controller.abort(new Error('a newer scan started')),
        signal: controller.signal,
      },
    );
    await expect(run).rejects.toThrow('a newer scan started');
    expect(done).toHaveLength(300);
  });

  it('handles an empty list in one slice', async () => {
    expect(await forEachInSlices([], () => {}, { now: () => 0 })).toBe(1);
  });
});
