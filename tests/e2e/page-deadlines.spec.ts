import type { Page } from '@playwright/test';
import { expect, judgeOn, openPanel, test } from './fixtures';

/** The part of the service worker's `chrome` this test reads. */
interface NotificationsChrome {
  notifications: { getAll(): Promise<Record<string, boolean>> };
}

/** The requirements the overlay read from the page itself (banners, 通知公告), by the deadline they show. */
const fromPage = (page: Page, deadline: string) =>
  page.locator(`[data-testid="requirement"][data-source="page"][data-deadline="${deadline}"]`);

test('双高监测平台 通知公告 on 2026-12-10: the banner and the notice list give their own deadlines', async ({
  context,
  extensionId,
}) => {
  await judgeOn(context, extensionId, '2026-12-10');
  const page = await context.newPage();
  await page.goto('https://sg.chinaeducloud.com/notices.html');
  await openPanel(page);

  const list = fromPage(page, '2026-12-15');
  await expect(list).toHaveAttribute('data-status', 'due-soon');
  await expect(list.getByTestId('page-quote')).toHaveText(
    '请各建设单位于2026年12月15日前通过本平台上传年度绩效自评报告。',
  );
  await expect(list.locator('[data-status-badge]')).toHaveText('即将截止');
  await expect(list.getByTestId('countdown')).toHaveText('还有 5 天');
  await expect(list.getByTestId('page-source')).toHaveText('本页所示');

  const banner = fromPage(page, '2026-12-20');
  await expect(banner).toHaveAttribute('data-status', 'upcoming');
  await expect(banner.getByTestId('page-quote')).toHaveText(
    '2026年度建设进展数据填报已开启，数据填报截止时间：2026年12月20日。',
  );
  await expect(banner.locator('[data-status-badge]')).toHaveText('待办');
  await expect(page.locator('[data-testid="requirement"][data-source="page"]')).toHaveCount(2);
  // Most urgent first, as with the other requirements.
  await expect(page.getByTestId('requirement').first()).toHaveAttribute('data-deadline', '2026-12-15');

  // Follow: the button says so, and it is kept across a reload.
  await list.getByRole('button', { name: '提醒我' }).click();
  await expect(list.getByTestId('follow')).toHaveAttribute('aria-pressed', 'true');
  await expect(list.getByTestId('page-follow-note')).toHaveText(
    '提醒按本页所示的日期发出；页面上的日期若有变动，请重新设置。',
  );
  // Reminders know it: 5 days before, the 7-day reminder is shown (late, once).
  const id = await list.getAttribute('data-id');
  const [sw] = context.serviceWorkers();
  if (!sw) throw new Error('no service worker');
  await expect
    .poll(() =>
      sw.evaluate(async () => {
        const ext = (globalThis as unknown as { chrome: NotificationsChrome }).chrome;
        return Object.keys(await ext.notifications.getAll());
      }),
    )
    .toContain(`tianbao|${id}|2026-12-15|7`);
  // The page's structure changes (a form with its own line above it): the page is read again, follow kept.
  await page.evaluate(() => {
    const form = document.createElement('form');
    const note = document.createElement('p');
    note.textContent = '附件材料上传截止时间：2026年12月18日。';
    form.append(note, document.createElement('input'));
    document.body.append(form);
  });
  await expect(fromPage(page, '2026-12-18').getByTestId('page-quote')).toHaveText(
    '附件材料上传截止时间：2026年12月18日。',
  );
  await expect(list.getByTestId('follow')).toHaveAttribute('aria-pressed', 'true');
  // Dismiss: gone, and still gone after a reload; the other stays.
  await banner.getByRole('button', { name: '不再显示' }).click();
  await expect(banner).toHaveCount(0);

  await page.reload();
  await openPanel(page);
  await expect(fromPage(page, '2026-12-15').getByTestId('follow')).toHaveAttribute('aria-pressed', 'true');
  await expect(fromPage(page, '2026-12-20')).toHaveCount(0);
});

