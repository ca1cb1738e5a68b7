import { severityLine, worstSeverity } from '@/components/ui/severity';
import type { ProblemItem } from '@/utils/content/bus';
import type { HintTarget } from '@/utils/content/fields-runtime';
import { createShadowHost, type ShadowHost } from '../ui/shadow-host';

const CSS = `
.hint{position:fixed;max-width:320px;box-sizing:border-box;padding:1px 6px;border-radius:4px;
font:12px/1.5 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#8a1c12;
background:#fff4f2;border:1px solid #f1a39b;box-shadow:0 1px 3px rgb(0 0 0 / 12%);pointer-events:none;
white-space:normal;overflow-wrap:anywhere;max-height:calc(100vh - 8px);overflow:hidden}
.hint.warn{color:#6b4500;background:#fff8e6;border-color:#e8c170}
.remind{position:fixed;bottom:12px;left:50%;transform:translateX(-50%);max-width:min(440px,calc(100vw - 24px));
box-sizing:border-box;padding:4px 10px;border-radius:6px;font:13px/1.5 system-ui,"PingFang SC","Microsoft YaHei",
"Noto Sans CJK SC",sans-serif;color:#6b4500;background:#fff8e6;border:1px solid #e8c170;box-shadow:0 1px 4px rgb(0 0 0 / 15%);
pointer-events:none}
.hint.open{z-index:1;box-shadow:0 2px 8px rgb(0 0 0 / 25%)}
@media (prefers-color-scheme:dark){.hint{color:#ffd2cc;background:#3b1a16;border-color:#8a3b32}
.remind{color:#f5d9a0;background:#33280f;border-color:#7a5a1c}
.hint.warn{color:#f5d9a0;background:#33280f;border-color:#7a5a1c}}`;

/** Viewport rectangle, in the top document's coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const GAP = 4;
/** A hint's widest: longer messages wrap onto more lines. */
const MAX_WIDTH = 320;
/** Narrower than this, a hint would be a tall column of a few characters: it is left to the panel's list instead. */
const MIN_WIDTH = 120;

export const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The horizontal room of a hint: from `from` to `to` (viewport x). */
export interface Room {
  from: number;
  to: number;
}

/**
 * Below the field, or above it when there is no room below; left-aligned with it, shifted left to stay inside `room`.
 * Always inside the window: a hint taller than the window is as tall as the window (the CSS caps it so) and starts at
 * its top edge, over its field then, since there is nowhere else.
 */
function spot(r: Box, w: number, h0: number, vh: number, room: Room, above: boolean): Box {
  const h = Math.min(h0, vh - 2 * GAP);
  let top = above ? r.top - 2 - h : r.bottom + 2;
  top = Math.max(GAP, Math.min(top, vh - h - GAP));
  const left = Math.max(room.from, Math.min(r.left, room.to - w));
  return { left, top, right: left + w, bottom: top + h };
}

/** The side of the window the panel leaves free: the one its centre is away from. */
export function freeSide(panel: Box, vw: number): Room {
  return panel.left + panel.right > vw
    ? { from: GAP, to: panel.left - GAP }
    : { from: panel.right + GAP, to: vw - GAP };
}

/**
 * Where a hint of `w` × `h` (as measured at its widest) may go beside field `r`: the whole window, or, when it would
 * cover the overlay's panel there, the side of the window the panel leaves free.
 */
export function roomOf(r: Box, w: number, h: number, vw: number, vh: number, panel: Box | null): Room {
  const all = { from: GAP, to: vw - GAP };
  if (!panel) return all;
  const below = r.bottom + 2 + h <= vh - GAP || r.top - 2 - h < GAP;
  if (!overlaps(spot(r, w, h, vh, all, !below), panel)) return all;
  return freeSide(panel, vw);
}

/**
 * The box of a hint of `w` × `h` beside field `r` inside `room`: below the field, above it when there is no room below;
 * never over its own field unless the window has room neither above nor below. When that spot covers a hint already
 * placed (`taken`), the first spot that covers neither a placed hint nor the panel (`panel.box`): the other side of
 * the field, then either side moved into the part of the window the panel leaves free (`panel.free`). When the panel
 * is what rules out the other side and no spot is clear, null: the problem is left to the panel's list, as when there
 * is no room. With the panel out of the way, a hint boxed in by others keeps its first spot, as before.
 */
