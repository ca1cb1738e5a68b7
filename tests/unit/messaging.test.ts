// The background is the boundary (issue #16): it parses every request it answers, also one sent by the page's
// scripts, which no longer parse what they send or what our background answers (their contracts are types only, so
// zod stays out of the page). These tests hold both halves to that.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as z from 'zod/mini';
import { answerMessages, defineContract, onMessages, sendMessage, toBackground } from '@/utils/messaging';

const TEST = defineContract({
  'test/double': {
    request: z.object({ n: z.number().check(z.int(), z.gte(0)) }),
    response: z.object({ doubled: z.number() }),
  },
  'test/fail': { request: z.object({}), response: z.object({}) },
});

describe('messages between the page and the background', () => {
  const stops: (() => void)[] = [];
  const handled: unknown[] = [];
  beforeEach(() => {
    fakeBrowser.reset();
    handled.length = 0;
  });
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
  });

  it('the background still refuses a request that fails its schema, whoever sends it', async () => {
    stops.push(
      onMessages(TEST, {
        'test/double': ({ n }) => {
          handled.push(n);
          return { doubled: n * 2 };
        },
      }),
    );
    const ask = toBackground<typeof TEST>();
    await expect(ask('test/double', { n: 4 })).resolves.toEqual({ doubled: 8 });
    // What a page script could send by mistake (or a page that got hold of it): never handled.
    await expect(ask('test/double', { n: -1 })).rejects.toThrow('test/double: invalid request');
    await expect(ask('test/double', { n: 'four' } as unknown as { n: number })).rejects.toThrow(
      'test/double: invalid request',
    );
    expect(handled).toEqual([4]);
  });

  it("the page takes the background's reply as it is, and its error as an error", async () => {
    stops.push(
      // A reply the response schema would refuse: an extension page (sendMessage) rejects it, the page does not.
      onMessages(TEST, {
        'test/double': ({ n }) => ({ doubled: String(n * 2) }) as unknown as { doubled: number },
        'test/fail': () => {
          throw new Error('数据库不可用');
        },
      }),
    );
    const ask = toBackground<typeof TEST>();
    await expect(ask('test/double', { n: 2 })).resolves.toEqual({ doubled: '4' });
    await expect(sendMessage(TEST, 'test/double', { n: 2 })).rejects.toThrow();
    await expect(ask('test/fail', {})).rejects.toThrow('数据库不可用');
  });

  it('the page answers only the messages it has handlers for', async () => {
    stops.push(
      answerMessages<typeof TEST>({
        'test/double': ({ n }) => ({ doubled: n * 2 }),
      }),
    );
    await expect(fakeBrowser.runtime.sendMessage({ type: 'test/double', payload: { n: 3 } })).resolves.toEqual({
      ok: true,
      data: { doubled: 6 },
    });
    // Not its type, or not a message of ours: left to other listeners (none here, so no answer).
    const none = [{ type: 'test/fail', payload: {} }, { type: 7 }, 'test/double', null];
    for (const message of none) {
      await expect(fakeBrowser.runtime.sendMessage(message)).resolves.toBeUndefined();
    }
  });
});
