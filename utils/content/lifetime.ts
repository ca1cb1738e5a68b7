import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Whether the extension that injected this script is still there (after an update or removal it is not). */
export function extensionAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}

/**
 * Runs `teardown` when this content script's extension is really gone. WXT invalidates a context when a newer
 * copy of the script announces itself through a DOM event, and a page can forge that event: so the context's
 * word alone tears nothing down while the extension is still alive.
 */
export function onExtensionGone(ctx: ContentScriptContext, teardown: () => void): void {
  ctx.onInvalidated(() => {
    if (extensionAlive()) {
      // Forged, or a second copy of our own script: the running one stays.
      return;
    }
    teardown();
  });
}
