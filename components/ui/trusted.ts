/**
 * Our overlay lives in an open shadow root (tests and assistive technology need it), so a page's script can reach
 * its buttons and call `.click()`. Every action that reveals or writes data runs only for the user's own events:
 * the browser marks those `isTrusted`, and no script can forge that. A real click, Enter or Space on a focused
 * button, and assistive technology all give trusted events.
 */
export function trusted<E extends Event>(handler: (e: E) => void): (e: E) => void {
  return (e) => {
    if (e.isTrusted) handler(e);
    // A cancelled click leaves a checkbox as it was.
    else e.preventDefault();
  };
}

// For checkboxes, listen to `click`, not `change`: a script's `.click()` is an untrusted click, but the `change`
// the browser fires after it counts as trusted. Space on a focused checkbox gives a trusted click too.