export function placeHint(
  r: Box,
  w: number,
  h: number,
  vh: number,
  room: Room,
  taken: readonly Box[],
  panel: { box: Box; free: Room } | null = null,
): Box | null {
  const fitsBelow = r.bottom + 2 + h <= vh - GAP;
  const fitsAbove = r.top - 2 - h >= GAP;
  const firstAbove = !fitsBelow && fitsAbove;
  const first = spot(r, w, h, vh, room, firstAbove);
  const onPanel = (b: Box) => !!panel && overlaps(b, panel.box);
  const clear = (b: Box) => !onPanel(b) && !taken.some((t) => overlaps(b, t));
  if (clear(first)) return first;
  const sides = fitsBelow && fitsAbove ? [firstAbove, !firstAbove] : [firstAbove];
  const rooms = panel ? [room, panel.free] : [room];
  let panelInTheWay = false;
  for (const rm of rooms) {
    for (const above of sides) {
      const b = spot(r, w, h, vh, rm, above);
      if (clear(b)) return b;
      if (rm === room) panelInTheWay ||= onPanel(b);
    }
  }
  return panelInTheWay ? null : first;
}

/** Where a control is on the top viewport: a control inside a same-origin frame is offset by the frame. */
export function targetBox({ el, frame, control }: HintTarget): Box | null {
  // An iframe editor's field is its body: the frame is what the user sees.
  let r = (frame && el.tagName === 'BODY' ? frame : el).getBoundingClientRect();
  // A framework's hidden native control (an upload's file input): its widget is what the user sees.
  if (r.width === 0 && r.height === 0 && control) r = control.view.getBoundingClientRect();
  const f = frame && el.tagName !== 'BODY' ? frame.getBoundingClientRect() : null;
  if (r.width === 0 && r.height === 0) return null;
  const dx = f?.left ?? 0;
  const dy = f?.top ?? 0;
  return { left: r.left + dx, top: r.top + dy, right: r.right + dx, bottom: r.bottom + dy };
}

/**
 * Quiet hints beside fields with problems, on one top layer of our own (the `tianbao-hints` host, under the overlay
 * and the guard): fixed-position boxes, never inserted into the page's layout. Each is clamped to the viewport and
 * kept off the overlay's panel. A hint always shows its whole text: a long one wraps onto more lines and shifts left
 * to stay inside the window; the hint of the field in focus or under the pointer comes on top of any other (the hint
 * itself lets clicks through to the page, so hovering the field is what counts).
 */
export class Hints {
  private host: ShadowHost | null = null;
  private items: { target: HintTarget; node: HTMLElement }[] = [];
  private frame = 0;
  private active: Element | null = null;
  private hovered: Element | null = null;
  private readonly onMove = () => this.schedule();
  /** What each hint measured, by the max-width it was measured at (px); a new text is a new node. */
  private sizes = new WeakMap<HTMLElement, Map<number, { w: number; h: number }>>();
  private readonly onResize = () => {
    // Another window size or zoom: text may break and measure otherwise.
    this.sizes = new WeakMap();
    this.schedule();
  };
  /** The save reminder's quiet note at the bottom of the page (it lets clicks through), or null. */
  private note: HTMLElement | null = null;

  /** `avoid` gives the overlay panel's box, which no hint may cover. */
  constructor(
    private readonly doc: Document,
    private readonly avoid: () => Box | null = () => null,
  ) {
    doc.defaultView?.addEventListener('scroll', this.onMove, { capture: true, passive: true });
    doc.defaultView?.addEventListener('resize', this.onResize, { passive: true });
  }

