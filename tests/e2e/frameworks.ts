// Shared by the UI-framework specs (frameworks-*.spec.ts): each replica page prints its framework's model in a
// <pre id="model">, and the panel lists what the engine recognised.
import type { Locator, Page } from '@playwright/test';
import { expect, openPanel } from './fixtures';

export { popupFor } from './fixtures';

/** The page's own model (the bound data it prints), not the DOM. */
export async function model(page: Page): Promise<Record<string, unknown>> {
  return JSON.parse((await page.locator('#model').textContent()) ?? '{}');
}

export const problem = (page: Page, field: string) => page.locator(`[data-testid="problem"][data-field="${field}"]`);

/** Our inline hint beside a field (by its id: the label, for a form item's field). */
export const hint = (page: Page, fieldId: string) =>
  page.locator(`[data-testid="field-hint"][data-field="${fieldId}"]`);

/** The labels the engine recognised, as the panel's diagnostics list them. */
export async function recognisedLabels(page: Page): Promise<string[]> {
  await openPanel(page, { diagnostics: true });
  const toggle = page.getByTestId('fields-toggle');
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  return page.getByTestId('recognised-field').evaluateAll((els) => els.map((e) => e.getAttribute('data-label') ?? ''));
}

/**
 * Types both ends of a range picker as a user does and confirms with Enter (Ant Design's picker takes each end on
 * its own Enter: `enterEach`), then clicks away on the page's heading.
 */
export async function typeRange(range: Locator, start: string, end: string, { enterEach = false } = {}) {
  const inputs = range.locator('input');
  await inputs.nth(0).click();
  await inputs.nth(0).fill(start);
  if (enterEach) await inputs.nth(0).press('Enter');
  else await inputs.nth(1).click();
  await inputs.nth(1).fill(end);
  await inputs.nth(1).press('Enter');
  await range.page().locator('h3').first().click();
}

/**
 * Opens a cascader by its trigger and clicks its path level by level, as a user does (`node`: the framework's menu
 * item, e.g. `.ant-cascader-menu-item`, `.el-cascader-node`), once no other cascader's popup is showing.
 */
export async function pickCascade(trigger: Locator, node: string, path: readonly string[]): Promise<void> {
  const items = trigger.page().locator(`${node}:visible`);
  // Another cascader's popup still closing would offer the same places.
  await expect(items).toHaveCount(0);
  await trigger.click();
  for (const place of path) await items.filter({ hasText: place }).click();
}

/** The user chooses the upload's file again (on the page, brought to the front); the model lists it. */
export async function chooseFileAgain(page: Page, upload: Locator): Promise<void> {
  await page.bringToFront();
  await upload
    .locator('input[type="file"]')
    .setInputFiles({ name: '申报书（盖章）.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n') });
  await expect.poll(async () => (await model(page)).files).toEqual(['申报书（盖章）.pdf']);
}
