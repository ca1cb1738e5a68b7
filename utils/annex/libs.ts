/**
 * The two Excel libraries, loaded on first use only (the workbench's own chunks; no other bundle carries them).
 * Both through their `universal` entry: an ArrayBuffer in, a Blob out, in the browser and in Node alike; the
 * `browser` entries would start workers from blob: URLs, which the extension pages' CSP refuses. The command
 * (scripts/annex.mjs) runs the sources through Vite's module runner, which closes after loading them, so it hands
 * in the modules it imported itself.
 */
export type ReadXlsx = (
  input: ArrayBuffer,
  options: { trim: boolean; parseNumber: (s: string) => string },
) => Promise<{ sheet: string; data: unknown[][] }[]>;
export type WriteXlsx = (
  data: unknown[][],
  options: { sheet: string; columns: { width: number }[]; stickyRowsCount: number },
) => { toBlob(): Promise<Blob> };

export const loaders = {
  read: async (): Promise<ReadXlsx> => (await import('read-excel-file/universal')).default as unknown as ReadXlsx,
  write: async (): Promise<WriteXlsx> => (await import('write-excel-file/universal')).default as unknown as WriteXlsx,
};

/**
 * fflate, inside write-excel-file, deflates a part over 160 kB (a sheet of a few hundred rows) in a worker it builds
 * from a blob: URL. The extension pages' CSP (script-src 'self') lets only package files run as workers: Firefox
 * refuses that worker, and the export would wait forever. While writing, such a worker is replaced by this object,
 * which answers fflate's request ([data, options] → the raw deflate of data; its set-up message is ignored) in this thread with the browser's
 * own CompressionStream: no script from a blob: URL ever runs.
 */
class NativeDeflate {
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  private stopped = false;

  postMessage(message: unknown): void {
    // The first message sets up the worker's functions; only [data, options] asks for work.
    if (!Array.isArray(message) || !(message[0] instanceof Uint8Array)) return;
    deflateRaw(message[0]).then(
      (out) => {
        if (!this.stopped) this.onmessage?.({ data: out });
      },
      (e: unknown) => {
        // fflate's error reply: { $e$: [message, code, stack] }.
        if (!this.stopped) this.onmessage?.({ data: { $e$: [String(e), 0, ''] } });
      },
    );
  }

  terminate(): void {
    this.stopped = true;
  }

  addEventListener(): void {}
  removeEventListener(): void {}
}

async function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([new Uint8Array(data)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Runs `write` with blob: workers answered in this thread (see NativeDeflate); other workers are untouched. */
export async function withoutBlobWorkers<T>(write: () => Promise<T>): Promise<T> {
  const Real = globalThis.Worker;
  if (typeof Real !== 'function') return write();
  // biome-ignore lint/complexity/useArrowFunction: fflate calls it with `new`, and an arrow function is no constructor.
  const Patched = function (url: string | URL, options?: WorkerOptions) {
    return String(url).startsWith('blob:') ? new NativeDeflate() : new Real(url, options);
  } as unknown as typeof Worker;
  globalThis.Worker = Patched;
  try {
    return await write();
  } finally {
    globalThis.Worker = Real;
  }
}
