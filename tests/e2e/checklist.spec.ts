import type { Page } from '@playwright/test';
import { expect, judgeOn, popupFor, test } from './fixtures';

const APPLY = 'https://nzws.drce.com.cn/apply.html';

const item = (popup: Page, id: string) => popup.locator(`[data-testid="checklist-item"][data-id="${id}"]`);

/** The field engine has read the page (its problem count is there, shown or in the collapsed panel). */
const engineRead = (page: Page) => expect(page.getByTestId('problem-count')).toHaveText(/^\d+$/);

test('the checklist says each automatic item in words, counts the starred fields as required, and is ready once all is done', async ({
  context,
  extensionId,
}) => {
  // Inside the 能者为师 window (2022 年 9 月 12 日至 30 日).
  await judgeOn(context, extensionId, '2022-09-20');
  const page = await context.newPage();
  await page.goto(APPLY);
  await engineRead(page);

  const popup = await popupFor(context, extensionId, APPLY);
  await expect(popup.getByTestId('popup-platform')).toContainText('能者为师');
  await expect(popup.getByTestId('checklist-serves')).toHaveText(
    '本页对应：社区教育“能者为师”特色课程推介共享行动第三批实践创新项目申报',
  );
  // Every automatic item has its words, the state first for a screen reader.
  await expect(item(popup, 'problems')).toHaveText(/^✓\s*已完成：\s*没有错误，每个警告都已核实并填写说明$/);
  await expect(item(popup, 'deadline')).toHaveText(/^✓\s*已完成：\s*未超过截止日期\s*截止日期 2022-09-30$/);
  await expect(item(popup, 'draft')).toHaveText(/^✓\s*已完成：\s*草稿已保存$/);
  // Five fields of the page carry a red *, and the annex requires the 省级 opinion: six, named.
  await expect(item(popup, 'required')).toHaveAttribute('data-state', 'todo');
  await expect(item(popup, 'required')).toHaveText(
    /^○\s*待完成：\s*必填项已填写\s*6 个必填项未填\s*申报单位、项目名称、主题\(10个行动主题选其中之一\)、省级教育行政部门意见、联系人…$/,
  );
  // The manual steps the notice asks for.
  await expect(popup.locator('[data-testid="checklist-item"][data-id^="manual-"]')).toHaveCount(3);
  await expect(popup.getByTestId('checklist')).toContainText('加盖省级教育行政主管部门公章');
  await expect(popup.getByTestId('ready')).toHaveText('还有 4 项未完成。');

  await page.bringToFront();
  await page.locator('#fld_e284').fill('12345'); // 手机: not a mobile number
  await popup.bringToFront();
  // The form is started, so the 省级 opinion is a problem now (必填), and counted there only.
  await expect(item(popup, 'problems')).toHaveText(
    /^✗\s*未通过：\s*没有错误，每个警告都已核实并填写说明\s*还有 2 处必须修改\s*必须修改：手机、省级教育行政部门意见$/,
  );
  await expect(item(popup, 'required')).toContainText('5 个必填项未填');
  await expect(popup.getByTestId('ready')).toHaveAttribute('data-ready', 'false');

  await page.bringToFront();
  await page.locator('#fld_e284').fill('13601198336');
  await page.locator('#fld_cbd2').fill('同意申报'); // 省级教育行政部门意见 (required by the 备注)
  await page.locator('#fld_b63a').fill('江北省青川市社区学院'); // *申报单位
  await page.locator('#fld_957b').fill('社区老年人智能手机课堂'); // *项目名称
  await page.locator('#fld_6240').selectOption('科学素质'); // *主题
  await page.locator('#fld_76b6').fill('王老师'); // *联系人
  await page.locator('#fld_7315').fill('010-66096478'); // *联系电话
  await popup.bringToFront();
  await expect(item(popup, 'problems')).toHaveAttribute('data-state', 'done');
  await expect(item(popup, 'required')).toHaveText(/^✓\s*已完成：\s*必填项已填写$/);
  await expect(item(popup, 'draft')).toHaveAttribute('data-state', 'done');
  await expect(popup.getByTestId('ready')).toHaveText('还有 3 项未完成。');
  for (const tick of await popup.getByTestId('checklist-tick').all()) await tick.check();
  await expect(popup.getByTestId('ready')).toHaveAttribute('data-ready', 'true');
  await expect(popup.getByTestId('ready')).toHaveText('全部完成，可以提交。');

  // Ticks are kept for this requirement and period.
  await popup.reload();
  await expect(popup.getByTestId('ready')).toHaveAttribute('data-ready', 'true');
});

test('an overdue deadline fails the checklist', async ({ context, extensionId }) => {
  await judgeOn(context, extensionId, '2022-10-05');
  const page = await context.newPage();
  await page.goto(APPLY);
  await engineRead(page);
  const popup = await popupFor(context, extensionId, APPLY);
  await expect(item(popup, 'deadline')).toHaveAttribute('data-state', 'fail');
  await expect(item(popup, 'deadline')).toHaveText(/^✗\s*未通过：\s*未超过截止日期\s*截止日期 2022-09-30 已过$/);
});

