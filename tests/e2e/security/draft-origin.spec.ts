// Issue #10: a draft belongs to the origin (scheme, host, port) it was typed on. A plain-http copy of the page, the
// same path on another port, or another host of the same platform must not be offered (or shown) what the user
// typed elsewhere: a network attacker can serve any http page, and any page on another port is another site.
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
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
  await expect(page.getByTestId('draft-status')).toBeVisible();
  await school(page).fill('青川职业技术学院');
  const before = Date.now();
  await filler(page).fill('只在旧平台输入的王老师');
  await savedAfter(page, before);

  const other = await context.newPage();
  await other.goto('https://sg.cutech.edu.cn/contact.html');
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
  await expect(page.getByTestId('restore-offer')).toBeVisible();
  await page.getByTestId('restore-draft').click();
  await expect(filler(page)).toHaveValue('只在旧平台输入的王老师');
});
