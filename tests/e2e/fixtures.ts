import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, test as base, chromium } from '@playwright/test';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXTENSION_PATH = path.join(ROOT, '.output/chrome-mv3');
export const SITES_DIR = path.join(ROOT, 'tests/fixtures/sites');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** The replica file for a URL: tests/fixtures/sites/<host without port>/<path>, `/` → index.html. */
export function fixtureFileFor(url: URL): string | null {
  const host = url.hostname.toLowerCase();
  let rel = decodeURIComponent(url.pathname);
  if (rel.endsWith('/')) rel += 'index.html';
  const file = path.normalize(path.join(SITES_DIR, host, rel));
  if (!file.startsWith(path.join(SITES_DIR, host) + path.sep)) return null;
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}

/**
 * Answers every http(s) request of the context from the replica pages, so the real platform hosts (unreachable
 * here) are exercised by their real names over https, and nothing leaves the machine.
 */
export async function routeSites(context: BrowserContext, extra: Record<string, string> = {}): Promise<void> {
  await context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    const key = `${url.host}${url.pathname}`;
    if (key in extra) {
      return route.fulfill({ status: 200, contentType: TYPES['.html'], body: extra[key] });
    }
    const file = fixtureFileFor(url);
    if (!file) return route.fulfill({ status: 404, contentType: TYPES['.txt'], body: 'not found' });
    return route.fulfill({
      status: 200,
      contentType: TYPES[path.extname(file)] ?? 'application/octet-stream',
      body: fs.readFileSync(file),
    });
  });
}

export function chromiumArgs(extensionPath = EXTENSION_PATH): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-quic',
    '--no-first-run',
    '--disable-sync',
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
  ];
}

export async function launch(userDataDir: string, opts: { headless?: boolean } = {}): Promise<BrowserContext> {
  if (!fs.existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) {
    throw new Error(`No build at ${EXTENSION_PATH}: run \`npm run build\` first.`);
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: opts.headless ?? true,
    locale: 'zh-CN',
    args: chromiumArgs(),
  });
  await routeSites(context);
  return context;
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker');
  return new URL(sw.url()).host;
}

export const test = base.extend<{ userDataDir: string; context: BrowserContext; extensionId: string }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
  userDataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tianbao-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ userDataDir }, use) => {
    const context = await launch(userDataDir);
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
});

export { expect } from '@playwright/test';
