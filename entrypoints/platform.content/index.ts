import { defineContentScript } from 'wxt/utils/define-content-script';
import { publishSharedLibs } from '@/utils/content/shared-libs';
import { knownHostPatterns } from '@/utils/platforms/match';
import { startOnPage } from './start';

// Injected by the manifest on the known platform hosts, and by `scripting.registerContentScripts` on the hosts
// the user adds (see utils/platforms/site-scripts.ts). Everything it does lives in ./start.
export default defineContentScript({
  matches: knownHostPatterns(),
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT's `content-script-started` postMessage would tell every page our extension id.
  noScriptStartedPostMessage: true,
  main: (ctx) => {
    // Before anything else: the field engine, injected later into this frame, renders with this script's Preact.
    publishSharedLibs();
    return startOnPage(ctx);
  },
});
