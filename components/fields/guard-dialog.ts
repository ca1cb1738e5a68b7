import type { GuardActions, GuardItem } from '@/utils/content/submit-guard';
import { t } from '@/utils/i18n';
import { createShadowHost, type ShadowHost } from '../ui/shadow-host';

const CSS = `
.guard{position:fixed;inset:0;z-index:2147483647;display:grid;place-items:center;background:rgb(0 0 0 / 30%);
font:14px/1.6 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
.box{max-width:440px;width:calc(100vw - 32px);background:#fff;color:#1f2329;border-radius:8px;padding:16px 18px;
box-shadow:0 8px 32px rgb(0 0 0 / 30%)}
h2{font-size:16px;margin:0 0 8px}ul{margin:0 0 12px;padding-left:20px}li{margin:0 0 4px}
.where{display:block;opacity:.75;font-size:13px}.note{margin:0 0 8px;opacity:.85}
li button{margin-left:8px;padding:0 8px;font-size:13px}
.row{display:flex;gap:8px;justify-content:flex-end}
button{font:inherit;padding:4px 12px;border-radius:6px;border:1px solid #1a5fb4;background:#fff;color:#1a5fb4;cursor:pointer}
button.primary{background:#1a5fb4;color:#fff}
button:focus-visible{outline:2px solid #ff9f1a;outline-offset:2px}
@media (prefers-color-scheme:dark){.box{background:#1e2227;color:#e8eaed}button{background:#1e2227;color:#8ab4f8;border-color:#8ab4f8}
button.primary{background:#8ab4f8;color:#1e2227}}`;

/**
 * The submit guard's dialog: what is still open, 返回检查 (back to the page, to the button) or 仍要提交 (go on).
 * Its buttons act on the user's own events only.
 */
export class GuardDialog {
  private host: ShadowHost | null = null;

  constructor(private readonly doc: Document) {}

  show(items: readonly GuardItem[], control: HTMLElement, actions: GuardActions): void {
    this.close();
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
    h.textContent = t(items.length === 1 ? 'guardTitleOne' : 'guardTitle', String(items.length));
    const note = d.createElement('p');
    note.className = 'note';
    note.dataset.testid = 'guard-note';
    note.textContent = actions.note ?? '';
    const list = d.createElement('ul');
    for (const item of items) {
      const li = d.createElement('li');
      li.dataset.testid = 'guard-item';
      li.append(item.text);
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
    box.addEventListener('keydown', (ev) => {
      if (ev.isTrusted && ev.key === 'Escape') goBack();
    });
    back.focus();
  }

  close(): void {
    this.host?.remove();
    this.host = null;
  }
}