  /**
   * `pageSays` tells whether the page's UI framework shows its own message on a field now (Element's 请输入…, Ant
   * Design's explain): our hint steps aside there, so one message shows beside the field (the panel still lists the
   * problem). The engine calls show() again when such messages come and go, and the hint comes back.
   */
  show(
    problems: readonly ProblemItem[],
    targetOf: (fieldId: string) => HintTarget | undefined,
    pageSays: (fieldId: string) => boolean = () => false,
  ): void {
    const byField = new Map<string, ProblemItem[]>();
    const aside = new Set<string>();
    for (const p of problems) {
      if (aside.has(p.fieldId)) continue;
      if (!byField.has(p.fieldId) && pageSays(p.fieldId)) {
        aside.add(p.fieldId);
        continue;
      }
      byField.set(p.fieldId, [...(byField.get(p.fieldId) ?? []), p]);
    }
    if (!this.host && byField.size === 0) return;
    this.host ??= createShadowHost(this.doc, 'tianbao-hints', CSS, 2147483645);
    const container = this.host.container;
    // A hint that says the same as before stays the same node (and keeps its measured size): a check after each edit
    // redraws only what changed.
    const before = new Map(this.items.map(({ node }) => [node.dataset.field, node]));
    this.items = [];
    for (const [fieldId, list] of byField) {
      const target = targetOf(fieldId);
      if (!target) continue;
      const severity = worstSeverity(list);
      const text = severityLine(list);
      let node = before.get(fieldId);
      if (!node || node.dataset.severity !== severity || node.textContent !== text) {
        node = this.doc.createElement('div');
        node.className = severity === 'error' ? 'hint' : 'hint warn';
        node.setAttribute('role', 'note');
        node.dataset.testid = 'field-hint';
        node.dataset.field = fieldId;
        // A field with an error must be fixed, whatever else it has; one with warnings only needs checking or a 说明.
        node.dataset.severity = severity;
        node.textContent = text;
      }
      this.items.push({ target, node });
    }
    const nodes = this.items.map(({ node }) => node);
    // Only when the list changed: put back, a node would leave the page for a moment.
    const now = Array.from(container.children).filter((n) => n !== this.note);
    if (now.length !== nodes.length || now.some((n, i) => n !== nodes[i])) {
      const all = this.doc.createDocumentFragment();
      for (const node of nodes) all.append(node);
      if (this.note) all.append(this.note);
      container.replaceChildren(all);
    }
    this.place();
  }

  /**
   * The save reminder, seen even while the overlay is only its pill: a quiet note at the bottom of the page that
   * covers no click (the panel says the same). null takes it away.
   */
  remind(text: string | null): void {
    if (!text) {
      this.note?.remove();
      this.note = null;
      return;
    }
    this.host ??= createShadowHost(this.doc, 'tianbao-hints', CSS, 2147483645);
    if (!this.note) {
      this.note = this.doc.createElement('div');
      this.note.className = 'remind';
      this.note.setAttribute('role', 'status');
      this.note.dataset.testid = 'save-reminder-note';
    }
    if (this.note.textContent !== text) this.note.textContent = text;
    if (!this.note.isConnected) this.host.container.append(this.note);
  }

  /** The field the user is in (its hint opens to its full text); null when none. */
  setActive(el: Element | null): void {
    if (el === this.active) return;
    this.active = el;
    this.schedule();
  }

  /** The field under the pointer (its hint opens too). */
  setHovered(el: Element | null): void {
    if (el === this.hovered) return;
    this.hovered = el;
    this.schedule();
  }

  /** The box of the hint of a field, as drawn now (null: none, or hidden). */
  boxOf(el: Element): Box | null {
    const item = this.items.find((i) => i.target.el === el);
    if (!item || item.node.style.display === 'none') return null;
    return item.node.getBoundingClientRect();
  }

  /** Places the hints again on the next frame (after the page scrolled, or the panel moved). */
  schedule(): void {
    if (this.frame || !this.items.length) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  }

