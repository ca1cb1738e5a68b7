/**
 * Our overlay lives in an open shadow root (tests and assistive technology need it), so a page's script can reach
 * its buttons and call `.click()`. Every action that reveals or writes data runs only for the user's own events:
 * the browser marks those `isTrusted`, and no script can forge that. A real click, Enter or Space on a focused
 * button, and assistive technology all give trusted events.
 */
export function trusted<E extends Event>(handler: (e: E) => void): (e: E) => void {
  return (e) => {
    if (e.isTrusted) {
      handler(e);
      return;
    }
    // A forged click still toggles a checkbox natively: put it back as it was.
    const el = e.currentTarget as HTMLInputElement | null;
    if (el?.type === 'checkbox') el.checked = !el.checked;
    e.preventDefault?.();
  };
}
