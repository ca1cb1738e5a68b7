/**
 * Each item's place in a list, looked up by its id: an open-addressing hash table of places over the items' own ids,
 * in one typed array (2 bytes a slot below 65,535 items). Issue #16: a `Map<string, number>` of a page's 5,000 field
 * ids took 115 kB of the page's heap (its table grows by doubling: 8,192 entries of three slots); this takes 16 kB and
 * keeps no copy of any id. Of two items with one id, the later one's place is found (as `Map.set` would keep).
 */
export class PlaceIndex {
  /** Place + 1 of the item in each slot; 0: empty. */
  private readonly slots: Uint16Array | Uint32Array;
  private readonly mask: number;

  constructor(
    private readonly items: readonly { readonly id: string }[],
    count = items.length,
  ) {
    // A power of two at least 1.5 times the items: the table is at most two-thirds full.
    let size = 8;
    while (size < count * 1.5) size *= 2;
    this.slots = count < 0xffff ? new Uint16Array(size) : new Uint32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < count; i++) {
      const id = (items[i] as { id: string }).id;
      let s = hash(id) & this.mask;
      for (;;) {
        const at = this.slots[s] as number;
        if (at === 0 || (items[at - 1] as { id: string }).id === id) break;
        s = (s + 1) & this.mask;
      }
      this.slots[s] = i + 1;
    }
  }

  /** The place of the item with that id, if any. */
  get(id: string): number | undefined {
    let s = hash(id) & this.mask;
    for (;;) {
      const at = this.slots[s] as number;
      if (at === 0) return undefined;
      if ((this.items[at - 1] as { id: string }).id === id) return at - 1;
      s = (s + 1) & this.mask;
    }
  }
}

/** FNV-1a over the UTF-16 code units, mixed at the end so the low bits (the slot) depend on every character. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}