test('with only past requirements, the popup and the guard say no task is active and list no past steps', async ({
  context,
  extensionId,
}) => {
  // Years after 能者为师's 2022 call: its requirement is history.
  await judgeOn(context, extensionId, '2026-03-01');
  const page = await context.newPage();
  await page.goto(APPLY);
  await engineRead(page);
  const popup = await popupFor(context, extensionId, APPLY);
  await expect(popup.getByTestId('checklist-serves')).toHaveText(
    '本平台现在没有进行中的填报任务，往年的任务不计入检查。',
  );
  await expect(item(popup, 'deadline')).toHaveCount(0);
  await expect(popup.locator('[data-testid="checklist-item"][data-id^="manual-"]')).toHaveCount(0);
  await expect(popup.getByTestId('checklist')).not.toContainText('2022');

  await page.bringToFront();
  await page.locator('#fld_e284').fill('12345');
  await page.getByRole('button', { name: '提交' }).click();
  const guard = page.getByTestId('submit-guard');
  await expect(guard).toBeVisible();
  await expect(guard.getByTestId('guard-note')).toHaveText('本平台现在没有进行中的填报任务，往年的任务不计入检查。');
  await expect(guard.getByTestId('guard-item')).toHaveCount(2);
  await expect(guard).not.toContainText('待办');
  await expect(guard).not.toContainText('2022');
});

test('panel, popup and guard give the same counts, list a problem once, and the guard goes to the field', async ({
  context,
  extensionId,
}) => {
  await judgeOn(context, extensionId, '2022-09-20');
  const page = await context.newPage();
  await page.goto(APPLY);
  await engineRead(page);
  await page.locator('#fld_e284').fill('12345'); // 手机
  await page.locator('#fld_8785').fill('2023-05-01'); // 开始时间
  await page.locator('#fld_6f85').fill('2023-04-01'); // 结束时间: before the start (two rules see it)
  await page.locator('#fld_0d7f').fill('目'.repeat(201)); // 三、项目目的 (200 字以内)
  // 手机, 结束时间 (once), 项目目的, and the 省级 opinion the started form requires.
  await expect(page.getByTestId('problem-count')).toHaveText('4');
  await expect(page.locator('[data-testid="problem"][data-field="结束时间"]')).toHaveCount(1);

  const popup = await popupFor(context, extensionId, APPLY);
  await expect(item(popup, 'problems')).toContainText('还有 4 处必须修改');
  await expect(item(popup, 'required')).toContainText('5 个必填项未填');
  // Open: the problems, the required fields, three manual steps.
  await expect(popup.getByTestId('ready')).toHaveText('还有 5 项未完成。');

  await page.bringToFront();
  await page.getByRole('button', { name: '提交' }).click();
  const guard = page.getByTestId('submit-guard');
  await expect(guard.getByRole('heading')).toHaveText('提交前还有 5 项未完成');
  await expect(guard.getByTestId('guard-item')).toHaveCount(5);
  await expect(guard.getByTestId('guard-item').nth(0)).toContainText('必须修改：4 处错误');
  await expect(guard.getByTestId('guard-item').nth(1)).toContainText('5 个必填项未填');
  await expect(guard.getByTestId('guard-item').nth(2)).toContainText('待办：');
  await guard.getByRole('button', { name: /^去修改：手机、/ }).click();
  await expect(guard).toHaveCount(0);
  await expect(page.locator('#fld_e284')).toBeFocused();
});

test('the submit guard shows what is missing, and lets the user go back or go on', async ({ context, extensionId }) => {
  await judgeOn(context, extensionId, '2022-09-20');
  const page = await context.newPage();
  await page.goto(APPLY);
  await engineRead(page);
  await page.locator('#fld_e284').fill('12345');
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  await page.getByRole('button', { name: '提交' }).click();
  const guard = page.getByTestId('submit-guard');
  await expect(guard).toBeVisible();
  await expect(guard.getByTestId('guard-item').first()).toContainText('必须修改：2 处错误');
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

test('in English, the checklist speaks in words and counts in the singular and plural', async ({
  context,
  extensionId,
}) => {
  await judgeOn(context, extensionId, '2022-09-20');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('ui-locale').selectOption('en');
  await expect(options.locator('h1')).toHaveText('Tianbao · Settings');
  const page = await context.newPage();
  await page.goto(APPLY);
  await engineRead(page);
  await page.locator('#fld_e284').fill('12345'); // 手机, which also starts the form: the 省级 opinion is now due
  await page.locator('#fld_cbd2').fill('同意申报');
  const popup = await popupFor(context, extensionId, APPLY);
  await expect(item(popup, 'problems')).toHaveText(
    /^✗\s*Failed:\s*No errors, every warning explained\s*1 error must be fixed\s*Must fix: 手机$/,
  );
  await expect(item(popup, 'required')).toHaveText(
    /^○\s*To do:\s*Required fields filled\s*5 required fields are empty\s*申报单位, 项目名称, /,
  );
  await expect(item(popup, 'deadline')).toHaveText(/^✓\s*Done:\s*Deadline not passed\s*Deadline 2022-09-30$/);
  await expect(popup.getByTestId('ready')).toHaveText('5 items left.');
  await options.getByTestId('ui-locale').selectOption('zh_CN');
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
