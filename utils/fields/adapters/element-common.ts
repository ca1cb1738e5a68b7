import { visibleText } from '../normalise';
import {
  byText,
  clickLike,
  columnLabel,
  displayed,
  endLabel,
  labelFrom,
  press,
  textWithout,
  typeDate,
  typeText,
  waitFor,
  widgetOf,
  writeChoice,
} from './dom';
import type { Control, ControlKind, FrameworkAdapter, FrameworkName, RestoreRefusal } from './types';

/**
 * Element UI (Vue 2) and Element Plus (Vue 3) share their public structure: the same form items, the same widget
 * class names, popups teleported to the body. Where they differ (Element Plus wraps inputs in `__wrapper`s, links
 * popups with `aria-controls` and shows a select's choice in a span) the adapter reads both.
 */

/** A framework's popups: their own inputs (a time panel, a select's filter) are no fields. */
const POPUPS =
  '.el-select-dropdown, .el-picker-panel, .el-cascader__dropdown, .el-popper, .el-message-box, .el-dialog__headerbtn';
/** Icons and tooltip triggers printed inside a label (a ? that explains) are not its words. */
const LABEL_NOISE = '.el-tooltip__trigger, .el-icon, i, svg, .el-form-item__label-tip';

const tick = () => new Promise((r) => setTimeout(r, 30));

/** Each widget by its root class, in order: a select holds an input, a range editor two. */
const WIDGETS: [string, ControlKind][] = [
  ['.el-select', 'select'],
  ['.el-cascader', 'cascader'],
  ['.el-range-editor', 'range-start'],
  ['.el-date-editor', 'date'],
  ['.el-input-number', 'number'],
  ['.el-switch', 'switch'],
  ['.el-radio, .el-checkbox, .el-radio-button, .el-checkbox-button', 'choice'],
  ['.el-upload', 'upload'],
];

/** The label of the nearest form item that has one (a nested item may have none). */
function formItemLabel(el: HTMLElement): { text: string; starred: boolean } | null {
  for (let item = el.closest('.el-form-item'); item; item = item.parentElement?.closest('.el-form-item') ?? null) {
    const label = item.querySelector(
      ':scope > .el-form-item__label, :scope > .el-form-item__label-wrap .el-form-item__label',
    );
    if (label) return labelFrom(textWithout(label, LABEL_NOISE));
  }
  return null;
}

function selectShown(view: HTMLElement): string | null {
  const tags = view.querySelectorAll('.el-select__tags-text');
  if (tags.length) return Array.from(tags, (t) => visibleText(t).trim()).join('、');
  // Element Plus prints the choice in a span; its placeholder is the same span, marked transparent.
  const shown = view.querySelector('.el-select__placeholder');
  if (shown) return shown.classList.contains('is-transparent') ? '' : visibleText(shown).trim();
  return null;
}

/** The select's own popup: Element Plus links it by aria-controls; Element UI shows one select popup at a time. */
function selectPopup(input: HTMLElement): Element | null {
  const doc = input.ownerDocument;
  const id = input.getAttribute('aria-controls');
  const linked = id ? doc.getElementById(id) : null;
  if (linked) return linked;
  return Array.from(doc.querySelectorAll('.el-select-dropdown')).find(displayed) ?? null;
}

async function writeSelect(el: HTMLElement, view: HTMLElement, value: string): Promise<RestoreRefusal | null> {
  if (view.querySelector('.el-select__tags, .el-tag')) return 'restoreWhyUnsupported'; // multiple choice
  if (selectShown(view) === value || (selectShown(view) === null && (el as HTMLInputElement).value === value)) {
    return null;
  }
  // Emptying a select (an undo back to nothing) needs its clear button, which only clearable selects have.
  if (value === '') return 'restoreWhyUnsupported';
  clickLike(view.querySelector('.el-select__wrapper, .el-input') ?? view);
  const option = await waitFor(() => {
    const popup = selectPopup(el);
    return popup && byText(popup.querySelectorAll<HTMLElement>('.el-select-dropdown__item:not(.is-disabled)'), value);
  });
  if (!option) {
    press(el, 'Escape');
    clickLike(el.ownerDocument.body);
    return 'restoreWhyNoOption';
  }
  clickLike(option);
  const shown = await waitFor(() => {
    const now = selectShown(view) ?? (el as HTMLInputElement).value;
    return now === value ? now : null;
  });
  return shown === null ? 'restoreWhyRejected' : null;
}

