import type { PageState } from '@/utils/checklist/page-state';
import type { PAGE_TOP } from '@/utils/messages/page-top';
import { toBackground } from '@/utils/messaging';
import type { PlatformId } from '@/utils/platforms/registry';
import type { Bus } from './bus';

/** At most one push in this time while the page keeps changing (typing changes it at every key). */
export const PUSH_INTERVAL_MS = 250;

/**
 * Tells the background what this tab's page shows, now and after each change of the state its checklist is judged
 * on, so that an open popup follows the page without asking it. Never inside the change itself (a keystroke): a
 * push goes in a task of its own, at most every PUSH_INTERVAL_MS, with the state as it is then. Stops with `signal`.
 */
export function pushPageState(bus: Bus, platform: PlatformId, signal: AbortSignal): void {
  let sent: PageState | null | undefined;
  let lastAt = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = () => {
    timer = undefined;
    if (signal.aborted || bus.page === sent) return;
    sent = bus.page;
    lastAt = Date.now();
    // The background may be restarting after an update: the next change, or the popup's own question, tells it.
    toBackground<typeof PAGE_TOP>()('page/state', { platform, state: sent }).catch(() => undefined);
  };
  const changed = () => {
    if (bus.page === sent || timer !== undefined || signal.aborted) return;
    timer = setTimeout(send, Math.max(0, lastAt + PUSH_INTERVAL_MS - Date.now()));
  };
  // The platform at once (its state comes once the field engine has read the form).
  timer = setTimeout(send, 0);
  const stop = bus.subscribe(changed);
  signal.addEventListener('abort', () => {
    stop();
    clearTimeout(timer);
  });
}
