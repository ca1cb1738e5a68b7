import { browser } from 'wxt/browser';
import { sitePattern, type UserSite } from './user-sites';

export const USER_SITES_SCRIPT_ID = 'tianbao-user-sites';
/** The content script file WXT emits for entrypoints/platform.content. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/platform.js';

/** Match patterns to inject on: one per added host whose permission the browser has granted. */
export function patternsToRegister(sites: readonly UserSite[], grantedOrigins: readonly string[]): string[] {
  const granted = new Set(grantedOrigins);
  const out = new Set<string>();
  for (const s of sites) {
    const p = sitePattern(s.host);
    if (granted.has(p) || granted.has('*://*/*') || granted.has('<all_urls>')) out.add(p);
  }
  return [...out].sort();
}

type Unregister = () => Promise<void>;
let firefoxHandle: { unregister: Unregister } | null = null;

/**
 * Makes the browser inject our content script on exactly the user's granted sites. Chromium keeps dynamic
 * scripts across restarts (`persistAcrossSessions`); Firefox MV2 forgets them, so the background calls this on
 * every start.
 */
export async function syncUserSiteScripts(sites: readonly UserSite[]): Promise<string[]> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const matches = patternsToRegister(sites, granted);
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (scripting?.registerContentScripts) {
    const existing = await scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
    if (existing.length) await scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
    if (matches.length) {
      await scripting.registerContentScripts([
        {
          id: USER_SITES_SCRIPT_ID,
          matches,
          js: [CONTENT_SCRIPT_FILE],
          allFrames: true,
          runAt: 'document_idle',
          persistAcrossSessions: true,
        },
      ]);
    }
    return matches;
  }
  const cs = (
    browser as unknown as {
      contentScripts?: {
        register(o: { matches: string[]; js: { file: string }[]; allFrames: boolean; runAt: string }): Promise<{
          unregister: Unregister;
        }>;
      };
    }
  ).contentScripts;
  if (cs) {
    await firefoxHandle?.unregister();
    firefoxHandle = null;
    if (matches.length) {
      firefoxHandle = await cs.register({
        matches,
        js: [{ file: `/${CONTENT_SCRIPT_FILE}` }],
        allFrames: true,
        runAt: 'document_idle',
      });
    }
  }
  return matches;
}
