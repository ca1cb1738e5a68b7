import type { ProblemItem } from '@/utils/content/bus';
import type { HintTarget } from '@/utils/content/fields-runtime';
import { createShadowHost, type ShadowHost } from '../ui/shadow-host';

const CSS = `
.hint{position:fixed;z-index:2147483645;max-width:260px;box-sizing:border-box;padding:1px 6px;border-radius:4px;
font:12px/1.5 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#8a1c12;
background:#fff4f2;border:1px solid #f1a39b;box-shadow:0 1px 3px rgb(0 0 0 / 12%);pointer-events:none;
white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
@media (prefers-color-scheme:dark){.hint{color:#ffd2cc;background:#3b1a16;border-color:#8a3b32}}`;

/**
 * Quiet hints beside fields with problems, in our own shadow root: fixed-position boxes placed after reading all
 * positions in one pass (no layout thrash), never inserted into the page's layout. They follow scrolling and
 * resizing on the next animation frame.
 */
export class Hints {
  private host: ShadowHost | null = null;
  private items: { target: HintTarget; node: HTMLElement }[] = [];
  private frame = 0;
  private readonly onMove = () => this.schedule();

  constructor(private readonly doc: Document) {
    doc.defaultView?.addEventListener('scroll', this.onMove, { capture: true, passive: true });
    doc.defaultView?.addEventListener('resize', this.onMove, { passive: true });
  }

  show(problems: readonly ProblemItem[], targetOf: (fieldId: string) => HintTarget | undefined): void {
    const byField = new Map<string, string[]>();
    for (const p of problems) byField.set(p.fieldId, [...(byField.get(p.fieldId) ?? []), p.message]);
    if (!this.host && byField.size === 0) return;
    this.host ??= createShadowHost(this.doc, 'tianbao-hints', CSS);
    const container = this.host.container;
    container.replaceChildren();
    this.items = [];
    for (const [fieldId, messages] of byField) {
      const target = targetOf(fieldId);
      if (!target) continue;
      const node = this.doc.createElement('div');
      node.className = 'hint';
      node.setAttribute('role', 'note');
      node.setAttribute('aria-invalid', 'true');
      node.dataset.testid = 'field-hint';
      node.dataset.field = fieldId;
      node.textContent = messages.join('；');
      node.title = node.textContent;
      container.append(node);
      this.items.push({ target, node });
    }
    this.place();
  }

  private schedule(): void {
    if (this.frame || !this.items.length) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  }

  /** Reads every rectangle first, then writes every position. */
  private place(): void {
    const rects = this.items.map(({ target }) => {
      const r = target.el.getBoundingClientRect();
      const f = target.frame?.getBoundingClientRect();
      const el = target.frame && target.el.tagName === 'BODY' ? f : r;
      return el && f && el !== f
        ? { left: el.left + f.left, top: el.top + f.top, bottom: el.bottom + f.top, width: el.width }
        : el;
    });
    const vh = this.doc.defaultView?.innerHeight ?? 0;
    this.items.forEach(({ node }, i) => {
      const r = rects[i];
      if (!r || r.width === 0 || r.bottom < 0 || r.top > vh) {
        node.style.display = 'none';
        return;
      }
      node.style.display = '';
      node.style.left = `${Math.max(0, r.left)}px`;
      node.style.top = `${r.bottom + 2}px`;
    });
  }

  destroy(): void {
    this.doc.defaultView?.removeEventListener('scroll', this.onMove, { capture: true });
    this.doc.defaultView?.removeEventListener('resize', this.onMove);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.host?.remove();
  }
}
