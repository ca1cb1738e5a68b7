import type { ProfileData } from '@/utils/rules/types';
import { ASK_RETRY_MS, askWithRetries } from './retry';

/** After a load failed: the next one after this long, doubling up to RULES_RELOAD_MAX_MS. */
export const RULES_RELOAD_MS = 15_000;
export const RULES_RELOAD_MAX_MS = 5 * 60_000;

/**
 * The annex profiles of a page, asked of the background (issue #16: the rule data is not bundled into the page's
 * script) and kept for the page's lifetime once received. One load asks up to 1 + retryMs.length times, since a
 * background that is waking (a service worker's cold start) or restarting may fail an ask; a load that still fails
 * is reported (`error`, and the console), never swallowed, and `reloadLater` tries again, each time waiting twice
 * as long.
 */
export class ProfileRules {
  profiles: readonly ProfileData[] | null = null;
  /** Why the last load failed; null once loaded, or before any load ended. */
  error: string | null = null;
  private loading: Promise<readonly ProfileData[] | null> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private reloadMs = RULES_RELOAD_MS;

  constructor(
    private readonly ask: () => Promise<readonly ProfileData[]>,
    private readonly signal: AbortSignal,
    private readonly retryMs: readonly number[] = ASK_RETRY_MS,
  ) {
    signal.addEventListener('abort', () => {
      if (this.timer !== null) clearTimeout(this.timer);
    });
  }

  /** The profiles, once received; null when this load failed (see `error`). One load at a time. */
  load(): Promise<readonly ProfileData[] | null> {
    if (this.profiles) return Promise.resolve(this.profiles);
    this.loading ??= this.attempt().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  /** After a failed load: loads again later (each failure waits twice as long), and calls `loaded` on success. */
  reloadLater(loaded: (profiles: readonly ProfileData[]) => void): void {
    if (this.profiles || this.timer !== null || this.signal.aborted) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.load().then((p) => {
        if (p) loaded(p);
        else {
          this.reloadMs = Math.min(this.reloadMs * 2, RULES_RELOAD_MAX_MS);
          this.reloadLater(loaded);
        }
      });
    }, this.reloadMs);
  }

  private async attempt(): Promise<readonly ProfileData[] | null> {
    try {
      this.profiles = await askWithRetries(this.ask, this.retryMs, this.signal);
      this.error = null;
      return this.profiles;
    } catch (e) {
      if (this.signal.aborted) return null;
      this.error = e instanceof Error ? e.message : String(e);
      console.error('[填报助手] 附件规则未能加载', e);
      return null;
    }
  }
}
