import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_DIR } from './seeds';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('source notices kept in the repository', () => {
  it('are the five texts listed, byte for byte (SHA-256 in data/sources/README.md)', () => {
    const readme = fs.readFileSync(path.join(SEED_DIR, 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/^([0-9a-f]{64}) {2}(\S+\.txt)$/gm)].map((m) => [m[2], m[1]]);
    const files = fs.readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt'));
    expect(listed.map(([f]) => f).sort()).toEqual(files.sort());
    expect(files).toHaveLength(5);
    for (const [file, sha] of listed) {
      const actual = createHash('sha256')
        .update(fs.readFileSync(path.join(SEED_DIR, file as string)))
        .digest('hex');
      expect(actual, file).toBe(sha);
    }
  });

  it('no test, script or config reads outside the repository', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        if (['node_modules', '.git', '.output', '.wxt', 'test-results', 'demo-screenshots'].includes(e.name)) continue;
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(ts|tsx|mjs|js|json|sh)$/.test(e.name) || e.name === 'run') {
          const text = fs.readFileSync(p, 'utf8');
          // The sibling folder the project was started from, reached by a relative path.
          if (/(\.\.\/)+shared\/|'\.\.',\s*'shared'/.test(text) && !p.endsWith('sources.test.ts')) {
            offenders.push(path.relative(ROOT, p));
          }
        }
      }
    };
    walk(ROOT);
    expect(offenders).toEqual([]);
  });
});
