import { adapterNamed, type RestoreRefusal } from '@/utils/fields/adapters';
import { type Field, readValue } from '@/utils/fields/discover';

/**
 * Puts a value into a field so that the page's own scripts see it: through the prototype's native value setter
 * (React and Vue track values set on the element itself), then `input` and `change` events (jQuery/layui,
 * ExtJS-style pages listen for those). Null when written (or, for a file or password, deliberately left alone); else
 * why it was left as it was.
 */
export function setFieldValue(f: Field, value: string): RestoreRefusal | null {
  const el = f.el;
  const win = el.ownerDocument.defaultView ?? window;
  const fire = () => {
    el.dispatchEvent(new win.Event('input', { bubbles: true }));
    el.dispatchEvent(new win.Event('change', { bubbles: true }));
  };
  switch (f.kind) {
    case 'checkbox':
    case 'radio': {
      // A framework's toggle without a native control (a switch drawn as a button) is written by its adapter only:
      // here it is refused, so the restore names it instead of counting it as put back.
      if (!(el instanceof win.HTMLInputElement)) return 'restoreWhyUnsupported';
      const input = el as HTMLInputElement;
      const checked = value !== '' && value === (input.value || 'on');
      if (input.checked !== checked) {
        Object.getOwnPropertyDescriptor(win.HTMLInputElement.prototype, 'checked')?.set?.call(input, checked);
        fire();
      }
      return null;
    }
    case 'contenteditable':
    case 'iframe-editor':
      el.textContent = value;
      fire();
      return null;
    case 'select': {
      Object.getOwnPropertyDescriptor(win.HTMLSelectElement.prototype, 'value')?.set?.call(el, value);
      fire();
      return null;
    }
    case 'textarea':
      Object.getOwnPropertyDescriptor(win.HTMLTextAreaElement.prototype, 'value')?.set?.call(el, value);
      fire();
      return null;
    case 'file':
    case 'password':
      return null;
    default:
      Object.getOwnPropertyDescriptor(win.HTMLInputElement.prototype, 'value')?.set?.call(el, value);
      fire();
      return null;
  }
}

/** A value a restore left as it was, and why (a locale key). */
export interface Refusal {
  field: Field;
  why: RestoreRefusal;
}

/**
 * Puts values back the way a person would: a framework widget through the widget itself (a select opened and its
 * option picked, a picker's text typed and confirmed, both ends of a range at once), plain controls as above. A
 * widget that would not take a value is left as it was and reported, never half set.
 */
export async function restoreValues(entries: readonly (readonly [Field, string])[]): Promise<Refusal[]> {
  const refused: Refusal[] = [];
  const ranges = new Map<HTMLElement, { start?: [Field, string]; end?: [Field, string] }>();
  for (const [f, value] of entries) {
    const c = f.control;
    if (f.kind === 'contenteditable' || f.kind === 'iframe-editor') {
      const why = await writeEditable(f, value);
      if (why) refused.push({ field: f, why });
      continue;
    }
    if (!c || f.sensitive) {
      const why = setFieldValue(f, value);
      if (why) refused.push({ field: f, why });
      continue;
    }
    if (c.kind === 'range-start' || c.kind === 'range-end') {
      const r = ranges.get(c.view) ?? {};
      r[c.kind === 'range-start' ? 'start' : 'end'] = [f, value];
      ranges.set(c.view, r);
      continue;
    }
    const adapter = adapterNamed(c.framework);
    if (!adapter?.writes.includes(c.kind)) {
      const why = setFieldValue(f, value);
      if (why) refused.push({ field: f, why });
      continue;
    }
    const why = await adapter.write(f.el, c, value).catch(() => 'restoreWhyRejected' as const);
    if (why) refused.push({ field: f, why });
  }
  for (const [view, { start, end }] of ranges) {
    const one = (start ?? end) as [Field, string];
    const adapter = adapterNamed(one[0].control?.framework ?? 'element-plus');
    const inputs = view.querySelectorAll('input');
    const why = adapter?.writeRange
      ? await adapter
          .writeRange(view, start?.[1] ?? inputs[0]?.value ?? '', end?.[1] ?? inputs[1]?.value ?? '')
          .catch(() => 'restoreWhyRejected' as const)
      : 'restoreWhyUnsupported';
    if (why) for (const e of [start, end]) if (e) refused.push({ field: e[0], why });
  }
  return refused;
}

/**
 * An editor gets its content through its own editable area: the text is pasted over what it holds, as a user
 * would, so an editor with a model of its own (wangEditor's Slate, and the like) takes it into that model. An
 * editable area that ignores a synthetic paste (a plain contenteditable, an iframe editor such as KindEditor that
 * reads its body) gets the text set directly.
 */
async function writeEditable(f: Field, value: string): Promise<RestoreRefusal | null> {
  const el = f.el;
  const doc = el.ownerDocument;
  const win = doc.defaultView;
  const sel = doc.getSelection();
  if (!win || !sel || typeof win.DataTransfer !== 'function' || typeof win.ClipboardEvent !== 'function') {
    setFieldValue(f, value);
    return null;
  }
  const want = value.replace(/\n{2,}/g, '\n').replace(/\n+$/, '');
  // Slate hears selection changes throttled (100 ms): the wait grows on a second try.
  for (const wait of [150, 400]) {
    el.focus();
    // From its first text to its last: an editor maps the selection to its model only from text positions.
    const walker = doc.createTreeWalker(el, 4);
    const texts: Text[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
    const range = doc.createRange();
    const first = texts[0];
    const last = texts[texts.length - 1];
    if (first && last) {
      range.setStart(first, 0);
      range.setEnd(last, last.length);
    } else range.selectNodeContents(el);
    sel.removeAllRanges();
    sel.addRange(range);
    await new Promise((r) => setTimeout(r, wait));
    const data = new win.DataTransfer();
    data.setData('text/plain', value);
    const event = new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    if (el.dispatchEvent(event)) {
      // No editor took the paste: a plain editable area gets the text set.
      setFieldValue(f, value);
      return null;
    }
    await new Promise((r) => setTimeout(r, 60));
    if (readValue(f) === want) return null;
  }
  return 'restoreWhyRejected';
}
