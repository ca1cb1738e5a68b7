import { defineContentScript } from 'wxt/utils/define-content-script';
import { startFields } from './start';

// Not in the manifest: the background injects it into a platform page's top frame once the overlay is up, so the
// field engine's weight never delays the page or the overlay (utils/background/inject.ts).
export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main: (ctx) => startFields(ctx),
});
