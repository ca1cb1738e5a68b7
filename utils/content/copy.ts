/**
 * Copies text for the user. `navigator.clipboard` needs a secure context, and several platforms are served over
 * plain http, so fall back to a selected textarea and execCommand('copy'), done inside our own shadow root.
 */
export async function copyText(text: string, root: Document = document): Promise<boolean> {
  try {
    if (root.defaultView?.isSecureContext && navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the legacy path (e.g. the page lost focus).
  }
  const area = root.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:-1000px;opacity:0';
  const host = root.querySelector('tianbao-overlay')?.shadowRoot ?? root.body;
  host.append(area);
  area.select();
  let ok = false;
  try {
    ok = root.execCommand('copy');
  } finally {
    area.remove();
  }
  return ok;
}