async function writeCascader(el: HTMLElement, view: HTMLElement, value: string): Promise<RestoreRefusal | null> {
  if ((el as HTMLInputElement).value === value) return null;
  const parts = value.split(/\s*\/\s*/).filter(Boolean);
  if (!parts.length) return 'restoreWhyUnsupported';
  clickLike(view);
  const doc = el.ownerDocument;
  for (const [i, part] of parts.entries()) {
    const node = await waitFor(() => {
      const panel = Array.from(doc.querySelectorAll('.el-cascader__dropdown')).find(displayed);
      const menu = panel?.querySelectorAll('.el-cascader-menu')[i];
      return menu && byText(menu.querySelectorAll<HTMLElement>('.el-cascader-node'), part);
    });
    if (!node) {
      // Nothing is chosen until the last level is: closing leaves the model as it was.
      press(el, 'Escape');
      clickLike(doc.body);
      return 'restoreWhyNoOption';
    }
    clickLike(node);
    await tick();
  }
  const ok = await waitFor(() => ((el as HTMLInputElement).value === value ? true : null));
  return ok ? null : 'restoreWhyRejected';
}

/**
 * A range picker takes both ends at once: each end's text is typed, then Enter opens the picker and Enter again
 * confirms (the picker parses what was typed). An end left out keeps the text it shows.
 */
async function writeElementRange(view: HTMLElement, start: string, end: string): Promise<RestoreRefusal | null> {
  const [a, b] = Array.from(view.querySelectorAll('input'));
  if (!a || !b) return 'restoreWhyUnsupported';
  if (a.value === start && b.value === end) return null;
  // Opened first, as a click does: Element UI parses typed text only with its panel mounted.
  a.focus();
  clickLike(a);
  await tick();
  typeText(a, start);
  typeText(b, end);
  press(b, 'Enter');
  await tick();
  if (a.value !== start || b.value !== end || b.ownerDocument.activeElement === b) press(b, 'Enter');
  await tick();
  if (a.value === start && b.value === end) {
    b.blur();
    return null;
  }
  press(b, 'Escape');
  return 'restoreWhyRejected';
}

export function elementAdapter(name: FrameworkName, present: (doc: Document) => boolean): FrameworkAdapter {
  return {
    name,
    present,
    labelScope: '.el-form-item, .el-table',
    classScope: '.el-form-item',
    control(el): Control | 'skip' | null {
      if (el.closest(POPUPS)) return 'skip';
      const k = widgetOf(el, WIDGETS);
      if (!k) return null;
      // An upload's list of files sits beside its button: the widget is both.
      const view = k.kind === 'upload' ? ((k.view.parentElement as HTMLElement | null) ?? k.view) : k.view;
      return { framework: name, kind: k.kind, view };
    },
    label(el, control) {
      // An el-table's header and body are separate tables. The header is found first in document order (it comes
      // before the body), so a 1,000-row table is not walked once per cell.
      const cell = columnLabel(
        el,
        '.el-table__body td',
        (td) =>
          td.closest('.el-table')?.querySelector('.el-table__header')?.querySelectorAll('thead tr:last-child th') ??
          null,
      );
      if (cell) return cell;
      const item = formItemLabel(el);
      return item ? endLabel(item, control?.kind) : null;
    },
    ownMessage(el) {
      const error = el.closest('.el-form-item')?.querySelector('.el-form-item__error');
      return error && displayed(error) ? visibleText(error).trim() || null : null;
    },
    required: (el) => !!el.closest('.el-form-item.is-required') && !el.closest('.el-table__body'),
    read(_el, control) {
      if (control.kind === 'select') return selectShown(control.view);
      if (control.kind === 'upload') {
        // Each file listed, by name: Element Plus prints it in a span inside the item's link, Element UI in the link.
        const names = Array.from(
          control.view.querySelectorAll('.el-upload-list__item'),
          (li) => li.querySelector('.el-upload-list__item-file-name') ?? li.querySelector('.el-upload-list__item-name'),
        );
        return names
          .map((n) => (n ? visibleText(n).trim() : ''))
          .filter(Boolean)
          .join('、');
      }
      return null;
    },
    writes: ['select', 'cascader', 'date', 'range-start', 'range-end', 'choice', 'upload'],
    writeRange: writeElementRange,
    async write(el, control, value) {
      switch (control.kind) {
        case 'select':
          return writeSelect(el, control.view, value);
        case 'cascader':
          return writeCascader(el, control.view, value);
        case 'date':
          return typeDate(el as HTMLInputElement, value);
        case 'choice':
          return writeChoice(el as HTMLInputElement, control.view, value);
        case 'range-start':
        case 'range-end': {
          const [a, b] = Array.from(control.view.querySelectorAll('input'));
          return writeElementRange(
            control.view,
            control.kind === 'range-start' ? value : (a?.value ?? ''),
            control.kind === 'range-end' ? value : (b?.value ?? ''),
          );
        }
        default:
          return 'restoreWhyUnsupported';
      }
    },
  };
}
