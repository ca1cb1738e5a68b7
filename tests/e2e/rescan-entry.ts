// Built for the page by tests/e2e/rescan.spec.ts: the rescan check, on a framework replica rendered in Chromium.
export { checkRescans } from '../unit/rescan-check';
