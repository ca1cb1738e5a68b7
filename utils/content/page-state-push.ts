import type { PageState } from '@/utils/checklist/page-state';
import type { PAGE_TOP } from '@/utils/messages/page-top';
import { toBackground } from '@/utils/messaging';
import type { PlatformId } from '@/utils/platforms/registry';
import type { Bus } from './bus';

/** At most one push in this time while the page keeps changing (typing changes it at every key). */
export const PUSH_INTERVAL_MS = 250;
/** After a push the background did not take (its worker restarting), the newest state is sent again this much later. */
export const PUSH_RETRY_MS = 1000;

/**
 * Tells the background what this tab's page shows, now and after each change of the state its checklist is judged
 * on, so that an open popup follows the page without asking it. Never inside the change itself (a keystroke): a
 * push goes in a task of its own, at most every PUSH_INTERVAL_MS, with the state as it is then. Stops with `signal`.
 */
export function pushPageState(bus: Bus, platform: PlatformId, signal: AbortSignal): void {
  let sent: PageState | null | undefined;
  let lastAt = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  const send = () => {
    timer = undefined;
    if (signal.aborted || bus.page === sent) return;
    const state = bus.page;
    sent = state;
    lastAt = Date.now();
    toBackground<typeof PAGE_TOP>()('page/state', { platform, state }).then(
      () => {
        failures = 0;
      },
      () => {
        // Not taken (the worker restarting, or busy starting): a page that then stays still would leave an open
        // popup on the state before, saying the form is not read yet. The newest state goes again, a few times.
        if (signal.aborted || sent !== state || ++failures > 5) return;
        sent = undefined;
        clearTimeout(timer);
        timer = setTimeout(send, PUSH_RETRY_MS);
      },
    );
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
