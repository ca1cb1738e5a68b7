import type { Page } from '@playwright/test';
import { expect, judgeOn, popupFor, test } from './fixtures';

const APPLY = 'https://nzws.drce.com.cn/apply.html';
const item = (popup: Page, id: string) => popup.locator(`[data-testid="checklist-item"][data-id="${id}"]`);

test('an open popup follows the page as it changes: no reload, no asking the page again', async ({
  context,
  extensionId,
}) => {
  await judgeOn(context, extensionId, '2022-09-20');
  const page = await context.newPage();
  await page.goto(APPLY);
  await expect(page.getByTestId('problem-count')).toHaveText(/^\d+$/);

  const popup = await popupFor(context, extensionId, APPLY);
  await expect(popup.getByTestId('popup-platform')).toContainText('能者为师');
  await expect(item(popup, 'problems')).toHaveAttribute('data-state', 'done');
  await expect(item(popup, 'problems')).toContainText('已完成');
  await expect(popup.getByTestId('ready')).toHaveText('还有 4 项未完成。');
  // From now on, every question the popup itself sends to a tab is counted (the popup asked its tab every second
  // before it was told of changes). The count lives in this document: a reload would lose it.
  await popup.evaluate(() => {
    const w = window as unknown as { asked: number; chrome: { tabs: { sendMessage(...a: unknown[]): unknown } } };
    w.asked = 0;
    const send = w.chrome.tabs.sendMessage.bind(w.chrome.tabs);
    w.chrome.tabs.sendMessage = (...a: unknown[]) => {
      w.asked++;
      return send(...a);
    };
  });
  const asked = () => popup.evaluate(() => (window as unknown as { asked?: number }).asked);

  // The user types a wrong 手机 on the page; the popup stays open behind it.
  await page.bringToFront();
  await page.locator('#fld_e284').fill('12345');
  await expect(item(popup, 'problems')).toHaveAttribute('data-state', 'fail');
  await expect(item(popup, 'problems')).toContainText('未通过');
  await expect(item(popup, 'problems')).toContainText('手机');
  await expect(popup.getByTestId('ready')).toHaveText('还有 5 项未完成。');
  // Corrected: 手机 leaves the popup's list (the started form still needs its 省级 opinion).
  await page.locator('#fld_e284').fill('13601198336');
  await expect(item(popup, 'problems')).not.toContainText('手机');
  await expect(item(popup, 'problems')).toContainText('省级教育行政部门意见');
  // Two seconds more with the popup open: it asks no tab anything, it is told.
  await popup.waitForTimeout(2_000);
  expect(await asked()).toBe(0);

  // The tab goes to a page that is no platform's: the popup says so, and shows the overview.
  await page.goto('https://example.org/');
  await expect(popup.getByTestId('popup-platform')).toHaveText(/当前页面不是已知的填报平台。/);
  await expect(popup.getByTestId('popup-overview')).toBeVisible();
  await expect(popup.getByTestId('checklist')).toHaveCount(0);
  // And back to the form: the platform and its checklist come back, in the same popup.
  await page.goto(APPLY);
  await expect(popup.getByTestId('popup-platform')).toContainText('能者为师');
  await expect(item(popup, 'problems')).toHaveAttribute('data-state', 'done');
  expect(await asked()).toBe(0);
});
