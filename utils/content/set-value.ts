import type { Field } from '@/utils/fields/discover';

/**
 * Puts a value into a field so that the page's own scripts see it: through the prototype's native value setter
 * (React and Vue track values set on the element itself), then `input` and `change` events (jQuery/layui,
 * ExtJS-style pages listen for those).
 */
export function setFieldValue(f: Field, value: string): void {
  const el = f.el;
  const win = el.ownerDocument.defaultView ?? window;
  const fire = () => {
    el.dispatchEvent(new win.Event('input', { bubbles: true }));
    el.dispatchEvent(new win.Event('change', { bubbles: true }));
  };
  switch (f.kind) {
    case 'checkbox':
    case 'radio': {
      const input = el as HTMLInputElement;
      const checked = value !== '' && value === (input.value || 'on');
      if (input.checked !== checked) {
        Object.getOwnPropertyDescriptor(win.HTMLInputElement.prototype, 'checked')?.set?.call(input, checked);
        fire();
      }
      return;
    }
    case 'contenteditable':
    case 'iframe-editor':
      el.textContent = value;
      fire();
      return;
    case 'select': {
      Object.getOwnPropertyDescriptor(win.HTMLSelectElement.prototype, 'value')?.set?.call(el, value);
      fire();
      return;
    }
    case 'textarea':
      Object.getOwnPropertyDescriptor(win.HTMLTextAreaElement.prototype, 'value')?.set?.call(el, value);
      fire();
      return;
    case 'file':
    case 'password':
      return;
    default:
      Object.getOwnPropertyDescriptor(win.HTMLInputElement.prototype, 'value')?.set?.call(el, value);
      fire();
  }
}
