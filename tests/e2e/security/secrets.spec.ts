// Issue #10: secrets never reach a draft. A draft is plain data in the extension's IndexedDB, exported as JSON and
// shown on the dashboard: passwords (even one the page switched to type=text), fields labelled 密码, one-time
// codes, card numbers, Authorization values, tokens, invisible session inputs, a login form's user name and its
// captcha must not be stored. Nor may a stored URL keep its query string (session ids and tokens travel there).
import { expect, openPanel, test } from '../fixtures';
import { APPLY, optionsPage, savedAfter, storedDrafts, UNIT } from './helpers';

const LOGIN = 'https://nzws.drce.com.cn/';
const SECRETS = 'https://nzws.drce.com.cn/secrets.html';
const ORDINARY = '社区老年大学数字课堂';

/** What the user types on the secrets page (tests/fixtures/sites/nzws.drce.com.cn/secrets.html), by field id. */
const TYPED: [string, string][] = [
  ['#s_pw', 'Pw#Shown-8817'], // 登录密码, after the page's 显示密码 made it type=text
  ['#s_pt', 'TextPw-7788'], // 密码 (a text field)
  ['#s_ot', '482913'], // autocomplete=one-time-code
  ['#s_cc', '6222020200112233445'], // autocomplete=cc-number
  ['#s_au', 'Bearer eyJhbGciOiJIUzI1NiJ9.c2VjcmV0'], // name=Authorization
  ['#accessToken', 'at-9f8e7d6c5b4a'], // known only by its id
];
const SESSION = 'SESSION-7f3a9c2e'; // set by the page in an invisible input
const LOGIN_TYPED: [string, string][] = [
  ['#u_0bfe', 'zhangsan_login01'], // 用户名
  ['#p_148d', 'Pw#Login-2024'], // 密码
  ['input[name="code"]', '7K3p'], // 验证码
];
const SECRET_VALUES = [...TYPED, ...LOGIN_TYPED].map(([, v]) => v).concat(SESSION);

test('passwords, codes, card numbers, tokens, session values and login fields are never stored', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  // The login box: user name, password, captcha.
  await page.goto(LOGIN);
  await openPanel(page, { diagnostics: true });
  await expect(page.getByTestId('fields-summary')).toBeVisible();
  for (const [selector, value] of LOGIN_TYPED) await page.locator(selector).fill(value);

  // Leaving the page sends whatever was pending; the form page's own save below comes after it.
  await page.goto(SECRETS);
  await openPanel(page, { diagnostics: true });
  await expect(page.getByTestId('fields-summary')).toBeVisible();
  await page.getByRole('button', { name: '显示密码' }).click();
  await expect(page.locator('#s_pw')).toHaveAttribute('type', 'text');
  for (const [selector, value] of TYPED) await page.locator(selector).fill(value);
  const before = Date.now();
  await page.locator('#s_1a').fill(ORDINARY); // 项目名称
  await savedAfter(page, before);

  // The dashboard finds the ordinary value, and none of the secrets.
  const options = await optionsPage(context, extensionId);
  const items = options.getByTestId('draft-item');
  await options.getByTestId('drafts-search').fill(ORDINARY);
  await expect(items).toHaveCount(1);
  for (const v of SECRET_VALUES) {
    await options.getByTestId('drafts-search').fill(v);
    await expect(items, v).toHaveCount(0);
  }
  // And the store itself holds none of them (nor does any older version).
  const stored = await storedDrafts(context);
  expect(stored).toContain(ORDINARY);
  for (const v of SECRET_VALUES) expect(stored, v).not.toContain(v);

  // Back on the form (the password field is type=password again): only the ordinary field is offered.
  await page.bringToFront();
  await page.reload();
  await expect(page.getByTestId('restore-offer')).toContainText('有 1 项');
  await openPanel(page);
  await page.getByTestId('restore-diff-toggle').click();
  await expect(page.getByTestId('restore-diff-row')).toHaveCount(1);
  await expect(page.getByTestId('restore-diff-row')).toContainText(ORDINARY);
  const offered = (await page.getByTestId('restore-offer').textContent()) ?? '';
  for (const v of SECRET_VALUES) expect(offered, v).not.toContain(v);
});

test('a stored draft keeps no query string of the page it came from', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${APPLY}?token=abc123&sid=xyz`);
  await openPanel(page);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  const before = Date.now();
  await page.locator(UNIT).fill('青川市社区大学');
  await savedAfter(page, before);

  const options = await optionsPage(context, extensionId);
  const item = options.getByTestId('draft-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('项目申报');
  // Text, link and attributes alike.
  const html = await item.evaluate((el) => el.outerHTML);
  expect(html).not.toContain('abc123');
  expect(html).not.toContain('xyz');
  const stored = await storedDrafts(context);
  expect(stored).not.toContain('abc123');
  expect(stored).not.toContain('sid=');
});
