// Every bundle uses zod/mini (#16): full zod cost the service worker some 29 ms of module setup at each start and
// the popup's shared chunk 24 kB. This keeps a later import of full `zod` out of the extension's code.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sources(rel);
    return /\.(ts|tsx|mts)$/.test(e.name) ? [rel] : [];
  });
}

describe('the extension imports zod/mini, never full zod', () => {
  it('no module of entrypoints/, components/ or utils/ imports "zod" itself', () => {
    const files = ['entrypoints', 'components', 'utils'].flatMap(sources);
    expect(files.length).toBeGreaterThan(100);
    const full = files.filter((f) => /from\s+['"]zod(\/v4)?['"]/.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    expect(full).toEqual([]);
  });
});
