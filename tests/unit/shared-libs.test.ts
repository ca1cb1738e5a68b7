// The overlay's script shares its Preact and zod/mini with the field engine (issue #16) through one property of
// the isolated world's global: hidden from enumeration, fixed once set, and never replaced by a second publish.

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

  it('gives the field engine working Preact and zod functions', () => {
    const z = sharedLibs['zod/mini'];
    const schema = z.object({ side: z.enum(['left', 'right']), open: z.optional(z.record(z.string(), z.boolean())) });
    expect(schema.safeParse({ side: 'left', open: { nzws: true } }).success).toBe(true);
    expect(schema.safeParse({ side: 'up' }).success).toBe(false);
    for (const [module, names] of Object.entries(sharedLibs)) {
      for (const [name, value] of Object.entries(names)) expect(value, `${module} ${name}`).toBeTypeOf('function');
    }
  });
});
