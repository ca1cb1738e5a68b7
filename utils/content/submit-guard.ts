import { t } from '@/utils/i18n';
import { createShadowHost, type ShadowHost } from './shadow-host';

const SUBMIT_TEXT = /^(确认)?(提交|上报|报送|送审|提交审核|确认上报|submit)/i;

const CSS = `
.guard{position:fixed;inset:0;z-index:2147483647;display:grid;place-items:center;background:rgb(0 0 0 / 30%);
font:14px/1.6 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
.box{max-width:440px;width:calc(100vw - 32px);background:#fff;color:#1f2329;border-radius:8px;padding:16px 18px;
box-shadow:0 8px 32px rgb(0 0 0 / 30%)}
h2{font-size:16px;margin:0 0 8px}ul{margin:0 0 12px;padding-left:20px}
.row{display:flex;gap:8px;justify-content:flex-end}
button{font:inherit;padding:4px 12px;border-radius:6px;border:1px solid #1a5fb4;background:#fff;color:#1a5fb4;cursor:pointer}
button.primary{background:#1a5fb4;color:#fff}
button:focus-visible{outline:2px solid #ff9f1a;outline-offset:2px}
@media (prefers-color-scheme:dark){.box{background:#1e2227;color:#e8eaed}button{background:#1e2227;color:#8ab4f8;border-color:#8ab4f8}
button.primary{background:#8ab4f8;color:#1e2227}}`;

/** The control a click landed on, if it is the page's own submit / 上报 / 提交 button. */
export function submitControl(target: EventTarget | null): HTMLElement | null {
  const el = (target as Element | null)?.closest?.(
    'button, input[type="submit"], input[type="button"], a, [role="button"]',
  );
  if (!el) return null;
  const text = (el.tagName === 'INPUT' ? (el as HTMLInputElement).value : (el.textContent ?? '')).replace(/\s+/g, '');
  const isSubmitInput = el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'submit' && !text;
  return isSubmitInput || SUBMIT_TEXT.test(text) ? (el as HTMLElement) : null;
}

/**
 * When the user presses the page's own submit button with checklist items open, shows what is missing and lets
 * them go back or go on. It stops that one click, never the page: "仍要提交" replays the click untouched.
 */
export class SubmitGuard {
  private host: ShadowHost | null = null;
  private bypass = false;

  constructor(
    private readonly doc: Document,
    private readonly missing: () => string[],
  ) {}

  /** Call from a capturing click listener; returns true when it took the click. */
  onClick(e: Event): boolean {
    // Only the user's own click: a page that clicks its own button from script is left alone (it could submit
    // its form anyway), and a page cannot open our dialog to learn what the checklist says.
    if (this.bypass || !e.isTrusted) return false;
    const control = submitControl(e.target);
    if (!control) return false;
    const open = this.missing();
    if (!open.length) return false;
    e.preventDefault();
    e.stopImmediatePropagation();
    this.show(open, control);
    return true;
  }

  private show(items: string[], control: HTMLElement): void {
    this.host?.remove();
    this.host = createShadowHost(this.doc, 'tianbao-guard', CSS);
    const d = this.doc;
    const wrap = d.createElement('div');
    wrap.className = 'guard';
    const box = d.createElement('div');
    box.className = 'box';
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-modal', 'true');
    box.setAttribute('aria-labelledby', 'tb-guard-h');
    box.dataset.testid = 'submit-guard';
    const h = d.createElement('h2');
    h.id = 'tb-guard-h';
    h.textContent = t('guardTitle', String(items.length));
    const list = d.createElement('ul');
    for (const text of items) {
      const li = d.createElement('li');
      li.dataset.testid = 'guard-item';
      li.textContent = text;
      list.append(li);
    }
    const row = d.createElement('div');
    row.className = 'row';
    const back = d.createElement('button');
    back.type = 'button';
    back.className = 'primary';
    back.dataset.testid = 'guard-back';
    back.textContent = t('guardBack');
    const go = d.createElement('button');
    go.type = 'button';
    go.dataset.testid = 'guard-continue';
    go.textContent = t('guardContinue');
    row.append(go, back);
    box.append(h, list, row);
    wrap.append(box);
    this.host.container.append(wrap);
    const close = () => {
      this.host?.remove();
      this.host = null;
    };
    back.addEventListener('click', (ev) => {
      if (!ev.isTrusted) return;
      close();
      control.focus();
    });
    go.addEventListener('click', (ev) => {
      if (!ev.isTrusted) return;
      close();
      this.bypass = true;
      try {
        control.click();
      } finally {
        this.bypass = false;
      }
    });
    box.addEventListener('keydown', (ev) => {
      if (ev.isTrusted && ev.key === 'Escape') {
        close();
        control.focus();
      }
    });
    back.focus();
  }

  destroy(): void {
    this.host?.remove();
  }
}