test('能者为师 通知公告 on 2026-12-10: an open window in the banner, a due date in the notice list', async ({
  context,
  extensionId,
}) => {
  await judgeOn(context, extensionId, '2026-12-10');
  const page = await context.newPage();
  await page.goto('https://nzws.drce.com.cn/notices.html');
  await openPanel(page);

  const banner = fromPage(page, '2026-12-31');
  await expect(banner).toHaveAttribute('data-status', 'open');
  await expect(banner.locator('[data-status-badge]')).toHaveText('填报中');
  await expect(banner.getByTestId('page-quote')).toHaveText(
    '2026年“能者为师”特色课程推介网上填报时间：2026年12月1日至31日。',
  );
  const list = fromPage(page, '2026-12-12');
  await expect(list).toHaveAttribute('data-status', 'due-soon');
  await expect(list.getByTestId('page-quote')).toHaveText(
    '关于报送2026年社区教育典型案例的通知：请各省级教育行政部门于2026年12月12日前报送。',
  );
  await expect(list.getByTestId('countdown')).toHaveText('还有 2 天');

  // The list also prints last time's window, which seed 001 (七) gives: shown once, as the known requirement.
  await page.getByTestId('history-toggle').click();
  await expect(page.locator('[data-testid="requirement"][data-id="s001-jzcsh-2022-8-8"]')).toHaveAttribute(
    'data-deadline',
    '2022-09-30',
  );
  await expect(page.locator('[data-testid="requirement"][data-deadline="2022-09-30"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="requirement"][data-source="page"]')).toHaveCount(2);
});

test('a deadline the page prints that the knowledge base already has is listed once', async ({
  context,
  extensionId,
}) => {
  await judgeOn(context, extensionId, '2023-04-10');
  const page = await context.newPage();
  // The banner above the form: 数据填报截止时间：2023年4月15日；省级审核截止时间：2023年4月25日 (seed 000, line 37).
  await page.goto('https://sg.chinaeducloud.com/');
  await openPanel(page);
  const known = page.locator('[data-testid="requirement"][data-id="s000-jzcsh-2023-2-3"]');
  await expect(known).toHaveAttribute('data-deadline', '2023-04-15');
  await expect(page.locator('[data-testid="requirement"][data-deadline="2023-04-15"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="requirement"][data-source="page"]')).toHaveCount(0);

  // 能者为师's notice list prints the window of seed 001 (七): 2022 年 9 月 12 日至 30 日.
  await judgeOn(context, extensionId, '2022-09-20');
  await page.goto('https://nzws.drce.com.cn/');
  await openPanel(page);
  await expect(page.locator('[data-testid="requirement"][data-id="s001-jzcsh-2022-8-8"]')).toHaveAttribute(
    'data-deadline',
    '2022-09-30',
  );
  await expect(page.locator('[data-testid="requirement"][data-source="page"]')).toHaveCount(0);
});

test('nothing pending: the overlay says so and offers to import a notice; the dashboard says how current the knowledge is', async ({
  context,
  extensionId,
}) => {
  await judgeOn(context, extensionId, '2026-11-29');
  const page = await context.newPage();
  await page.goto('https://sg.chinaeducloud.com/');
  await openPanel(page);
  await expect(page.getByTestId('no-current')).toContainText('本平台目前没有待办的填报要求。');
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: '导入新的通知' }).click();
  const options = await opened;
  await expect(options).toHaveURL(`chrome-extension://${extensionId}/options.html#import`);

  const fresh = options.getByTestId('freshness-section');
  await expect(fresh.getByRole('heading')).toHaveText('知识有多新');
  await expect(fresh.getByTestId('freshness-newest')).toHaveText(/^最新的通知：.+（\d{4}-\d{2}-\d{2}）$/);
  await expect(fresh.getByTestId('freshness-counts')).toHaveText(/^内置通知 \d+ 份，导入的通知 0 份。$/);
  await expect(fresh.getByTestId('freshness-stale')).toContainText('天前发布的');
  await expect(fresh.getByRole('link', { name: '导入通知' })).toHaveAttribute('href', '#import');
});

test('the page’s deadlines are read by the background, also when it was stopped meanwhile (it wakes for the ask)', async ({
  context,
  extensionId,
}) => {
  await judgeOn(context, extensionId, '2026-12-10');
  const page = await context.newPage();
  await page.goto('https://sg.chinaeducloud.com/notices.html');
  await openPanel(page);
  const first = fromPage(page, '2026-12-15');
  await expect(first).toHaveAttribute('data-status', 'due-soon');
  await expect(first.locator('[data-status-badge]')).toHaveText('即将截止');
  await expect(first.getByTestId('countdown')).toHaveText('还有 5 天');
  // The browser stops an idle service worker; the page does not know, and asks it again when its text changes.
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await page.evaluate(() => {
    const form = document.createElement('form');
    const note = document.createElement('p');
    note.textContent = '佐证材料补充截止时间：2026年12月28日。';
    form.append(note, document.createElement('input'));
    document.body.append(form);
  });
  const added = fromPage(page, '2026-12-28');
  await expect(added.getByTestId('page-quote')).toHaveText('佐证材料补充截止时间：2026年12月28日。');
  await expect(added).toHaveAttribute('data-status', 'upcoming');
  await expect(added.locator('[data-status-badge]')).toHaveText('待办');
  await expect(added.getByTestId('countdown')).toHaveText('还有 18 天');
});
