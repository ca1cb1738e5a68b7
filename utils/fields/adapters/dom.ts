import { normaliseLabel, visibleText } from '../normalise';
import type { ControlKind, LabelHint, RestoreRefusal } from './types';

/** Text of an element without the parts matched by `skip` (tooltip icons, help marks inside a label). */
export function textWithout(el: Element, skip: string): string {
  let out = '';
  const walk = (n: Node, depth: number) => {
    if (depth > 8 || out.length > 1000) return;
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1 && !(c as Element).matches(skip)) walk(c, depth + 1);
    }
  };
  walk(el, 0);
  return out;
}

const STAR_CHARS = /[*＊]/;

/** A label hint from printed label text (a star in the text is the page's required mark). */
export function labelFrom(raw: string, starredByClass = false): { text: string; starred: boolean } | null {
  const text = normaliseLabel(raw.slice(0, 1000)).replace(/[?？ⓘ]+$/, '');
  return text ? { text, starred: starredByClass || STAR_CHARS.test(raw) } : null;
}

/** Puts text into an input as typing does: the native setter (frameworks track it), then `input`. */
export function typeText(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const win = el.ownerDocument.defaultView ?? window;
  const proto = el.tagName === 'TEXTAREA' ? win.HTMLTextAreaElement.prototype : win.HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
  el.dispatchEvent(new win.Event('input', { bubbles: true }));
}

export function fire(el: Element, type: string): void {
  const win = el.ownerDocument.defaultView ?? window;
  el.dispatchEvent(new win.Event(type, { bubbles: true }));
}

/** A press of a key, as the frameworks' keydown handlers read it (`key`, `code` and the old `keyCode`). */
export function press(el: Element, key: 'Enter' | 'Escape'): void {
  const win = el.ownerDocument.defaultView ?? window;
  // Element UI (Vue 2) still reads keyCode.
  const keyCode = key === 'Enter' ? 13 : 27;
  el.dispatchEvent(new win.KeyboardEvent('keydown', { key, code: key, keyCode, bubbles: true, cancelable: true }));
}

/** A click as a mouse gives it: down, up, click (some widgets open on mousedown, others on click). */
export function clickLike(el: Element): void {
  const win = el.ownerDocument.defaultView ?? window;
  for (const type of ['mousedown', 'mouseup', 'click']) {
    el.dispatchEvent(new win.MouseEvent(type, { bubbles: true, cancelable: true, view: win }));
  }
}

/** Waits for the framework to render (a popup, the next step of a cascade): a few frames, then gives up. */
export async function waitFor<T>(find: () => T | null | undefined, ms = 600): Promise<T | null> {
  const t0 = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - t0 > ms) return null;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Among the elements, the one whose printed text is the value (compared as labels are: spaces and widths aside). */
export function byText<T extends Element>(els: Iterable<T>, value: string): T | null {
  const want = normaliseLabel(value);
  for (const el of els) if (normaliseLabel(visibleText(el)) === want) return el;
  return null;
}

/** Whether an element is displayed (a closed popup keeps its nodes with display:none). */
export function displayed(el: Element): boolean {
  const c = (el as HTMLElement).checkVisibility;
  return typeof c === 'function' ? c.call(el) : true;
}

/**
 * The widget a native control sits in, by the first root selector it is inside (in order); a range editor's first
 * input is its start, the other its end.
 */
export function widgetOf(
  el: HTMLElement,
  widgets: readonly (readonly [string, ControlKind])[],
): { kind: ControlKind; view: HTMLElement } | null {
  for (const [selector, kind] of widgets) {
    const view = el.closest<HTMLElement>(selector);
    if (!view) continue;
    if (kind === 'range-start') return { kind: view.querySelector('input') === el ? kind : 'range-end', view };
    return { kind, view };
  }
  return null;
}

/** A range picker's two ends under one form-item label: 项目周期(开始), 项目周期(结束) (paired by utils/fields/pairs). */
export function endLabel<T extends { text: string }>(item: T, kind: ControlKind | undefined): T {
  if (kind === 'range-start') return { ...item, text: `${item.text}(开始)` };
  if (kind === 'range-end') return { ...item, text: `${item.text}(结束)` };
  return item;
}

/**
 * A table cell's label from its column header, where header and body may be separate tables (el-table): the
 * header cell at the same index of `headerCells`, and the row's number.
 */
export function columnLabel(
  el: HTMLElement,
  bodyCell: string,
  headerCells: (td: HTMLTableCellElement) => NodeListOf<Element> | null,
): LabelHint | null {
  const td = el.closest<HTMLTableCellElement>(bodyCell);
  if (!td) return null;
  const th = headerCells(td)?.[td.cellIndex];
  const hint = th ? labelFrom(visibleText(th)) : null;
  return hint ? { ...hint, row: String((td.parentElement as HTMLTableRowElement).sectionRowIndex + 1) } : null;
}

const settle = (ms = 60) => new Promise((r) => setTimeout(r, ms));

/**
 * A date picker's text typed and confirmed, as a person does: opened with a click (some parse only with their panel
 * mounted), typed, `change` and Enter (each framework confirms on one of them), then left.
 */
export async function typeDate(el: HTMLInputElement, value: string): Promise<RestoreRefusal | null> {
  if (el.value === value) return null;
  el.focus();
  clickLike(el);
  await settle();
  typeText(el, value);
  fire(el, 'change');
  await settle();
  press(el, 'Enter');
  await settle();
  el.blur();
  await settle();
  return el.value === value ? null : 'restoreWhyRejected';
}

/**
 * A radio or checkbox drawn by its framework, set by clicking what the user clicks (the framework updates its
 * model from that). A picked radio can't be un-picked by a click: emptying a radio group is left to the user.
 */
export async function writeChoice(
  input: HTMLInputElement,
  view: HTMLElement,
  value: string,
): Promise<RestoreRefusal | null> {
  const want = input.type === 'radio' ? value !== '' && value === (input.value || 'on') : value !== '';
  if (input.checked === want) return null;
  if (input.type === 'radio' && !want) return 'restoreWhyUnsupported';
  clickLike(view);
  return (await waitFor(() => (input.checked === want ? true : null))) ? null : 'restoreWhyRejected';
}
