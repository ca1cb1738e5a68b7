// Prints the built content script's size and fails when it passes its budget (issue #2: at most 60 kB minified).
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(import.meta.dirname, '..');
export const CONTENT_BUDGET = 60 * 1024;

export function contentScriptSize(target = 'chrome-mv3') {
  const file = path.join(ROOT, '.output', target, 'content-scripts/platform.js');
  const buf = fs.readFileSync(file);
  return { file, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let failed = false;
  for (const target of ['chrome-mv3', 'firefox-mv2']) {
    if (!fs.existsSync(path.join(ROOT, '.output', target))) continue;
    const { bytes, gzip } = contentScriptSize(target);
    const ok = bytes <= CONTENT_BUDGET;
    failed ||= !ok;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${target} content-scripts/platform.js ${bytes} B (${(bytes / 1024).toFixed(1)} kB, gzip ${gzip} B), budget ${CONTENT_BUDGET} B`,
    );
  }
  process.exit(failed ? 1 : 0);
}
