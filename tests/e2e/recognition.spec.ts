import { expect, test } from './fixtures';

// Every replica page with the short name the notices give its platform.
const PLATFORM_PAGES: [string, string][] = [
  ['https://sg.chinaeducloud.com/', '双高监测平台'],
  ['https://sg.cutech.edu.cn/', '双高监测平台'],
  ['https://jxjy.moe.edu.cn/', '全国高等继续教育信息管理平台'],
  ['https://jxjy.moe.edu.cn/nonxueli.html', '全国高等继续教育信息管理平台'],
  ['https://jxjy.moe.edu.cn/report.html', '全国高等继续教育信息管理平台'],
  ['https://zj.chinaafse.cn/', '管理平台'],
  ['https://zyyxzy.moe.edu.cn/', '全国职业院校专业设置与公共信息服务平台'],
  ['https://www.zyyxzy.cn/', '全国职业院校专业设置与公共信息服务平台'],
  ['https://nzws.drce.com.cn/', '能者为师'],
  ['https://nzws.drce.com.cn/apply.html', '能者为师'],
  ['https://www.shequ.edu.cn/', '中国社区教育网'],
  // http, and with or without www.
  ['http://shequ.edu.cn/', '中国社区教育网'],
  ['http://www.sg.chinaeducloud.com/', '双高监测平台'],
];

test('the overlay names the platform on every replica platform page', async ({ context }) => {
  const page = await context.newPage();
  for (const [url, short] of PLATFORM_PAGES) {
    await page.goto(url);
    await expect(page.locator('tianbao-overlay'), url).toHaveCount(1);
    await expect(page.getByTestId('platform-name'), url).toHaveText(short);
  }
});

test('the overlay lives in a shadow root and speaks Chinese by default', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://nzws.drce.com.cn/apply.html');
  await expect(page.getByTestId('platform-name')).toHaveText('能者为师');
  const hasShadow = await page.locator('tianbao-overlay').evaluate((el) => el.shadowRoot !== null);
  expect(hasShadow).toBe(true);
  // The page's own CSS does not reach inside, and our markup is not in the page's light DOM.
  expect(await page.evaluate(() => document.querySelector('[data-testid="platform-name"]'))).toBeNull();
  await expect(page.getByTestId('overlay-toggle')).toHaveAccessibleName(/^展开填报助手；能者为师/);
  await page.getByTestId('overlay-toggle').click();
  await expect(page.getByTestId('overlay-toggle')).toHaveAccessibleName('收起');
});

test('a form inside an iframe: one overlay, in the top page only', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://zj.chinaafse.cn/');
  await expect(page.getByTestId('platform-name')).toHaveText('管理平台');
  const frame = page.frames().find((f) => f.url().includes('/frame/'));
  expect(frame, 'the replica page has its form in a same-origin iframe').toBeTruthy();
  await frame?.waitForLoadState('load');
  // Give the frame's content script time to run: it must not mount a second overlay inside the frame.
  await page.waitForTimeout(800);
  expect(await frame?.locator('tianbao-overlay').count()).toBe(0);
  await expect(page.locator('tianbao-overlay')).toHaveCount(1);
});

test('a late-rendered single-page app keeps the overlay across re-renders', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://sg.chinaeducloud.com/');
  await expect(page.getByTestId('platform-name')).toHaveText('双高监测平台');
  // The replica renders its form about 800 ms after load, then replaces it when a tab is clicked.
  await expect(page.locator('form, textarea').first()).toBeVisible({ timeout: 5000 });
  await page.locator('nav a, nav button, [role="tab"]').last().click();
  await page.waitForTimeout(300);
  await expect(page.locator('tianbao-overlay')).toHaveCount(1);
  await expect(page.getByTestId('platform-name')).toHaveText('双高监测平台');
});

test('no overlay on unrelated or look-alike hosts, even when they name a platform', async ({ context }) => {
  const page = await context.newPage();
  // The extension works in this browser: a platform page gets its overlay first.
  await page.goto('https://sg.chinaeducloud.com/');
  await expect(page.locator('tianbao-overlay')).toHaveCount(1);
  for (const url of ['https://example.org/', 'https://sg.chinaeducloud.com.evil.cn/']) {
    await page.goto(url);
    await expect(page.locator('body')).toContainText('双高');
    await page.waitForTimeout(1000);
    await expect(page.locator('tianbao-overlay'), url).toHaveCount(0);
  }
});
