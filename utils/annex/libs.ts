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
