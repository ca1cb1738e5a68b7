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

/** The widget's open popup: the one its input names in `aria-controls`, else the one displayed. */
function popupOf(el: HTMLElement, popup: string): HTMLElement | null {
  const doc = el.ownerDocument;
  const id = el.getAttribute('aria-controls');
  const linked = (id && doc.getElementById(id)?.closest<HTMLElement>(popup)) || null;
  return linked ?? Array.from(doc.querySelectorAll<HTMLElement>(popup)).find(displayed) ?? null;
}

async function writeSelect(el: HTMLElement, view: HTMLElement, value: string): Promise<RestoreRefusal | null> {
  if (view.classList.contains('ant-select-multiple')) return 'restoreWhyUnsupported';
  if (selectShown(view) === value) return null;
  if (value === '') return 'restoreWhyUnsupported'; // only an allowClear select can be emptied
  clickLike(view.querySelector('.ant-select-selector') ?? view);
  const option = await waitFor(() => {
    const popup = popupOf(el, '.ant-select-dropdown');
    return (
      popup &&
      byText(
        popup.querySelectorAll<HTMLElement>('.ant-select-item-option:not(.ant-select-item-option-disabled)'),
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

const CASCADER_POPUP = '.ant-cascader-dropdown';
const cascadePath = (value: string) => value.split(/\s*\/\s*/).filter(Boolean);

/** Closes the cascader's popup (Escape, then a press outside it, as a person would) and waits until it is gone. */
async function closeCascader(el: HTMLElement): Promise<void> {
  const open = () => {
    const popup = popupOf(el, CASCADER_POPUP);
    return popup && displayed(popup) ? popup : null;
  };
  if (!open()) return;
  press(el, 'Escape');
  clickLike(el.ownerDocument.body);
  await waitFor(() => (open() ? null : true));
}

/**
 * Walks the popup through the path, clicking each level's item by its text. Every level before the last must be
 * one that opens a next level (`-expand`): a place that has become a leaf would choose a shorter path, so the walk
 * stops before clicking it. A level the walk cannot see is refused too. Only the last click chooses (except with
 * `changeOnSelect`, where each click sets the model: the caller puts the shown path back on a refusal).
 */
async function walkCascade(
  el: HTMLElement,
  view: HTMLElement,
  parts: readonly string[],
): Promise<RestoreRefusal | null> {
  clickLike(view.querySelector('.ant-select-selector') ?? view);
  for (const [i, part] of parts.entries()) {
    const item = await waitFor(() => {
      const menu = popupOf(el, CASCADER_POPUP)?.querySelectorAll('.ant-cascader-menu')[i];
      return (
        menu &&
        byText(
          menu.querySelectorAll<HTMLElement>('.ant-cascader-menu-item:not(.ant-cascader-menu-item-disabled)'),
          part,
        )
      );
    });
    if (!item) return 'restoreWhyNoOption';
    if (i < parts.length - 1 && !item.classList.contains('ant-cascader-menu-item-expand')) return 'restoreWhyNoOption';
    clickLike(item);
    await tick(30);
  }
  return null;
}

/**
 * A cascade chosen as a person does: the selector clicked, then each level's item by its text. The path shown
 * before is read first: on any refusal the popup is closed and, when a click already changed the model (a
 * `changeOnSelect` cascader sets it at each level), that path is put back (emptied through the clear icon when
 * there was none), so the model is never left on part of the draft's path.
 */
async function writeCascader(el: HTMLElement, view: HTMLElement, value: string): Promise<RestoreRefusal | null> {
  const before = selectShown(view);
  if (before === value) return null;
  const parts = cascadePath(value);
  if (!parts.length) return 'restoreWhyUnsupported'; // emptying needs the clear icon, shown on hover only
  let why = await walkCascade(el, view, parts);
  // A path ending on a place with more levels (the tree grew) is taken only by a changeOnSelect cascader.
  if (!why && !(await waitFor(() => (selectShown(view) === value ? true : null)))) why = 'restoreWhyRejected';
  await closeCascader(el);
  if (!why) return null;
  if (selectShown(view) !== before) {
    if (before) await walkCascade(el, view, cascadePath(before));
    else {
      const clear = view.querySelector('.ant-select-clear');
      if (clear) clickLike(clear);
    }
    await waitFor(() => (selectShown(view) === before ? true : null));
    await closeCascader(el);
  }
  return why;
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
  labelScope: '.ant-form-item, .ant-table',
  classScope: '.ant-form-item',
  toggles: SWITCH,
  togglesWithin: '.ant-form-item, form',
  writes: ['select', 'cascader', 'date', 'range-start', 'range-end', 'choice', 'switch', 'upload'],
  control(el): Control | 'skip' | null {
    if (el.closest(POPUPS)) return 'skip';
    const k = widgetOf(el, WIDGETS);
    if (!k) return null;
    // An upload's list of files sits beside its button, both in the wrapper: the widget is the wrapper.
    const view = k.kind === 'upload' ? (el.closest<HTMLElement>('.ant-upload-wrapper') ?? k.view) : k.view;
    return { framework: 'ant-design-vue', kind: k.kind, view };
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
      // The files listed, by name; one whose upload failed (shown in red, to be chosen again) is no file given.
      const names = control.view.querySelectorAll(
        '.ant-upload-list-item:not(.ant-upload-list-item-error) .ant-upload-list-item-name',
      );
      return Array.from(names, (n) => (n.getAttribute('title') ?? visibleText(n)).trim()).join('、');
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
