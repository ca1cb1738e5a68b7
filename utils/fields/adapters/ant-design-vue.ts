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
import type { Control, ControlKind, FrameworkAdapter, RestoreRefusal } from './types';

/**
 * Ant Design Vue (4.x): form items with `.ant-form-item-label`, selects whose search input stays transparent while
 * the choice shows in `.ant-select-selection-item`, pickers on rc-picker (typed text is taken on Enter), popups in
 * the body linked by `aria-controls`.
 */
const POPUPS = '.ant-select-dropdown, .ant-picker-dropdown, .ant-cascader-dropdown, .ant-modal-close';
const LABEL_NOISE = '.anticon, .ant-form-item-tooltip, svg';

const tick = (ms = 60) => new Promise((r) => setTimeout(r, ms));

/** The switch is a button with no native control inside: found through `toggles`, read from its aria-checked. */
const SWITCH = '.ant-switch[role="switch"]';

const WIDGETS: [string, ControlKind][] = [
  [SWITCH, 'switch'],
  ['.ant-cascader', 'cascader'],
  ['.ant-select', 'select'],
  ['.ant-picker-range', 'range-start'],
  ['.ant-picker', 'date'],
  ['.ant-input-number', 'number'],
  ['.ant-radio-wrapper, .ant-checkbox-wrapper, .ant-radio-button-wrapper', 'choice'],
  ['.ant-upload-wrapper, .ant-upload', 'upload'],
];

function formItemLabel(el: HTMLElement): { text: string; starred: boolean } | null {
  const label = el.closest('.ant-form-item')?.querySelector('.ant-form-item-label label');
  return label ? labelFrom(textWithout(label, LABEL_NOISE)) : null;
}

function selectShown(view: HTMLElement): string {
  const many = view.querySelectorAll('.ant-select-selection-item-content');
  if (many.length) return Array.from(many, (t) => visibleText(t).trim()).join('、');
  const one = view.querySelector('.ant-select-selection-item');
  return one ? (one.getAttribute('title') ?? visibleText(one)).trim() : '';
}

async function writeSelect(el: HTMLElement, view: HTMLElement, value: string): Promise<RestoreRefusal | null> {
  if (view.classList.contains('ant-select-multiple')) return 'restoreWhyUnsupported';
  if (selectShown(view) === value) return null;
  if (value === '') return 'restoreWhyUnsupported'; // only an allowClear select can be emptied
  clickLike(view.querySelector('.ant-select-selector') ?? view);
  const doc = el.ownerDocument;
  const option = await waitFor(() => {
    const id = el.getAttribute('aria-controls');
    const popup = (id && doc.getElementById(id)?.closest('.ant-select-dropdown')) || null;
    const visible = popup ?? Array.from(doc.querySelectorAll('.ant-select-dropdown')).find(displayed);
    return (
      visible &&
      byText(
        visible.querySelectorAll<HTMLElement>('.ant-select-item-option:not(.ant-select-item-option-disabled)'),
        value,
      )
    );
  });
  if (!option) {
    press(el, 'Escape');
    return 'restoreWhyNoOption';
  }
  clickLike(option);
  return (await waitFor(() => (selectShown(view) === value ? true : null))) ? null : 'restoreWhyRejected';
}

/**
 * A cascade chosen as a person does: the selector clicked, then each level's item by its text (the last one
 * chooses and closes). A level without the draft's item closes the popup: nothing is chosen before the last level,
 * so the model stays as it was.
 */
async function writeCascader(el: HTMLElement, view: HTMLElement, value: string): Promise<RestoreRefusal | null> {
  if (selectShown(view) === value) return null;
  const parts = value.split(/\s*\/\s*/).filter(Boolean);
  if (!parts.length) return 'restoreWhyUnsupported'; // emptying needs the clear icon, shown on hover only
  clickLike(view.querySelector('.ant-select-selector') ?? view);
  const doc = el.ownerDocument;
  for (const [i, part] of parts.entries()) {
    const item = await waitFor(() => {
      const id = el.getAttribute('aria-controls');
      const linked = (id && doc.getElementById(id)?.closest('.ant-cascader-dropdown')) || null;
      const popup = linked ?? Array.from(doc.querySelectorAll('.ant-cascader-dropdown')).find(displayed);
      const menu = popup?.querySelectorAll('.ant-cascader-menu')[i];
      return (
        menu &&
        byText(
          menu.querySelectorAll<HTMLElement>('.ant-cascader-menu-item:not(.ant-cascader-menu-item-disabled)'),
          part,
        )
      );
    });
    if (!item) {
      press(el, 'Escape');
      clickLike(doc.body);
      return 'restoreWhyNoOption';
    }
    clickLike(item);
    await tick(30);
  }
  return (await waitFor(() => (selectShown(view) === value ? true : null))) ? null : 'restoreWhyRejected';
}

