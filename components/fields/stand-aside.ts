import type { Bus, Dodge } from '@/utils/content/bus';
import { type Box, type Hints, overlaps, targetBox } from './hints';

const MARGIN = 8;
/** Moved above or below a field, the panel keeps at least this much height (it scrolls inside). */
const MIN_HEIGHT = 140;

/** The overlay's panel element (the field engine's slot lives inside it). */
export function panelOf(bus: Bus): HTMLElement | null {
  return bus.slot?.closest<HTMLElement>('.tb-panel') ?? null;
}

/** The element that has focus, looking into same-origin frames, with the frame it sits in. */
function focused(doc: Document): { el: HTMLElement; frame: HTMLIFrameElement | null } | null {
  let el = doc.activeElement as HTMLElement | null;
  let frame: HTMLIFrameElement | null = null;
  while (el?.tagName === 'IFRAME') {
    let inner: Document | null = null;
    try {
      inner = (el as HTMLIFrameElement).contentDocument;
    } catch {
      // A cross-origin frame: the frame itself is what we can see.
    }
    if (!inner?.activeElement || inner.activeElement === inner.documentElement) break;
    frame = el as HTMLIFrameElement;
    el = inner.activeElement as HTMLElement;
    // An editor frame's field is its body: the frame is the box to keep clear.
    if (el.tagName === 'BODY' && !el.isContentEditable && inner.designMode !== 'on') return null;
  }
  if (!el || el === doc.body || el === doc.documentElement) return null;
  return { el, frame };
}

const union = (a: Box, b: Box | null): Box =>
  b
    ? {
        left: Math.min(a.left, b.left),
        top: Math.min(a.top, b.top),
        right: Math.max(a.right, b.right),
        bottom: Math.max(a.bottom, b.bottom),
      }
    : a;

/**
 * Where the panel stands for a field at `target`: where the user put it (`home`) if that is clear of the field and
 * its hint, else the other side, else below or above the field (shorter, scrolling inside), else wherever it covers
 * least. Pure: the unit test walks the cases.
 */
export function placeFor(
  home: { side: 'left' | 'right'; top: number },
  size: { width: number; height: number },
  target: Box,
  view: { width: number; height: number },
): Dodge | null {
  const boxAt = (side: 'left' | 'right', top: number, maxHeight: number): Box => {
    const left = side === 'right' ? view.width - MARGIN - size.width : MARGIN;
    return { left, top, right: left + size.width, bottom: top + Math.min(size.height, maxHeight) };
  };
  const full = (top: number) => view.height - top - MARGIN;
  const other = home.side === 'left' ? 'right' : 'left';
  const below = target.bottom + MARGIN;
  const aboveHeight = target.top - 2 * MARGIN;
  const candidates: { dodge: Dodge | null; box: Box }[] = [
    { dodge: null, box: boxAt(home.side, home.top, full(home.top)) },
    { dodge: { side: other }, box: boxAt(other, home.top, full(home.top)) },
  ];
  if (full(below) >= MIN_HEIGHT) {
    candidates.push({
      dodge: { side: home.side, top: below, maxHeight: full(below) },
      box: boxAt(home.side, below, full(below)),
    });
  }
  if (aboveHeight >= MIN_HEIGHT) {
    const top = Math.max(MARGIN, target.top - MARGIN - size.height);
    const maxHeight = target.top - MARGIN - top;
    candidates.push({ dodge: { side: home.side, top, maxHeight }, box: boxAt(home.side, top, maxHeight) });
  }
  const clear = candidates.find((c) => !overlaps(c.box, target));
  if (clear) return clear.dodge;
  const area = (b: Box) =>
    Math.max(0, Math.min(b.right, target.right) - Math.max(b.left, target.left)) *
    Math.max(0, Math.min(b.bottom, target.bottom) - Math.max(b.top, target.top));
  return candidates.reduce((best, c) => (area(c.box) < area(best.box) ? c : best)).dodge;
}

/**
 * Keeps the overlay off the field the user works on: on focus (in the page or a same-origin frame), scroll and
 * resize it works out where the panel (or the pill) may stand, and tells the overlay through the bus. It also opens
 * the focused or hovered field's hint to its full text. Runs in the field engine's script (no size budget), so the
 * overlay's script only applies the result.
 */
export class StandAside {
  private readonly abort = new AbortController();
  private readonly docs = new WeakSet<Document>();
  private home: { side: 'left' | 'right'; top: number } | null = null;
  private frame = 0;
  private readonly stopBus: () => void;

  constructor(
    private readonly doc: Document,
    private readonly bus: Bus,
    private readonly hints: Hints,
  ) {
    this.listen(doc);
    const win = doc.defaultView;
    const opts = { capture: true, passive: true, signal: this.abort.signal };
    win?.addEventListener('scroll', () => this.schedule(), opts);
    win?.addEventListener('resize', () => this.schedule(), opts);
    // A rescan may bring new frames; the panel opening or closing changes its size.
    this.stopBus = bus.subscribe(() => {
      for (const f of doc.querySelectorAll('iframe')) this.listenFrame(f);
      this.schedule();
    });
  }

  private listenFrame(f: HTMLIFrameElement): void {
    try {
      if (f.contentDocument) this.listen(f.contentDocument);
    } catch {
      // Cross-origin: not ours to watch.
    }
  }

  private listen(doc: Document): void {
    if (this.docs.has(doc)) return;
    this.docs.add(doc);
    const opts = { capture: true, signal: this.abort.signal };
    doc.addEventListener('focusin', () => this.schedule(), opts);
    doc.addEventListener('focusout', () => this.schedule(), opts);
    doc.addEventListener('pointerover', (e) => this.hints.setHovered(e.target as Element), opts);
    for (const f of doc.querySelectorAll('iframe')) this.listenFrame(f);
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.update();
    });
  }

  private update(): void {
    const panel = panelOf(this.bus);
    const win = this.doc.defaultView;
    if (!panel || !win) return;
    const now = focused(this.doc);
    // Focus in our own panel (a problem, a button): the panel stays where it stepped to.
    if (now?.el.closest('tianbao-overlay, tianbao-guard')) return;
    this.hints.setActive(now?.el ?? null);
    if (!this.bus.dodge) {
      const r = panel.getBoundingClientRect();
      this.home = { side: panel.dataset.side === 'left' ? 'left' : 'right', top: r.top };
    }
    const field = now ? targetBox(now) : null;
    if (!field || !this.home) {
      this.bus.setDodge(null);
      return;
    }
    const target = union(field, this.hints.boxOf(now?.el as Element));
    const size = { width: panel.offsetWidth, height: panel.scrollHeight };
    this.bus.setDodge(placeFor(this.home, size, target, { width: win.innerWidth, height: win.innerHeight }));
    this.hints.schedule();
  }

  destroy(): void {
    this.abort.abort();
    this.stopBus();
    if (this.frame) cancelAnimationFrame(this.frame);
    this.bus.setDodge(null);
  }
}
