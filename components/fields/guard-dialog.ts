import type { GuardActions, GuardItem } from '@/utils/content/submit-guard';
import { t } from '@/utils/i18n';
import { createShadowHost, type ShadowHost } from '../ui/shadow-host';

const CSS = `
.guard{position:fixed;inset:0;display:grid;place-items:center;background:rgb(0 0 0 / 40%);
font:14px/1.6 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
.box{max-width:440px;width:calc(100vw - 32px);max-height:calc(100vh - 32px);overflow:auto;box-sizing:border-box;background:#fff;color:#1f2329;border-radius:8px;padding:16px 18px;
box-shadow:0 8px 32px rgb(0 0 0 / 30%)}
h2{font-size:16px;margin:0 0 8px}ul{margin:0 0 12px;padding-left:20px}li{margin:0 0 4px}
.where{display:block;opacity:.75;font-size:13px}.note{margin:0 0 8px;opacity:.85}
li{display:flex;flex-wrap:wrap;align-items:baseline;gap:0 8px}.text{flex:1 1 60%}
li button{padding:0 8px;font-size:13px}
li[data-severity=error] .text{color:#a61b0f;font-weight:600}li[data-severity=warning] .text{color:#8a5a00}
@media (prefers-color-scheme:dark){li[data-severity=error] .text{color:#ffb4a9}li[data-severity=warning] .text{color:#f5c46b}}
.row{display:flex;gap:8px;justify-content:flex-end}
button{font:inherit;padding:4px 12px;border-radius:6px;border:1px solid #1a5fb4;background:#fff;color:#1a5fb4;cursor:pointer}
button.primary{background:#1a5fb4;color:#fff}
button:focus-visible{outline:2px solid #ff9f1a;outline-offset:2px}
@media (prefers-color-scheme:dark){.box{background:#1e2227;color:#e8eaed}button{background:#1e2227;color:#8ab4f8;border-color:#8ab4f8}
button.primary{background:#8ab4f8;color:#1e2227}}`;

/**
 * The submit guard's dialog: what is still open and where to fix it (去修改 goes to the field), 返回检查 (back to the
 * page, to the button) or 仍要提交 (go on). A real modal: focus stays inside (Tab and Shift+Tab cycle, focus that
 * escapes is brought back), Esc and a click on the backdrop go back to the page's button. Its buttons act on the
 * user's own events only.
 */
export class GuardDialog {
  private host: ShadowHost | null = null;
  private release: AbortController | null = null;

  constructor(private readonly doc: Document) {}

  show(items: readonly GuardItem[], control: HTMLElement, actions: GuardActions): void {
    this.close();
    // Above the overlay and the hints: nothing of ours or the page's may sit on top of a modal.
    this.host = createShadowHost(this.doc, 'tianbao-guard', CSS, 2147483647);
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
    h.textContent = t(items.length === 1 ? 'guardTitleOne' : 'guardTitle', String(items.length));
    const note = d.createElement('p');
    note.className = 'note';
    note.dataset.testid = 'guard-note';
    note.textContent = actions.note ?? '';
    const list = d.createElement('ul');
    for (const item of items) {
      const li = d.createElement('li');
      li.dataset.testid = 'guard-item';
      // Errors must be fixed; warnings may stand with a 说明: the guard names the two apart.
      if (item.severity) li.dataset.severity = item.severity;
      const text = d.createElement('span');
      text.className = 'text';
      text.textContent = item.text;
      li.append(text);
      if (item.where) {
        const where = d.createElement('span');
        where.className = 'where';
        where.textContent = item.where;
        li.append(where);
      }
      const fieldId = item.fieldId;
      if (fieldId) {
        const fix = d.createElement('button');
        fix.type = 'button';
        fix.dataset.testid = 'guard-fix';
        fix.textContent = t('guardFix');
        fix.setAttribute('aria-label', t('guardFixField', item.where ?? item.text));
        fix.addEventListener('click', (ev) => {
          if (!ev.isTrusted) return;
          this.close();
          actions.goTo(fieldId);
        });
        li.append(fix);
      }
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
    box.append(h, ...(actions.note ? [note] : []), list, row);
    wrap.append(box);
    this.host.container.append(wrap);
    const goBack = () => {
      this.close();
      control.focus();
    };
    back.addEventListener('click', (ev) => ev.isTrusted && goBack());
    go.addEventListener('click', (ev) => {
      if (!ev.isTrusted) return;
      this.close();
      actions.proceed();
    });
    const focusable = () => [...box.querySelectorAll('button')];
    wrap.addEventListener('keydown', (ev) => {
      if (!ev.isTrusted) return;
      if (ev.key === 'Escape') {
        ev.preventDefault();
        goBack();
      } else if (ev.key === 'Tab') {
        // Cycle inside the dialog: the page behind is not there while the question is open.
        const all = focusable();
        const at = all.indexOf(this.host?.shadow.activeElement as HTMLButtonElement);
        const next = (at + (ev.shiftKey ? all.length - 1 : 1)) % all.length;
        ev.preventDefault();
        all[at < 0 ? 0 : next]?.focus();
      }
    });
    // The backdrop is the page the user went back to.
    wrap.addEventListener('click', (ev) => {
      if (ev.isTrusted && ev.target === wrap) goBack();
    });
    // Focus that leaves anyway (a click the backdrop missed, a page's script) comes back to the dialog.
    this.release = new AbortController();
    this.doc.addEventListener(
      'focusin',
      (ev) => {
        if (this.host && ev.target !== this.host.host) back.focus();
      },
      { capture: true, signal: this.release.signal },
    );
    back.focus();
  }

  close(): void {
    this.release?.abort();
    this.release = null;
    this.host?.remove();
    this.host = null;
  }
}
