import fs from 'node:fs';
import path from 'node:path';

/** The five seed notices, by number ('000' …), as arrays of lines (line N is index N − 1). */
export const SEED_DIR = path.resolve(import.meta.dirname, '../../data/sources');
export const seedLines = new Map<string, string[]>(
  fs
    .readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f.slice(0, 3), fs.readFileSync(path.join(SEED_DIR, f), 'utf8').split('\n')]),
);

/** Seeds are copied from PDFs: spacing differs and words break across lines, so compare without whitespace. */
export const squash = (s: string) => s.replace(/\s+/g, '');

/** Lines `from`..`to` (1-based, inclusive) of a seed, squashed together. */
export function seedSpan(seed: string, from: number, to: number): string {
  return squash(
    seedLines
      .get(seed)
      ?.slice(from - 1, to)
      .join('') ?? '',
  );
}