/** A switch is turned by a click on it, when it is not already as the draft has it. */
async function writeSwitch(view: HTMLElement, value: string): Promise<RestoreRefusal | null> {
  const want = value !== '';
  const on = () => view.getAttribute('aria-checked') === 'true';
  if (on() === want) return null;
  if (view.matches(':disabled, .ant-switch-disabled, .ant-switch-loading')) return 'restoreWhyUnsupported';
  clickLike(view);
  return (await waitFor(() => (on() === want ? true : null))) ? null : 'restoreWhyRejected';
}

/** A range: the start typed and confirmed (the picker moves on to the end), then the end typed and confirmed. */
async function writeRange(view: HTMLElement, start: string, end: string): Promise<RestoreRefusal | null> {
  const [a, b] = Array.from(view.querySelectorAll('input'));
  if (!a || !b) return 'restoreWhyUnsupported';
  if (a.value === start && b.value === end) return null;
  a.focus();
  clickLike(a);
  await tick();
  typeText(a, start);
  await tick();
  press(a, 'Enter');
  await tick();
  typeText(b, end);
  await tick();
  press(b, 'Enter');
  await tick(200);
  if (a.value === start && b.value === end) return null;
  press(b, 'Escape');
  return 'restoreWhyRejected';
}

export const antDesignVue: FrameworkAdapter = {
  name: 'ant-design-vue',
  present: (doc) => !!doc.querySelector('.ant-form-item, .ant-select, .ant-picker'),
  toggles: SWITCH,
  writes: ['select', 'cascader', 'date', 'range-start', 'range-end', 'choice', 'switch', 'upload'],
  control(el): Control | 'skip' | null {
    if (el.closest(POPUPS)) return 'skip';
    const k = widgetOf(el, WIDGETS);
    return k ? { framework: 'ant-design-vue', ...k } : null;
  },
  label(el, control) {
    const cell = columnLabel(
      el,
      '.ant-table-tbody td',
      // The header comes before the body in document order (in the same table, or its own with a fixed header).
      (td) => td.closest('.ant-table')?.querySelector('.ant-table-thead')?.querySelectorAll('tr:last-child th') ?? null,
    );
    if (cell) return cell;
    const item = formItemLabel(el);
    return item ? endLabel(item, control?.kind) : null;
  },
  ownMessage(el) {
    const error = el.closest('.ant-form-item')?.querySelector('.ant-form-item-explain-error');
    return error && displayed(error) ? visibleText(error).trim() || null : null;
  },
  required: (el) => !!el.closest('.ant-form-item')?.querySelector('.ant-form-item-label .ant-form-item-required'),
  read(_el, control) {
    if (control.kind === 'select' || control.kind === 'cascader') return selectShown(control.view);
    if (control.kind === 'switch') return control.view.getAttribute('aria-checked') === 'true' ? 'on' : '';
    if (control.kind === 'upload') {
      const names = control.view.querySelectorAll('.ant-upload-list-item-name');
      return Array.from(names, (n) => visibleText(n).trim()).join('、');
    }
    return null;
  },
  writeRange,
  async write(el, control, value) {
    if (control.kind === 'select') return writeSelect(el, control.view, value);
    if (control.kind === 'cascader') return writeCascader(el, control.view, value);
    if (control.kind === 'switch') return writeSwitch(control.view, value);
    if (control.kind === 'date') return typeDate(el as HTMLInputElement, value);
    if (control.kind === 'choice') return writeChoice(el as HTMLInputElement, control.view, value);
    if (control.kind === 'range-start' || control.kind === 'range-end') {
      const [a, b] = Array.from(control.view.querySelectorAll('input'));
      return writeRange(
        control.view,
        control.kind === 'range-start' ? value : (a?.value ?? ''),
        control.kind === 'range-end' ? value : (b?.value ?? ''),
      );
    }
    // An upload needs the user's own file.
    return 'restoreWhyUnsupported';
  },
};
