import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as z from 'zod/mini';
import { SITES } from '@/utils/platforms/user-sites';
import { OVERLAY } from '@/utils/settings/overlay';
import { defineSetting, readSetting, SETTINGS, settingsSetAside, settle, writeSetting } from '@/utils/settings/store';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every module that defines a setting, found in the source (so a new one cannot slip past these tests). */
function settingModules(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && /\bdefineSetting\s*[<(]/.test(fs.readFileSync(p, 'utf8'))) out.push(p);
    }
  };
  walk(path.join(ROOT, 'utils'));
  walk(path.join(ROOT, 'components'));
  return out.filter((p) => !p.endsWith(path.join('settings', 'store.ts')));
}

describe('settings carry versions and migrations', () => {
  it('every setting’s migrations reach its version, and each older shape has an example that migrates and parses', async () => {
    for (const file of settingModules()) await import(/* @vite-ignore */ file);
    expect(SETTINGS.length).toBeGreaterThanOrEqual(10);
    for (const s of SETTINGS) {
      for (let v = 1; v < s.version; v++) {
        expect(typeof s.migrate[v], `${s.key}: migration from version ${v}`).toBe('function');
        const example = path.join(ROOT, 'tests/unit/fixtures/settings', `${s.key}.v${v}.json`);
        expect(fs.existsSync(example), `${s.key}: an example of version ${v} in ${example}`).toBe(true);
        const out = settle(s, JSON.parse(fs.readFileSync(example, 'utf8')), v);
        expect(out, `${s.key} v${v} example`).toMatchObject({ ok: true });
      }
      // The fallback is a valid value of the current shape.
      expect(s.schema.safeParse(s.fallback).success, s.key).toBe(true);
    }
  });

  it('the overlay’s version 1 (one collapsed flag for all platforms) keeps its side and height', () => {
    const v1 = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/unit/fixtures/settings/overlay.v1.json'), 'utf8'));
    expect(settle(OVERLAY, v1, undefined)).toEqual({
      ok: true,
      value: { side: 'left', top: 120 },
      migrated: true,
      version: 2,
    });
  });

  it('runs the migrations in order, and refuses a value from a newer version instead of guessing', () => {
    const s = defineSetting(
      'test-shape',
      z.object({ hosts: z.array(z.string()), n: z.number() }),
      { hosts: [], n: 0 },
      {
        version: 3,
        migrate: {
          1: (old) => ({ hosts: old as string[] }),
          2: (old) => ({ ...(old as object), n: 1 }),
        },
      },
    );
    expect(settle(s, ['a.edu.cn'], undefined)).toEqual({
      ok: true,
      value: { hosts: ['a.edu.cn'], n: 1 },
      migrated: true,
      version: 3,
    });
    expect(settle(s, { hosts: ['b'] }, 2)).toMatchObject({ ok: true, value: { hosts: ['b'], n: 1 } });
    expect(settle(s, { hosts: ['b'], n: 5 }, 4)).toMatchObject({ ok: false });
  });
});

describe('a stored value that fails its schema', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('is kept aside and reported, and a later write cannot lose it', async () => {
    // The user's sites, damaged (or written by a newer version): an entry the schema does not know.
    const damaged = [{ host: 'zt.example.edu.cn:8080', platform: 'gaozhi-status', addedAt: 1 }, { host: 42 }];
    await fakeBrowser.storage.local.set({ sites: damaged });
    expect(await readSetting(SITES)).toEqual([]);
    const aside = await settingsSetAside();
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({ key: 'sites', value: damaged, version: 1 });
    // The next write (the user adds a site) replaces the stored value: what was there is still kept aside.
    await writeSetting(SITES, [{ host: 'zz.example.edu.cn', platform: 'zhongzhi-system', addedAt: 2 }]);
    expect((await settingsSetAside())[0]?.value).toEqual(damaged);
    // Reading again neither duplicates the entry nor loses it.
    await readSetting(SITES);
    expect(await settingsSetAside()).toHaveLength(1);
  });

  it('an older value is migrated once and written back with its version', async () => {
    const s = defineSetting('test-migrated', z.array(z.string()), [], {
      version: 2,
      migrate: { 1: (old) => String(old).split(',') },
    });
    await fakeBrowser.storage.local.set({ 'test-migrated': 'a,b' });
    expect(await readSetting(s)).toEqual(['a', 'b']);
    expect(await fakeBrowser.storage.local.get(['test-migrated', 'v:test-migrated'])).toEqual({
      'test-migrated': ['a', 'b'],
      'v:test-migrated': 2,
    });
    expect(await settingsSetAside()).toEqual([]);
  });
});
