import { type Browser, browser } from 'wxt/browser';

/** The name of the popup's port to the background (utils/messages/popup.ts has what crosses it). */
export const POPUP_PORT = 'tianbao-popup';

/** A popup's port, opened before the popup's code has loaded; what arrives meanwhile waits for a listener. */
export interface EarlyPort {
  port: Browser.runtime.Port;
  /** Takes every message: those that came before, then each new one. */
  listen(listener: (message: unknown) => void): void;
  onGone(listener: () => void): void;
}

/**
 * Opens the popup's port and asks for the view of `tab` (null: the active tab) at once, before the popup's own code
 * loads: the background builds the view meanwhile. Nothing here parses: the popup parses what it takes.
 */
export function connectPopup(tab: number | null): EarlyPort {
  const port = browser.runtime.connect({ name: POPUP_PORT });
  const waiting: unknown[] = [];
  let take: ((message: unknown) => void) | null = null;
  let gone = false;
  const goneListeners = new Set<() => void>();
  port.onMessage.addListener((message: unknown) => {
    if (take) take(message);
    else waiting.push(message);
  });
  port.onDisconnect.addListener(() => {
    gone = true;
    for (const l of goneListeners) l();
  });
  port.postMessage({ type: 'open', tab });
  return {
    port,
    listen(listener) {
      take = listener;
      for (const message of waiting.splice(0)) listener(message);
    },
    onGone(listener) {
      if (gone) listener();
      else goneListeners.add(listener);
    },
  };
}
