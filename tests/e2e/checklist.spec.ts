import type { BrowserContext, Page } from '@playwright/test';
import { expect, judgeOn, test } from './fixtures';

const APPLY = 'https://nzws.drce.com.cn/apply.html';

/** The popup for a tab, opened as a page (a toolbar popup can't be clicked open in headless Chromium). */
async function popupFor(context: BrowserContext, extensionId: string, url: string): Promise<Page> {
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

const item = (popup: Page, id: string) => popup.locator(`[data-testid="checklist-item"][data-id="${id}"]`);

test('the checklist fails on a bad value, and is ready once values are fixed and the manual steps ticked', async ({
  context,
  extensionId,
}) => {
  // Inside the 能者为师 window (2022 年 9 月 12 日至 30 日).
  await judgeOn(context, extensionId, '2022-09-20');
  const page = await context.newPage();
  await page.goto(APPLY);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  await page.locator('#fld_e284').fill('12345'); // 手机: not a mobile number

  const popup = await popupFor(context, extensionId, APPLY);
  await expect(popup.getByTestId('popup-platform')).toContainText('能者为师');
  await expect(item(popup, 'problems')).toHaveAttribute('data-state', 'fail');
  await expect(item(popup, 'deadline')).toHaveAttribute('data-state', 'done');
  await expect(item(popup, 'deadline')).toContainText('2022-09-30');
  await expect(popup.getByTestId('ready')).toHaveAttribute('data-ready', 'false');
  // The manual steps the notice asks for.
  await expect(popup.locator('[data-testid="checklist-item"][data-id^="manual-"]')).toHaveCount(3);
  await expect(popup.getByTestId('checklist')).toContainText('加盖省级教育行政主管部门公章');

  await page.bringToFront();
  await page.locator('#fld_e284').fill('13601198336');
  await page.locator('#fld_cbd2').fill('同意申报'); // 省级教育行政部门意见 (required by the 备注)
  await popup.bringToFront();
  await expect(item(popup, 'problems')).toHaveAttribute('data-state', 'done');
  await expect(item(popup, 'required')).toHaveAttribute('data-state', 'done');
  await expect(item(popup, 'draft')).toHaveAttribute('data-state', 'done');
  await expect(popup.getByTestId('ready')).toHaveAttribute('data-ready', 'false');
  for (const tick of await popup.getByTestId('checklist-tick').all()) await tick.check();
  await expect(popup.getByTestId('ready')).toHaveAttribute('data-ready', 'true');

  // Ticks are kept for this requirement and period.
  await popup.reload();
  await expect(popup.getByTestId('ready')).toHaveAttribute('data-ready', 'true');
});

test('an overdue deadline fails the checklist', async ({ context, extensionId }) => {
  await judgeOn(context, extensionId, '2022-10-05');
  const page = await context.newPage();
  await page.goto(APPLY);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  const popup = await popupFor(context, extensionId, APPLY);
  await expect(item(popup, 'deadline')).toHaveAttribute('data-state', 'fail');
  await expect(item(popup, 'deadline')).toContainText('已过');
});

test('the submit guard shows what is missing, and lets the user go back or go on', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(APPLY);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  await page.locator('#fld_e284').fill('12345');
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  await page.getByRole('button', { name: '提交' }).click();
  const guard = page.getByTestId('submit-guard');
  await expect(guard).toBeVisible();
  await expect(guard.getByTestId('guard-item').first()).toContainText('校验问题');
  await expect(guard).toContainText('待办：加盖省级教育行政主管部门公章');
  expect(dialogs).toEqual([]); // the page's own handler has not run

  await guard.getByTestId('guard-back').click();
  await expect(guard).toHaveCount(0);
  await expect(page.getByRole('button', { name: '提交' })).toBeFocused();

  await page.getByRole('button', { name: '提交' }).click();
  await page.getByTestId('guard-continue').click();
  await expect.poll(() => dialogs.length).toBe(1); // the click went through to the page
  // The 保存 button is not a submission: no guard.
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('submit-guard')).toHaveCount(0);
});

test('the language switch shows the extension pages in English', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('h1')).toHaveText('填报助手 · 设置');
  await options.getByTestId('ui-locale').selectOption('en');
  await expect(options.locator('h1')).toHaveText('Tianbao · Settings');
  await expect(options.getByTestId('sites-section')).toContainText('Self-hosted platform sites');
  await expect(options.locator('html')).toHaveAttribute('lang', 'en');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('popup-overview')).toContainText('All tasks and deadlines');
  await options.getByTestId('ui-locale').selectOption('zh_CN');
  await expect(options.locator('h1')).toHaveText('填报助手 · 设置');
});

test('the dashboard shows the deadline timeline, and following from it lists the requirement', async ({
  context,
  extensionId,
}) => {
  await judgeOn(context, extensionId, '2026-11-24');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const entry = options.locator(
    '[data-testid="timeline-entry"][data-date="2026-12-15"][data-id="s003-jzcth-2023-20-3-2"]',
  );
  await expect(entry).toContainText('每年12月15日前');
  await expect(options.locator('[data-testid="timeline-entry"][data-date="2025-12-15"]').first()).toBeVisible();
  await entry.getByRole('button', { name: '提醒我' }).click();
  await expect(options.locator('[data-testid="followed-item"][data-id="s003-jzcth-2023-20-3-2"]')).toBeVisible();
  // Keyboard: the unfollow button is reachable and works with Enter.
  await options.locator('[data-testid="followed-item"]').getByRole('button').focus();
  await options.keyboard.press('Enter');
  await expect(options.getByTestId('followed-item')).toHaveCount(0);
});

test('at 200% zoom (half the CSS width) the dashboard and the overlay fit without sideways scrolling', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.setViewportSize({ width: 640, height: 430 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('timeline')).toBeVisible();
  expect(await options.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
  const page = await context.newPage();
  await page.setViewportSize({ width: 640, height: 430 });
  await page.goto('https://nzws.drce.com.cn/apply.html');
  const panel = await page.getByTestId('overlay-panel').boundingBox();
  expect((panel?.x ?? 0) + (panel?.width ?? 9999)).toBeLessThanOrEqual(640);
  expect(panel?.height ?? 9999).toBeLessThanOrEqual(430);
});
