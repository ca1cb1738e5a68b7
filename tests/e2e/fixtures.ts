import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, test as base, expect, type Page } from '@playwright/test';
import { extensionIdOf, grantHostAccess, launchWithExtension } from '../../scripts/lib/replicas.mjs';

export { expect, extensionIdOf, grantHostAccess, launchWithExtension };

export const test = base.extend<{ userDataDir: string; context: BrowserContext; extensionId: string }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
  userDataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tianbao-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ userDataDir }, use) => {
    const context = await launchWithExtension(userDataDir);
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
});

/** Adds a self-hosted site the way a user does: grant the host, then add it in our options page. */
export async function addUserSite(
  context: BrowserContext,
  extensionId: string,
  host: string,
  platformLabel: string,
): Promise<Page> {
  await grantHostAccess(context, extensionId, host);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('site-host').fill(host);
  await options.getByTestId('site-platform').selectOption({ label: platformLabel });
  await options.getByTestId('site-add').click();
  return options;
}

/** Fixes the day the extension judges deadlines on, through its options page (a page clock can't reach it). */
export async function judgeOn(context: BrowserContext, extensionId: string, day: string): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('preview-date').fill(day);
  await expect(options.getByTestId('preview-status')).toContainText(day);
  await options.close();
}

/**
 * Opens the overlay's panel as a user does, by its pill (the panel starts as a pill so it never covers the form).
 * `diagnostics` also opens 识别详情 (recognised fields, 指定字段).
 */
export async function openPanel(page: Page, { diagnostics = false } = {}): Promise<void> {
  const toggle = page.getByTestId('overlay-toggle');
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  if (diagnostics) {
    const details = page.getByTestId('diagnostics-toggle');
    if ((await details.getAttribute('aria-expanded')) === 'false') await details.click();
    await expect(details).toHaveAttribute('aria-expanded', 'true');
  }
}

/**
 * Waits until the panel's draft status says the draft was saved at or after `since` (a `Date.now()` taken before
 * the last edit): what a user reads as "my last edit is in the draft". Replaces fixed waits before a reload.
 */
export async function draftSavedSince(page: Page, since: number): Promise<void> {
  const status = page.getByTestId('draft-status');
  await expect(status).toContainText(/\d/);
  await expect
    .poll(async () => Number((await status.getAttribute('data-saved-at')) || 0), { timeout: 15_000 })
    .toBeGreaterThanOrEqual(since);
}

/** The popup for a tab, opened as a page (a toolbar popup can't be clicked open in headless Chromium). */
export async function popupFor(context: BrowserContext, extensionId: string, url: string): Promise<Page> {
  const [sw] = context.serviceWorkers();
  const tabId = await sw?.evaluate(async (u) => {
    const ext = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } })
      .chrome;
    return (await ext.tabs.query({ url: u }))[0]?.id;
  }, url);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}
