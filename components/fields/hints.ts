import { severityLine, worstSeverity } from '@/components/ui/severity';
import type { ProblemItem } from '@/utils/content/bus';
import type { HintTarget } from '@/utils/content/fields-runtime';
import { createShadowHost, type ShadowHost } from '../ui/shadow-host';

const CSS = `
.hint{position:fixed;max-width:260px;box-sizing:border-box;padding:1px 6px;border-radius:4px;
font:12px/1.5 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#8a1c12;
background:#fff4f2;border:1px solid #f1a39b;box-shadow:0 1px 3px rgb(0 0 0 / 12%);pointer-events:none;
white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.hint.warn{color:#6b4500;background:#fff8e6;border-color:#e8c170}
.remind{position:fixed;bottom:12px;left:50%;transform:translateX(-50%);max-width:min(440px,calc(100vw - 24px));
box-sizing:border-box;padding:4px 10px;border-radius:6px;font:13px/1.5 system-ui,"PingFang SC","Microsoft YaHei",
"Noto Sans CJK SC",sans-serif;color:#6b4500;background:#fff8e6;border:1px solid #e8c170;box-shadow:0 1px 4px rgb(0 0 0 / 15%);
pointer-events:none}
.hint.open{white-space:normal;max-width:320px;z-index:1;box-shadow:0 2px 8px rgb(0 0 0 / 25%)}
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
/** Narrower than this, a hint would show only an ellipsis: it is left to the panel's list instead. */
const MIN_WIDTH = 48;

export const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

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
 * kept off the overlay's panel. A hint shows one line; the full text opens while its field has focus or the
 * pointer is over it (the hint itself lets clicks through to the page, so hovering the field is what counts).
 */
export class Hints {
  private host: ShadowHost | null = null;
  private items: { target: HintTarget; node: HTMLElement }[] = [];
  private frame = 0;
  private active: Element | null = null;
  private hovered: Element | null = null;
  private readonly onMove = () => this.schedule();
  /** The save reminder's quiet note at the bottom of the page (it lets clicks through), or null. */
  private note: HTMLElement | null = null;

  /** `avoid` gives the overlay panel's box, which no hint may cover. */
  constructor(
    private readonly doc: Document,
    private readonly avoid: () => Box | null = () => null,
  ) {
    doc.defaultView?.addEventListener('scroll', this.onMove, { capture: true, passive: true });
    doc.defaultView?.addEventListener('resize', this.onMove, { passive: true });
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
    container.replaceChildren();
    this.items = [];
    for (const [fieldId, list] of byField) {
      const target = targetOf(fieldId);
      if (!target) continue;
      const severity = worstSeverity(list);
      const node = this.doc.createElement('div');
      node.className = severity === 'error' ? 'hint' : 'hint warn';
      node.setAttribute('role', 'note');
      node.dataset.testid = 'field-hint';
      node.dataset.field = fieldId;
      // A field with an error must be fixed, whatever else it has; one with warnings only needs checking or a 说明.
      node.dataset.severity = severity;
      node.textContent = severityLine(list);
      container.append(node);
      this.items.push({ target, node });
    }
    if (this.note) container.append(this.note);
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

  /** Reads every rectangle first, then writes; measures the hints once, then places them. */
  private place(): void {
    const win = this.doc.defaultView;
    const vw = win?.innerWidth ?? 0;
    const vh = win?.innerHeight ?? 0;
    const panel = this.avoid();
    const boxes = this.items.map(({ target }) => targetBox(target));
    const open = this.items.map(({ target }) => target.el === this.active || target.el === this.hovered);
    for (const [i, { node }] of this.items.entries()) {
      node.classList.toggle('open', open[i]);
      node.style.maxWidth = '';
      node.style.display = '';
    }
    const sizes = this.items.map(({ node }) => ({ w: node.offsetWidth, h: node.offsetHeight }));
    this.items.forEach(({ node }, i) => {
      const r = boxes[i];
      if (!r || r.bottom < 0 || r.top > vh) {
        node.style.display = 'none';
        return;
      }
      const h = sizes[i]?.h ?? 0;
      let w = sizes[i]?.w ?? 0;
      // Below the field; above it when there is no room below.
      let top = r.bottom + 2 + h > vh ? r.top - 2 - h : r.bottom + 2;
      top = Math.min(Math.max(GAP, top), vh - h - GAP);
      let left = Math.min(Math.max(GAP, r.left), vw - w - GAP);
      let max = vw - 2 * GAP;
      if (panel && overlaps({ left, top, right: left + w, bottom: top + h }, panel)) {
        // Beside the panel, on the side of the page it leaves free; shortened (full text on focus) when narrow.
        const onRight = panel.left > vw / 2;
        if (onRight) {
          max = panel.left - GAP - GAP;
          left = Math.max(GAP, Math.min(left, panel.left - GAP - w));
        } else {
          left = Math.max(left, panel.right + GAP);
          max = vw - GAP - left;
        }
        w = Math.min(w, max);
      }
      if (max < MIN_WIDTH) {
        node.style.display = 'none';
        return;
      }
      node.style.maxWidth = `${Math.min(max, open[i] ? 320 : 260)}px`;
      node.style.left = `${left}px`;
      node.style.top = `${top}px`;
    });
  }

  destroy(): void {
    this.doc.defaultView?.removeEventListener('scroll', this.onMove, { capture: true });
    this.doc.defaultView?.removeEventListener('resize', this.onMove);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.host?.remove();
  }
}
