import { expect, openPanel, test } from './fixtures';

const APPLY = 'https://nzws.drce.com.cn/apply.html';

// The reminder's timer runs in the content script's isolated world, which a page's fake clock (page.clock) does not
// reach; the fake-clock test is tests/unit/save-reminder.test.ts. Here the real clock runs with the shortest setting.
test('the save reminder: set in the dashboard, shown after the minutes of unsaved typing, gone on a click of 保存', async ({
  context,
  extensionId,
}) => {
  test.slow();
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const minutes = options.getByTestId('save-reminder-minutes');
  await expect(minutes).toHaveValue('20');
  // Bad input is refused in words, and changes nothing.
  for (const bad of ['500', '-1', '2.5']) {
    await minutes.fill(bad);
    await minutes.press('Enter');
    await expect(options.getByTestId('save-reminder-status')).toHaveText(
      '请填写 0 到 240 之间的整数分钟数，未作更改。',
    );
    await expect(minutes).toHaveValue('20');
  }
  await minutes.fill('1');
  await minutes.press('Enter');
  await expect(options.getByTestId('save-reminder-status')).toHaveText('已保存：1 分钟');
  await options.reload();
  await expect(options.getByTestId('save-reminder-minutes')).toHaveValue('1');

  const page = await context.newPage();
  page.on('dialog', (d) => void d.dismiss());
  await page.goto(APPLY);
  await expect(page.getByTestId('problem-count')).toHaveText(/^\d+$/);
  await page.locator('#fld_957b').fill('社区老年人智能手机课堂'); // 项目名称
  const words = '已有 1 分钟未保存到平台，平台会话可能过期；草稿已在本机保存';
  // Seen while the overlay is still its pill: a quiet note at the bottom of the page.
  const note = page.locator('tianbao-hints').getByTestId('save-reminder-note');
  await expect(note).toHaveCount(0);
  await expect(note).toHaveText(words, { timeout: 75_000 });
  await expect(note).toHaveAttribute('role', 'status');
  // The panel says it too.
  await openPanel(page);
  const reminder = page.getByTestId('save-reminder');
  await expect(reminder).toHaveText(words);
  // The user saves on the platform: the reminder goes; the page's own button did its own work.
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(reminder).toHaveCount(0);
  await expect(note).toHaveCount(0);
  await expect(page.locator('#fld_957b')).toHaveValue('社区老年人智能手机课堂');
});
