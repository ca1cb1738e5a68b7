import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '@/utils/platforms/registry';
import { PLATFORM_SOURCES } from '@/utils/platforms/registry-sources';
import { seedSpan, squash } from './seeds';

describe('platform registry sources', () => {
  for (const p of PLATFORMS) {
    it(`${p.short}: every source phrase is at its line, and every host has a note`, () => {
      const src = PLATFORM_SOURCES[p.id];
      expect(src.source.length).toBeGreaterThan(0);
      for (const s of src.source) {
        expect(seedSpan(s.seed, s.line, s.line), `${s.seed}:${s.line}`).toContain(squash(s.text));
      }
      expect(Object.keys(src.hosts).sort()).toEqual([...p.hosts].sort());
      // The full name is printed in a notice (self-hosted ones: the exact 以下简称 sentence).
      expect(src.source.some((s) => squash(s.text).includes(p.short) || s.text.includes(p.hosts[0] ?? '∅'))).toBe(true);
    });
  }
});
