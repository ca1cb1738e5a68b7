// Drives Debian's firefox-esr over WebDriver BiDi (puppeteer-core) with the built .output/firefox-mv2
// installed, and answers the platform hosts from the replica pages, as the Chromium e2e tests do.
// Playwright's Firefox would need Mozilla's patched build, which cannot be downloaded here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { fixtureFileFor, ROOT, TYPES } from '../../scripts/lib/replicas.mjs';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION_DIR = path.join(ROOT, process.env.TB_OUT ?? '.output', 'firefox-mv2');
const ADDON_ID = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'))
  .browser_specific_settings.gecko.id;
// Firefox gives each add-on a random internal UUID (its moz-extension:// host). This pref, read at install,
// fixes it, so the tests can address the extension's pages.
export const EXTENSION_UUID = '7a1c5e0d-3b2f-4c6a-9e8d-1f0b2a3c4d5e';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Firefox with the extension installed, in Chinese (firefox-esr-l10n-zh-cn), on a fresh profile. */
export async function launchFirefox() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tianbao-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    // BiDi refuses to navigate a tab to a moz-extension:// page unless the client may reach privileged
    // pages; the options page can't be opened any other way without clicking the toolbar.
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'intl.locale.requested': 'zh-CN',
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
    },
  });
  const id = await browser.installExtension(EXTENSION_DIR);
  if (id !== ADDON_ID) throw new Error(`installed ${id}, expected ${ADDON_ID}`);
  const close = async () => {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { browser, close };
}

/** Answers every http(s) request of the page from tests/fixtures/sites; nothing leaves the machine. */
export async function routeReplicas(page) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return request.continue();
    const file = fixtureFileFor(url);
    if (!file) return request.respond({ status: 404, contentType: TYPES['.txt'], body: 'not found' });
    return request.respond({
      status: 200,
      contentType: TYPES[path.extname(file)] ?? 'application/octet-stream',
      body: fs.readFileSync(file),
    });
  });
}

/** A new tab on a replica platform page. */
export async function openReplica(browser, url) {
  const page = await browser.newPage();
  await routeReplicas(page);
  await page.goto(url);
  return page;
}

/**
 * A new tab on one of the extension's pages. Puppeteer's goto waits for events that a switch into the
 * extension's process never sends here, so the tab is navigated with BiDi directly and waits for "complete".
 */
export async function openExtensionPage(browser, file) {
  const page = await browser.newPage();
  await page.mainFrame().browsingContext.navigate(`${EXTENSION_ORIGIN}/${file}`, 'complete');
  return page;
}

/**
 * Waits until `read()` returns a value `ok` accepts, and returns it; on timeout the error says what was last
 * seen, so a failing check explains itself.
 */
export async function until(what, read, ok, timeout = 10_000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch (e) {
      last = e instanceof Error ? `(${e.message})` : e;
    }
    if (Date.now() > end) throw new Error(`${what}: timed out after ${timeout} ms; last seen: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The text of the first element matching `selector`, looking through open shadow roots; null if none. */
export async function deepText(page, selector) {
  const el = await page.$(`>>> ${selector}`);
  if (!el) return null;
  try {
    return await el.evaluate((node) => node.textContent ?? '');
  } finally {
    await el.dispose();
  }
}

/** An attribute of the first element matching `selector` through open shadow roots; null if none. */
export async function deepAttribute(page, selector, name) {
  const el = await page.$(`>>> ${selector}`);
  if (!el) return null;
  try {
    return await el.evaluate((node, n) => node.getAttribute(n), name);
  } finally {
    await el.dispose();
  }
}

/** Clicks the first element matching `selector` through open shadow roots, once it is there. */
export async function deepClick(page, selector, timeout = 10_000) {
  const el = await page.waitForSelector(`>>> ${selector}`, { timeout });
  if (!el) throw new Error(`no ${selector}`);
  await el.click();
  await el.dispose();
}
