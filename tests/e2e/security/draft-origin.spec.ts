// Issue #10: a draft belongs to the origin (scheme, host, port) it was typed on. A plain-http copy of the page, the
// same path on another port, or another host of the same platform must not be offered (or shown) what the user
// typed elsewhere: a network attacker can serve any http page, and any page on another port is another site.
import type { Page } from '@playwright/test';
import { expect, openPanel, test } from '../fixtures';
import { APPLY, PHONE, PROJECT, readablePage, savedAfter, UNIT } from './helpers';

/**
 * The user types on `page` and the save is shown. Used as the sync point on the page under test: the draft lookup
 * the engine makes when it scans the form answers long before a later save does, so once this returns, an offer
 * that was going to appear has appeared.
 */
async function typeAndWaitSaved(page: Page, selector: string, value: string): Promise<void> {
  const before = Date.now();
  await page.locator(selector).fill(value);
  await savedAfter(page, before);
}

for (const other of ['http://nzws.drce.com.cn/apply.html', 'https://nzws.drce.com.cn:8443/apply.html']) {
  test(`a draft typed on ${APPLY} is not offered on ${other}; on its own origin it is`, async ({ context }) => {
    const page = await context.newPage();
    await page.goto(APPLY);
    await openPanel(page);
    await expect(page.getByTestId('draft-status')).toBeVisible();
    await page.locator(UNIT).fill('只在https上输入的单位');
    await typeAndWaitSaved(page, PROJECT, '只在https上输入的项目');

    const elsewhere = await context.newPage();
    await elsewhere.goto(other);
    await expect(elsewhere.getByTestId('fields-summary')).toContainText('附件2');
    await typeAndWaitSaved(elsewhere, PHONE, '13601198336');
    await expect(elsewhere.getByTestId('restore-offer')).toHaveCount(0);
    const readable = await readablePage(elsewhere);
    expect(readable).not.toContain('只在https上输入的单位');
    expect(readable).not.toContain('只在https上输入的项目');

    // The origin it was typed on still gets it back (so the checks above can only pass for the right reason).
    await page.reload();
    await openPanel(page);
    await expect(page.getByTestId('restore-offer')).toBeVisible();
    await page.getByTestId('restore-draft').click();
    await expect(page.locator(UNIT)).toHaveValue('只在https上输入的单位');
    await expect(page.locator(PROJECT)).toHaveValue('只在https上输入的项目');
  });
}

test('a form typed on one host of the 双高 platform is not offered on its other host', async ({ context }) => {
  // The same form (tests/fixtures/sites/<host>/contact.html, identical labels) on both hosts of one platform.
  const school = (p: Page) => p.locator('#c_41a9'); // 学校名称
  const filler = (p: Page) => p.locator('#c_7d02'); // 填报人
  const page = await context.newPage();
  await page.goto('https://sg.chinaeducloud.com/contact.html');
  await openPanel(page);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  await school(page).fill('青川职业技术学院');
  const before = Date.now();
  await filler(page).fill('只在旧平台输入的王老师');
  await savedAfter(page, before);

  const other = await context.newPage();
  await other.goto('https://sg.cutech.edu.cn/contact.html');
  await openPanel(other, { diagnostics: true });
  await expect(other.getByTestId('fields-summary')).toBeVisible();
  const t = Date.now();
  await other
    .locator('#c_0c5f') /* 电子邮箱 */
    .fill('wang@example.edu.cn');
  await savedAfter(other, t);
  await expect(other.getByTestId('restore-offer')).toHaveCount(0);
  await expect(school(other)).toHaveValue('');
  const readable = await readablePage(other);
  expect(readable).not.toContain('青川职业技术学院');
  expect(readable).not.toContain('只在旧平台输入的王老师');

  await page.reload();
  await openPanel(page);
  await expect(page.getByTestId('restore-offer')).toBeVisible();
  await page.getByTestId('restore-draft').click();
  await expect(filler(page)).toHaveValue('只在旧平台输入的王老师');
});

test('the user moves a draft from the old 双高 host to the new one in the dashboard; it is offered there', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto('https://sg.chinaeducloud.com/contact.html');
  await openPanel(page);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  const before = Date.now();
  await page.locator('#c_7d02').fill('搬到新平台的王老师'); // 填报人
  await page.locator('#c_7d02').blur();
  await savedAfter(page, before);
  // The old platform's tab is closed (an open tab keeps saving what it shows, to its own origin).
  await page.close();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const item = options.getByTestId('draft-item').filter({ hasText: 'https://sg.chinaeducloud.com' });
  await expect(item.getByTestId('draft-origin')).toHaveText('网址：https://sg.chinaeducloud.com');
  await item.getByRole('combobox', { name: '移到另一网址：' }).selectOption('https://sg.cutech.edu.cn');
  await item.getByRole('button', { name: '移动草稿' }).click();
  await expect(options.getByTestId('drafts-status')).toContainText('草稿已移到 https://sg.cutech.edu.cn');
  await expect(options.getByTestId('draft-origin')).toHaveText('网址：https://sg.cutech.edu.cn');

  const moved = await context.newPage();
  await moved.goto('https://sg.cutech.edu.cn/contact.html');
  await openPanel(moved);
  await expect(moved.getByTestId('restore-offer')).toBeVisible();
  await moved.getByTestId('restore-draft').click();
  await expect(moved.locator('#c_7d02')).toHaveValue('搬到新平台的王老师');
  // And the old host no longer has it: the same form there offers nothing once the user has typed and saved.
  const old = await context.newPage();
  await old.goto('https://sg.chinaeducloud.com/contact.html');
  const t = Date.now();
  await old.locator('#c_0c5f').fill('wang@example.edu.cn'); // 电子邮箱
  await savedAfter(old, t);
  await expect(old.getByTestId('restore-offer')).toHaveCount(0);
  await expect(old.locator('#c_7d02')).toHaveValue('');
});
