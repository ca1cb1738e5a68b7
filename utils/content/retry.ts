/** Waits between the asks of one request to the background: a waking (cold-started) or restarting one may fail one. */
export const ASK_RETRY_MS = [300, 1000, 3000] as const;

/**
 * Asks, and asks again after each of `delays` while it fails; the last failure is thrown (the caller reports it).
 * An aborted signal stops the waiting and throws its reason.
 */
export async function askWithRetries<T>(
  ask: () => Promise<T>,
  delays: readonly number[] = ASK_RETRY_MS,
  signal?: AbortSignal,
): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await ask();
    } catch (e) {
      if (i >= delays.length || signal?.aborted) throw e;
    }
    await wait(delays[i] ?? 0, signal);
    signal?.throwIfAborted();
  }
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const id = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(id);
        resolve();
      },
      { once: true },
    );
  });
}
