import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import zh from '@/public/_locales/zh_CN/messages.json';
import { PLATFORMS } from '@/utils/platforms/registry';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const placeholders = (m: string) => [...m.matchAll(/\$([A-Z_]+)\$/g)].map((x) => x[1]).sort();

describe('locales', () => {
  it('zh_CN and en hold the same message ids', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('every message is filled in and uses the same placeholders in both languages', () => {
    for (const [key, z] of Object.entries(zh as Messages)) {
      const e = (en as Messages)[key];
      expect(z.message.trim(), key).not.toBe('');
      expect(e?.message.trim(), key).not.toBe('');
      expect(placeholders(e?.message ?? ''), key).toEqual(placeholders(z.message));
      for (const p of placeholders(z.message)) {
        expect(z.placeholders?.[(p ?? '').toLowerCase()], `${key} ${p}`).toBeDefined();
      }
    }
  });

  it('the Chinese platform names are the short names the notices use', () => {
    for (const p of PLATFORMS) {
      expect((zh as Messages)[`platform_${p.id.replace(/-/g, '_')}`]?.message).toBe(p.short);
    }
  });
});
