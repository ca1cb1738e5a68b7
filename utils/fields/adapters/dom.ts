import { normaliseLabel, visibleText } from '../normalise';

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
