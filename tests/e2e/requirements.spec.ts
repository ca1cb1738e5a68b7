import type { Page } from '@playwright/test';
import { timingOf } from '../../utils/deadlines/status';
import { NOTICES, REQUIREMENTS } from '../../utils/knowledge/data/index';
import { addUserSite, expect, judgeOn, openPanel, test } from './fixtures';

async function showHistory(page: Page): Promise<void> {
  const toggle = page.getByTestId('history-toggle');
  if ((await toggle.count()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

/** The parts of the service worker's `chrome` these tests read. */
interface SwChrome {
  notifications: { getAll(): Promise<Record<string, boolean>> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

const item = (page: Page, id: string) => page.locator(`[data-testid="requirement"][data-id="${id}"]`);

test('双高 2023 on 2023-04-20: data filling passed, 省级审核 due in 5 days', async ({ context, extensionId }) => {
  await judgeOn(context, extensionId, '2023-04-20');
  const page = await context.newPage();
  await page.goto('https://sg.chinaeducloud.com/');
  const r = item(page, 's000-jzcsh-2023-2-3');
  await expect(r).toHaveAttribute('data-status', 'due-soon');
  await expect(r).toHaveAttribute('data-deadline', '2023-04-25');
  await expect(r.getByTestId('countdown')).toHaveText('还有 5 天');
  await expect(page.getByTestId('judged-day')).toContainText('2023-04-20');
  // Most urgent first.
  await expect(page.getByTestId('requirement').first()).toHaveAttribute('data-id', 's000-jzcsh-2023-2-3');
});

test('管理平台 on 2026-11-24: 每年12月15日前 绩效数据 is due in 21 days; past years are collapsed', async ({
  context,
  extensionId,
}) => {
  await judgeOn(context, extensionId, '2026-11-24');
  const page = await context.newPage();
  await page.goto('https://zj.chinaafse.cn/');
  const r = item(page, 's003-jzcth-2023-20-3-2');
  await expect(r).toHaveAttribute('data-status', 'upcoming');
  await expect(r).toHaveAttribute('data-deadline', '2026-12-15');
  await expect(r.getByTestId('countdown')).toHaveText('还有 21 天');
  // The 2023 registration (opened 2023-07-30) is history, hidden until asked for.
  await expect(item(page, 's003-jzcth-2023-20-3-1')).toHaveCount(0);
  await openPanel(page);
  await page.getByTestId('history-toggle').click();
  await expect(item(page, 's003-jzcth-2023-20-3-1')).toHaveAttribute('data-status', 'history');
  await expect(item(page, 's003-jzcth-2023-20-3-1')).toHaveAttribute('data-deadline', '2023-07-30');
});

test('details on demand: action, source sentence with 文号, and one-click copy of the e-mail address', async ({
  context,
  extensionId,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await judgeOn(context, extensionId, '2023-06-01');
  const page = await context.newPage();
  await page.goto('https://jxjy.moe.edu.cn/');
  const r = item(page, 's000-jzcsh-2023-2-7');
  await expect(r).toHaveAttribute('data-status', 'upcoming');
  await openPanel(page);
  await r.getByRole('button', { name: '详情' }).click();
  const details = r.getByTestId('requirement-details');
  await expect(details).toContainText('校长办公会审议');
  await expect(details.getByTestId('requirement-quote')).toContainText('以省为单位发送至邮箱:dce@moe.edu.cn');
  await expect(details).toContainText('教职成司函〔2023〕2号');
  await r
    .getByTestId('channel-line')
    .getByRole('button', { name: /dce@moe.edu.cn/ })
    .click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('dce@moe.edu.cn');
  await expect(r.getByTestId('channel-line').getByTestId('copy')).toHaveText('已复制');
});

// Every requirement of the knowledge base that names a platform, on that platform's replica page, with the
// status the deadline engine gives on the fixed day.
const PAGES: Record<string, string> = {
  shuanggao: 'https://sg.chinaeducloud.com/',
  'gaozhi-status': 'https://zt.example.edu.cn:8080/',
  'zhongzhi-system': 'https://zz.example.edu.cn/',
  jxjy: 'https://jxjy.moe.edu.cn/',
  afse: 'https://zj.chinaafse.cn/',
  zyyxzy: 'https://zyyxzy.moe.edu.cn/',
  nzws: 'https://nzws.drce.com.cn/',
  shequ: 'https://www.shequ.edu.cn/',
};

for (const day of ['2023-03-10', '2026-11-24']) {
  test(`every requirement with a platform shows on its replica page, judged on ${day}`, async ({
    context,
    extensionId,
  }) => {
    test.setTimeout(90_000);
    await addUserSite(context, extensionId, 'zt.example.edu.cn:8080', '高职状态平台');
    await addUserSite(context, extensionId, 'zz.example.edu.cn', '中职学校系统');
    await judgeOn(context, extensionId, day);
    const page = await context.newPage();
    for (const [platform, url] of Object.entries(PAGES)) {
      const expected = REQUIREMENTS.filter((r) => r.platforms.includes(platform as never)).map((r) => {
        const notice = NOTICES.find((n) => n.id === r.notice);
        const timing = timingOf(r.deadlines, day, notice?.date ? Number(notice.date.slice(0, 4)) : null);
        return { id: r.id, status: timing.status, deadline: timing.date ?? '' };
      });
      expect(expected.length, platform).toBeGreaterThan(0);
      await page.goto(url);
      await openPanel(page);
      await expect(page.getByTestId('requirements'), url).toBeVisible();
      await showHistory(page);
      const shown = await page.getByTestId('requirement').evaluateAll((els) =>
        els.map((e) => ({
          id: e.getAttribute('data-id'),
          status: e.getAttribute('data-status'),
          deadline: e.getAttribute('data-deadline'),
        })),
      );
      const byId = (a: { id: string | null }, b: { id: string | null }) => String(a.id).localeCompare(String(b.id));
      expect(shown.sort(byId), url).toEqual(expected.sort(byId));
    }
  });
}

test('the popup overview lists e-mail-only tasks, upcoming and past', async ({ context, extensionId }) => {
  await judgeOn(context, extensionId, '2023-03-20');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('popup-overview')).toBeVisible();
  // 000 (一): 报告和统计表电子版 to zcsdyc@moe.edu.cn by 2023-03-31, no platform.
  const r = item(popup, 's000-jzcsh-2023-2-1');
  await expect(r).toHaveAttribute('data-status', 'upcoming');
  await expect(r).toHaveAttribute('data-deadline', '2023-03-31');
  await expect(r.getByTestId('channel-line')).toContainText('zcsdyc@moe.edu.cn');
  // A platform task links to its platform.
  await expect(item(popup, 's000-jzcsh-2023-2-3').getByTestId('platform-link')).toHaveAttribute(
    'href',
    'https://sg.chinaeducloud.com/',
  );

  // Today (the seeds are from 2021–2024) the same task is history, shown when asked for.
  await judgeOn(context, extensionId, '2026-11-24');
  await popup.reload();
  await expect(item(popup, 's000-jzcsh-2023-2-1')).toHaveCount(0);
  await popup.getByTestId('history-toggle').click();
  await expect(item(popup, 's000-jzcsh-2023-2-1')).toHaveAttribute('data-status', 'history');
});

test('a followed deadline raises a reminder notification 3 days before', async ({ context, extensionId }) => {
  await judgeOn(context, extensionId, '2026-12-12');
  const page = await context.newPage();
  await page.goto('https://zj.chinaafse.cn/');
  const r = item(page, 's003-jzcth-2023-20-3-2');
  await expect(r).toHaveAttribute('data-status', 'due-soon');
  await openPanel(page);
  await r.getByTestId('follow').click();
  await expect(r.getByTestId('follow')).toHaveAttribute('aria-pressed', 'true');
  const [sw] = context.serviceWorkers();
  if (!sw) throw new Error('no service worker');
  await expect
    .poll(() =>
      sw.evaluate(async () => {
        const ext = (globalThis as unknown as { chrome: SwChrome }).chrome;
        return Object.keys(await ext.notifications.getAll());
      }),
    )
    .toContain('tianbao|s003-jzcth-2023-20-3-2|2026-12-15|3');
  // Shown once: following again does not repeat it.
  const sent = await sw.evaluate(() =>
    (globalThis as unknown as { chrome: SwChrome }).chrome.storage.local.get('remindersSent'),
  );
  expect(sent.remindersSent).toEqual(['tianbao|s003-jzcth-2023-20-3-2|2026-12-15|3'.slice('tianbao|'.length)]);
});
