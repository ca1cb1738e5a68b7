// @vitest-environment happy-dom
// The overlay's script shares its Preact and zod/mini with the field engine (issue #16) through one property of
// the isolated world's global: hidden from enumeration, fixed once set, and never replaced by a second publish.

import { options } from 'preact';
import { describe, expect, it } from 'vitest';
import { publishSharedLibs, SHARED_LIBS, sharedLibs } from '@/utils/content/shared-libs';

describe('what the overlay shares with the field engine', () => {
  it('is published once, non-enumerable and read-only', () => {
    const scope: Record<PropertyKey, unknown> = {};
    publishSharedLibs(scope);
    expect(scope[SHARED_LIBS]).toBe(sharedLibs);
    expect(Object.keys(scope)).toEqual([]);
    expect(Reflect.ownKeys(scope)).toEqual([SHARED_LIBS]);
    expect(Object.getOwnPropertyDescriptor(scope, SHARED_LIBS)).toMatchObject({
      enumerable: false,
      writable: false,
      configurable: false,
    });
    expect(Reflect.set(scope, SHARED_LIBS, {})).toBe(false);
    publishSharedLibs(scope);
    expect(scope[SHARED_LIBS]).toBe(sharedLibs);
    expect(Object.isFrozen(sharedLibs)).toBe(true);
  });

  it('freezes each module’s names, not Preact’s options, which the hooks assign to: the published hooks work', async () => {
    publishSharedLibs({});
    for (const [module, names] of Object.entries(sharedLibs)) expect(Object.isFrozen(names), module).toBe(true);
    expect(Reflect.set(sharedLibs.preact, 'render', () => undefined)).toBe(false);
    expect(Object.isFrozen(options)).toBe(false);
    const { render } = sharedLibs.preact;
    const { useEffect, useState } = sharedLibs['preact/hooks'];
    const { jsxDEV } = sharedLibs['preact/jsx-dev-runtime'];
    const { jsx } = sharedLibs['preact/jsx-runtime'];
    function Counter() {
      const [n, setN] = useState(0);
      const [effects, setEffects] = useState(false);
      useEffect(() => setEffects(true), []);
      return jsxDEV(
        'button',
        { type: 'button', onClick: () => setN((x) => x + 1), children: `${effects ? 'effects ' : ''}n=${n}` },
        undefined,
      );
    }
    const root = document.createElement('div');
    document.body.append(root);
    render(jsx(Counter, {}), root);
    await expect.poll(() => root.textContent).toBe('effects n=0');
    root.querySelector('button')?.click();
    await expect.poll(() => root.textContent).toBe('effects n=1');
    render(null, root);
  });

  it('gives the field engine working Preact and zod functions', () => {
    const z = sharedLibs['zod/mini'];
    const schema = z.object({ side: z.enum(['left', 'right']), open: z.optional(z.record(z.string(), z.boolean())) });
    expect(schema.safeParse({ side: 'left', open: { nzws: true } }).success).toBe(true);
    expect(schema.safeParse({ side: 'up' }).success).toBe(false);
    for (const [module, names] of Object.entries(sharedLibs)) {
      if (module.startsWith('@/')) continue;
      for (const [name, value] of Object.entries(names)) expect(value, `${module} ${name}`).toBeTypeOf('function');
    }
  });

  it('gives the field engine the overlay’s platforms and settings store: the same objects, not copies (#16)', async () => {
    const registry = await import('@/utils/platforms/registry');
    const store = await import('@/utils/settings/store');
    expect(sharedLibs['@/utils/platforms/registry'].PLATFORMS).toBe(registry.PLATFORMS);
    expect(sharedLibs['@/utils/platforms/registry'].PLATFORM_IDS).toBe(registry.PLATFORM_IDS);
    expect(sharedLibs['@/utils/settings/store'].readSetting).toBe(store.readSetting);
    expect(sharedLibs['@/utils/settings/store'].writeSetting).toBe(store.writeSetting);
  });
});