  /**
   * Reads the fields' rectangles first; only the hints of fields on screen are shown, sized and placed, the others are
   * hidden without a look. A hint's size is read once per width it may have (at its widest, or narrower beside the
   * panel) and kept until its text or the window changes, so a scroll or hover frame mostly only moves boxes.
   */
  private place(): void {
    const win = this.doc.defaultView;
    const vw = win?.innerWidth ?? 0;
    const vh = win?.innerHeight ?? 0;
    const panel = this.avoid();
    const widest = Math.max(0, Math.min(MAX_WIDTH, vw - 2 * GAP));
    const boxes = this.items.map(({ target }) => {
      const r = targetBox(target);
      // Scrolled past the top or bottom: hidden. (A field past the side of a narrow window keeps its hint at the
      // window's edge, as before, to say there is something to fix that way.)
      return r && r.bottom >= 0 && r.top <= vh ? r : null;
    });
    const shown = this.items.flatMap((item, i) => (boxes[i] ? [{ ...item, i }] : []));
    // Writes only what changes: a hint that stays where it is costs no style write.
    const set = (node: HTMLElement, prop: 'display', value: string) => {
      if (node.style[prop] !== value) node.style[prop] = value;
    };
    const px = (node: HTMLElement, prop: 'left' | 'top' | 'maxWidth', n: number) => {
      // The browser keeps a length to a few decimals: compare the numbers.
      if (!(Math.abs(Number.parseFloat(node.style[prop]) - n) < 0.01)) node.style[prop] = `${n}px`;
    };
    this.items.forEach(({ node }, i) => {
      if (!boxes[i]) set(node, 'display', 'none');
    });
    // Sizes not known yet at width `width` (px): from the window's left edge a fixed box is as wide as its text up to
    // its max-width, so what is read there is the size it keeps wherever it goes inside the window. Writes, then reads.
    const sizeAt = (wanted: { node: HTMLElement; width: number }[]) => {
      const todo = wanted.filter(({ node, width }) => !this.sizes.get(node)?.has(width));
      for (const { node, width } of todo) {
        set(node, 'display', '');
        px(node, 'left', 0);
        px(node, 'top', 0);
        px(node, 'maxWidth', width);
      }
      for (const { node, width } of todo) {
        const known = this.sizes.get(node) ?? new Map<number, { w: number; h: number }>();
        // A panel dragged across the page would leave a width at every step: a few are kept.
        if (known.size > 8) known.clear();
        known.set(width, { w: node.offsetWidth, h: node.offsetHeight });
        this.sizes.set(node, known);
      }
    };
    sizeAt(shown.map(({ node }) => ({ node, width: widest })));
    const rooms = new Map<number, Room>();
    for (const { node, i } of shown) {
      const r = boxes[i];
      const size = this.sizes.get(node)?.get(widest);
      if (!r || !size) continue;
      const room = roomOf(r, size.w, size.h, vw, vh, panel);
      if (room.to - room.from >= MIN_WIDTH) rooms.set(i, room);
    }
    const widthOf = (i: number) => {
      const room = rooms.get(i);
      return room ? Math.min(widest, Math.floor(room.to - room.from)) : widest;
    };
    // Where the panel leaves less room, a hint wraps narrower: read those sizes too (only those).
    sizeAt(shown.filter(({ i }) => widthOf(i) < widest).map(({ node, i }) => ({ node, width: widthOf(i) })));
    // The hint of the field in use first, then from the bottom up: a hint that would cover one already placed tries
    // the other side of its field (two fields of one row, or a tall hint reaching the next row's).
    const open = (i: number) => {
      const el = this.items[i]?.target.el;
      return el === this.active || el === this.hovered;
    };
    const order = [...rooms.keys()].sort(
      (a, b) => Number(open(b)) - Number(open(a)) || (boxes[b]?.bottom ?? 0) - (boxes[a]?.bottom ?? 0),
    );
    const aside = panel ? { box: panel, free: freeSide(panel, vw) } : null;
    const at = new Map<number, Box>();
    const taken: Box[] = [];
    for (const i of order) {
      const r = boxes[i];
      const room = rooms.get(i);
      const node = this.items[i]?.node;
      const size = node && this.sizes.get(node)?.get(widthOf(i));
      if (!r || !room || !size) continue;
      const b = placeHint(r, size.w, size.h, vh, room, taken, aside);
      if (!b) continue;
      taken.push(b);
      at.set(i, b);
    }
    for (const { node, i } of shown) {
      const b = at.get(i);
      if (!b) {
        set(node, 'display', 'none');
        continue;
      }
      node.classList.toggle('open', open(i));
      set(node, 'display', '');
      px(node, 'maxWidth', widthOf(i));
      px(node, 'left', b.left);
      px(node, 'top', b.top);
    }
  }

  destroy(): void {
    this.doc.defaultView?.removeEventListener('scroll', this.onMove, { capture: true });
    this.doc.defaultView?.removeEventListener('resize', this.onResize);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.host?.remove();
  }
}
