import { describe, expect, it } from 'vitest';
import { type Box, freeSide, overlaps, placeHint, roomOf } from '@/components/fields/hints';

const box = (left: number, top: number, w: number, h: number): Box => ({ left, top, right: left + w, bottom: top + h });
const inside = (b: Box, vw: number, vh: number) => b.left >= 0 && b.top >= 0 && b.right <= vw && b.bottom <= vh;
/** placeHint's box, which these cases expect to exist. */
const placed = (...args: Parameters<typeof placeHint>): Box => {
  const b = placeHint(...args);
  if (!b) throw new Error('no spot');
  return b;
};

describe('where an inline hint goes', () => {
  const vw = 1280;
  const vh = 860;
  const all = { from: 4, to: vw - 4 };

  it('a long hint of a field near the right edge shifts left, below its field, inside the window', () => {
    const end = box(1069, 423, 110, 28);
    const b = placed(end, 300, 40, vh, all, []);
    expect(inside(b, vw, vh)).toBe(true);
    expect(b.right).toBe(vw - 4);
    expect(b.top).toBe(end.bottom + 2);
    expect(overlaps(b, end)).toBe(false);
  });

  it('near the bottom it goes above its field; never over it', () => {
    const low = box(600, 830, 200, 24);
    const b = placed(low, 320, 58, vh, all, []);
    expect(b.bottom).toBe(low.top - 2);
    expect(overlaps(b, low)).toBe(false);
  });

  it('two fields of one row: the second hint takes the other side rather than cover the first', () => {
    const start = box(939, 423, 110, 28);
    const end = box(1069, 423, 110, 28);
    const first = placed(end, 300, 20, vh, all, []);
    const second = placed(start, 300, 20, vh, all, [first]);
    expect(overlaps(first, second)).toBe(false);
    expect(overlaps(second, start)).toBe(false);
  });

  it('beside the panel, on the side it leaves free: the room is what is left of the window', () => {
    const panel = box(960, 96, 320, 400);
    const field = box(1000, 200, 200, 28);
    const room = roomOf(field, 300, 20, vw, vh, panel);
    expect(room).toEqual({ from: 4, to: 956 });
    const b = placed(field, 300, 20, vh, room, []);
    expect(overlaps(b, panel)).toBe(false);
    // A field that the panel does not reach keeps the whole window.
    expect(roomOf(box(300, 700, 200, 28), 300, 20, vw, vh, panel)).toEqual(all);
  });

  it('just below the panel, with its spot below taken: not moved above onto the panel', () => {
    const panel = box(952, 96, 320, 400);
    const aside = { box: panel, free: freeSide(panel, vw) };
    const field = box(1000, 500, 200, 28);
    const w = 300;
    const h = 40;
    const room = roomOf(field, w, h, vw, vh, panel);
    // Below the field the panel is not in the way: the whole window is its room.
    expect(room).toEqual(all);
    const below = box(976, 530, 300, 40);
    const b = placeHint(field, w, h, vh, room, [below], aside);
    // Before, it went above the field, at top 458 over the panel's bottom.
    expect(b).not.toBeNull();
    if (!b) return;
    expect(overlaps(b, panel)).toBe(false);
    expect(overlaps(b, below)).toBe(false);
    expect(overlaps(b, field)).toBe(false);
    expect(inside(b, vw, vh)).toBe(true);
    // With no room beside the panel either, the panel's list has it: no spot over the panel or the other hint.
    const wide = placeHint(field, 1000, h, vh, room, [box(276, 530, 1000, 40)], aside);
    expect(wide).toBeNull();
    // Without a panel in the way, a hint boxed in by others keeps its spot below, as before.
    const boxedIn = [box(976, 530, 300, 40), box(976, 458, 300, 40)];
    expect(placeHint(field, w, h, vh, all, boxedIn)).toEqual(box(976, 530, 300, 40));
  });

  it('a wrapped hint taller than a short window stays inside it, from the top edge down', () => {
    const short = 200;
    const field = box(100, 80, 200, 28);
    const b = placed(field, 300, 300, short, all, []);
    expect(b.top).toBe(4);
    expect(inside(b, vw, short)).toBe(true);
    // The room it has is the window less its margins; its start (what must be done) is on screen.
    expect(b.bottom).toBe(short - 4);
    // And beside the panel the room for it is reckoned with the same clamped box.
    const panel = box(952, 20, 320, 170);
    expect(roomOf(box(1000, 80, 200, 28), 300, 300, vw, short, panel)).toEqual({ from: 4, to: 948 });
  });
});
