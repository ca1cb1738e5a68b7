import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '@/utils/platforms/registry';
import { PLATFORM_SOURCES } from '@/utils/platforms/registry-sources';

const SEED_DIR = path.resolve(import.meta.dirname, '../../../shared/seeds');
const seeds = new Map(
  fs.readdirSync(SEED_DIR).map((f) => [f.slice(0, 3), fs.readFileSync(path.join(SEED_DIR, f), 'utf8').split('\n')]),
);
const squash = (s: string) => s.replace(/\s+/g, '');

describe('platform registry sources', () => {
  for (const p of PLATFORMS) {
    it(`${p.short}: every source phrase is at its line, and every host has a note`, () => {
      const src = PLATFORM_SOURCES[p.id];
      expect(src.source.length).toBeGreaterThan(0);
      for (const s of src.source) {
        expect(squash(seeds.get(s.seed)?.[s.line - 1] ?? ''), `${s.seed}:${s.line}`).toContain(squash(s.text));
      }
      expect(Object.keys(src.hosts).sort()).toEqual([...p.hosts].sort());
      // The full name is printed in a notice (self-hosted ones: the exact 以下简称 sentence).
      expect(src.source.some((s) => squash(s.text).includes(p.short) || s.text.includes(p.hosts[0] ?? '∅'))).toBe(true);
    });
  }
});
