// Build-time variables of our own, beside WXT's generated ones (.wxt/types/globals.d.ts).
interface ImportMetaEnv {
  /** '1' in `npm run bench` builds: content scripts leave performance marks (utils/content/perf.ts). */
  readonly WXT_PERF_MARKS?: string;
}
