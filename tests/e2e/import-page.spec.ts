import type { BrowserContext, Page } from '@playwright/test';
import { expect, grantHostAccess, judgeOn, openPanel, test } from './fixtures';

// A notice written for the tests in the ministry's style (not a real one), on a replica of its article page.
const ARTICLE = 'https://www.moe.gov.cn/srcsite/A07/moe_737/s3876_qt/202611/t20261120_1000001.html';
const TITLE = '关于报送2026年度现代职业教育体系建设年度工作报告的通知';

type Chrome = {
  tabs: { query(q: object): Promise<{ id?: number; index: number }[]> };
  permissions: { request(p: { origins: string[] }): Promise<boolean> };
};

/**
 * Stands in for activeTab, which only a real toolbar click grants (a popup can't be clicked open headless): the
 * user gives the extension access to this host ("site access" on chrome://extensions, then the browser's request
 * is answered at once). The popup's own scripting.executeScript call then reads the tab as after a toolbar click.
 */
async function allowHost(context: BrowserContext, extensionId: string, host: string): Promise<void> {
  await grantHostAccess(context, extensionId, host);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const granted = await page.evaluate(
    (origin) => (globalThis as unknown as { chrome: Chrome }).chrome.permissions.request({ origins: [origin] }),
    `*://${host}/*`,
  );
  expect(granted).toBe(true);
  await page.close();
}

/**
 * The popup for the tab opened last, opened as a page with `?tab=` (the tab is found by its place, since its URL
 * is hidden from the extension when the host is not allowed).
 */
async function popupForLastTab(context: BrowserContext, extensionId: string): Promise<Page> {
  const [sw] = context.serviceWorkers();
  const tabId = await sw?.evaluate(async () => {
    const tabs = await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({ currentWindow: true });
    return tabs.reduce((a, b) => (b.index > a.index ? b : a)).id;
  });
  expect(tabId).toBeGreaterThan(0);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

test('导入本页通知 on the ministry’s article page: review with its source and annex links, save, and the requirement shows on its platform', async ({
  context,
  extensionId,
}) => {
  await judgeOn(context, extensionId, '2026-12-20');
  await allowHost(context, extensionId, 'www.moe.gov.cn');
  const article = await context.newPage();
  await article.goto(ARTICLE);

  const popup = await popupForLastTab(context, extensionId);
  await expect(popup.getByTestId('popup-import')).toContainText('本页像是一份通知');
  const [options] = await Promise.all([
    context.waitForEvent('page', (p) => p.url().includes('/options.html')),
    popup.getByRole('button', { name: '导入本页通知' }).click(),
  ]);

  // The review opens already parsed, with the page as its source.
  const review = options.getByTestId('import-review');
  await expect(review).toContainText(TITLE);
  await expect(review).toContainText('教职成司函〔2026〕31号');
  await expect(options.getByTestId('import-from-page')).toContainText(`来源网页：${ARTICLE}`);
  const due = review.locator('[data-testid="import-deadline"][data-date="2027-01-20"]');
  await expect(due).toHaveAttribute('data-kind', 'due');
  // The item of that deadline goes to the platform its sentence names.
  const item = review
    .getByTestId('import-item')
    .filter({ has: options.locator('[data-testid="import-deadline"][data-date="2027-01-20"]') });
  await expect(item.getByRole('combobox', { name: '平台', exact: true })).toHaveValue('afse');
  // The annex files are links the user may click: nothing was downloaded, and the page says how to read them.
  await expect(options.getByTestId('import-from-page')).toContainText('附件不会自动下载');
  const annexes = options.getByTestId('import-attachment');
  await expect(annexes).toHaveText(['1.年度工作报告模板.docx', '2.省级工作总结格式.pdf']);
  await expect(options.getByRole('link', { name: '1.年度工作报告模板.docx' })).toHaveAttribute(
    'href',
    'https://www.moe.gov.cn/srcsite/A07/moe_737/s3876_qt/202611/W020261124000001.docx',
  );

  await options.getByRole('button', { name: '保存导入' }).click();
  await expect(options.getByTestId('import-status')).toContainText('已导入');
  const saved = options.getByTestId('imported-notice');
  await expect(saved).toHaveCount(1);
  await expect(saved.getByRole('link', { name: `来源网页：${ARTICLE}` })).toHaveAttribute('href', ARTICLE);

  const platform = await context.newPage();
  await platform.goto('https://zj.chinaafse.cn/');
  await openPanel(platform);
  const requirement = platform.locator('[data-testid="requirement"][data-id^="imp-"]');
  await expect(requirement).toHaveCount(1);
  await expect(requirement).toHaveAttribute('data-deadline', '2027-01-20');
  await expect(requirement).toHaveAttribute('data-status', 'upcoming');
  await expect(requirement).toContainText('填报2026年度绩效数据');
});

test('导入本页通知 on a platform’s 通知公告 detail page (a host the extension already reads) to the requirement on the platform', async ({
  context,
  extensionId,
}) => {
  await judgeOn(context, extensionId, '2026-11-29');
  const detail = await context.newPage();
  await detail.goto('https://nzws.drce.com.cn/notice-detail.html');
  const popup = await popupForLastTab(context, extensionId);
  const [options] = await Promise.all([
    context.waitForEvent('page', (p) => p.url().includes('/options.html')),
    popup.getByRole('button', { name: '导入本页通知' }).click(),
  ]);
  const review = options.getByTestId('import-review');
  await expect(review).toContainText('关于报送2026年社区教育典型案例的通知');
  const item = review
    .getByTestId('import-item')
    .filter({ has: options.locator('[data-testid="import-deadline"][data-date="2026-12-12"]') });
  await expect(item.getByRole('combobox', { name: '平台', exact: true })).toHaveValue('nzws');
  // The page links no annex file, so none is listed.
  await expect(options.getByTestId('import-attachment')).toHaveCount(0);
  await options.getByRole('button', { name: '保存导入' }).click();
  await expect(options.getByTestId('import-status')).toContainText('已导入');

  const apply = await context.newPage();
  await apply.goto('https://nzws.drce.com.cn/apply.html');
  await openPanel(apply);
  const requirement = apply.locator('[data-testid="requirement"][data-id^="imp-"]');
  await expect(requirement).toHaveCount(1);
  await expect(requirement).toHaveAttribute('data-deadline', '2026-12-12');
  await expect(requirement).toHaveAttribute('data-status', 'upcoming');
  await expect(requirement).toContainText('报送渠道：能者为师');
});

test('a page that is not a notice, or one the extension may not read, offers no import', async ({
  context,
  extensionId,
}) => {
  // A news article that names the platforms and a deadline, but has no 文号 and no notice title.
  await allowHost(context, extensionId, 'example.org');
  const news = await context.newPage();
  await news.goto('https://example.org/');
  const popup = await popupForLastTab(context, extensionId);
  await expect(popup.locator('main')).toHaveAttribute('data-page-notice', 'no');
  await expect(popup.getByRole('button', { name: '导入本页通知' })).toHaveCount(0);

  // Without a toolbar click (activeTab) or a host the user allowed, the ministry's page can't be read: the
  // extension holds no host permission for it.
  const article = await context.newPage();
  await article.goto(ARTICLE);
  const denied = await popupForLastTab(context, extensionId);
  await expect(denied.locator('main')).toHaveAttribute('data-page-notice', 'no');
  await expect(denied.getByRole('button', { name: '导入本页通知' })).toHaveCount(0);
});
