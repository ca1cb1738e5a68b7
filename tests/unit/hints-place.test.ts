import { describe, expect, it } from 'vitest';
import { type Box, overlaps, placeHint, roomOf } from '@/components/fields/hints';

const box = (left: number, top: number, w: number, h: number): Box => ({ left, top, right: left + w, bottom: top + h });
const inside = (b: Box, vw: number, vh: number) => b.left >= 0 && b.top >= 0 && b.right <= vw && b.bottom <= vh;

describe('where an inline hint goes', () => {
  const vw = 1280;
  const vh = 860;
  const all = { from: 4, to: vw - 4 };

  it('a long hint of a field near the right edge shifts left, below its field, inside the window', () => {
    const end = box(1069, 423, 110, 28);
    const b = placeHint(end, 300, 40, vh, all, []);
    expect(inside(b, vw, vh)).toBe(true);
    expect(b.right).toBe(vw - 4);
    expect(b.top).toBe(end.bottom + 2);
    expect(overlaps(b, end)).toBe(false);
  });

  it('near the bottom it goes above its field; never over it', () => {
    const low = box(600, 830, 200, 24);
    const b = placeHint(low, 320, 58, vh, all, []);
    expect(b.bottom).toBe(low.top - 2);
    expect(overlaps(b, low)).toBe(false);
  });

  it('two fields of one row: the second hint takes the other side rather than cover the first', () => {
    const start = box(939, 423, 110, 28);
    const end = box(1069, 423, 110, 28);
    const first = placeHint(end, 300, 20, vh, all, []);
    const second = placeHint(start, 300, 20, vh, all, [first]);
    expect(overlaps(first, second)).toBe(false);
    expect(overlaps(second, start)).toBe(false);
  });

  it('beside the panel, on the side it leaves free: the room is what is left of the window', () => {
    const panel = box(960, 96, 320, 400);
    const field = box(1000, 200, 200, 28);
    const room = roomOf(field, 300, 20, vw, vh, panel);
    expect(room).toEqual({ from: 4, to: 956 });
    const b = placeHint(field, 300, 20, vh, room, []);
    expect(overlaps(b, panel)).toBe(false);
    // A field that the panel does not reach keeps the whole window.
    expect(roomOf(box(300, 700, 200, 28), 300, 20, vw, vh, panel)).toEqual(all);
  });
});
