/**
 * Performance marks for `npm run bench` only. A content script shares the page's performance timeline, so a
 * mark named `tianbao:…` would tell any page that the extension is here: production builds leave none. The bench
 * builds with WXT_PERF_MARKS=1.
 */
const ON = import.meta.env.WXT_PERF_MARKS === '1';

export function perfMark(name: string): void {
  if (ON) performance.mark(name);
}

export function perfMeasure(name: string, start: string | number, end?: number): void {
  if (!ON) return;
  if (typeof start === 'string') performance.measure(name, start);
  else performance.measure(name, { start, end: end ?? performance.now() });
}
