import { describe, expect, it } from 'vitest';
import { placeFor } from '@/components/fields/stand-aside';
import { OverlayStateSchema } from '@/utils/settings/overlay';

const view = { width: 1280, height: 860 };
const size = { width: 320, height: 400 };
const home = { side: 'right' as const, top: 96 };

describe('where the overlay stands while the user works on a field', () => {
  it('stays where the user put it when the field is clear of it', () => {
    expect(placeFor(home, size, { left: 200, top: 300, right: 600, bottom: 330 }, view)).toBeNull();
  });

  it('moves to the other side when it would cover the field', () => {
    expect(placeFor(home, size, { left: 900, top: 200, right: 1100, bottom: 230 }, view)).toEqual({ side: 'left' });
  });

  it('moves below (or above) a field as wide as the page, and is no taller than the room there', () => {
    const wide = { left: 20, top: 150, right: 1260, bottom: 200 };
    const d = placeFor(home, size, wide, view);
    expect(d?.top).toBeGreaterThanOrEqual(wide.bottom);
    expect((d?.top ?? 0) + (d?.maxHeight ?? 0)).toBeLessThanOrEqual(view.height);
    const low = { left: 20, top: 700, right: 1260, bottom: 760 };
    const up = placeFor(home, size, low, view);
    expect((up?.top ?? 0) + Math.min(size.height, up?.maxHeight ?? 0)).toBeLessThanOrEqual(low.top);
  });
});

describe('the overlay setting', () => {
  it('reads a value of the first shape (one `collapsed` for all platforms): the place stays, the pill shows', () => {
    const r = OverlayStateSchema.safeParse({ collapsed: false, side: 'left', top: 200 });
    expect(r.success && r.data).toEqual({ side: 'left', top: 200 });
  });
});
