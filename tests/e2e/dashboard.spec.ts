import type { Page } from '@playwright/test';
import { addUserSite, expect, judgeOn, test } from './fixtures';

// A notice written for these tests in the ministry's style: a task on the 管理平台 due 2027-01-15, and a sentence
// with phrases ending in 平台/系统 of which one only is a platform's name.
const NOTICE = `教育部职业教育与成人教育司

教职成司函〔2026〕9号

关于报送2026年度现代职业教育体系建设改革进展情况的通知

一、工作安排

（一）请各建设单位登录现代职业教育体系改革管理公共服务平台（网址：<http://zj.chinaafse.cn/>），于2027年1月15日前填报2026年度进展数据并上传年度工作报告。

（二）各地要搭建产教融合平台，并通过全国职业院校数字化转型案例征集系统于2027年2月1日前报送案例。

教育部职业教育与成人教育司

2026年11月20日`;

const TASK = '填报2026年度进展数据';

/** A drafts file as the dashboard exports it: one draft on the 管理平台, saved on 2026-12-20, with one version. */
function draftsFile(values: Record<string, string>, version: Record<string, string> | null = null): Buffer {
  const key = { origin: 'https://zj.chinaafse.cn', platform: 'afse', path: '/', fingerprint: 'f1', period: null };
  const updatedAt = Date.UTC(2026, 11, 20, 2);
  const draft = {
    id: [key.origin, key.platform, key.path, key.fingerprint, ''].join('|'),
    key,
    title: '年度进展数据填报',
    url: 'https://zj.chinaafse.cn/',
    values,
    labels: {},
    createdAt: updatedAt - 3_600_000,
    updatedAt,
    versions: version ? [{ savedAt: updatedAt - 3_600_000, values: version, changed: 1 }] : [],
  };
  return Buffer.from(JSON.stringify({ format: 'tianbao-drafts', version: 2, exportedAt: updatedAt, drafts: [draft] }));
}

async function openDashboard(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('timeline')).toBeVisible();
}

/** Imports NOTICE through the review, naming its first task TASK. */
async function importNotice(options: Page): Promise<void> {
  await options.getByTestId('notice-text').fill(NOTICE);
  await options.getByTestId('notice-parse').click();
  const first = options.getByTestId('import-item').filter({ hasText: '（一）' });
  await first.getByRole('textbox', { name: '要求标题' }).fill(TASK);
  await options.getByTestId('notice-save').click();
  await expect(options.getByTestId('import-status')).toHaveText('已导入 2 项要求。');
}

test('an imported notice shows in the timeline, the followed list and the drafts grouping', async ({
  context,
  extensionId,
}) => {
  await judgeOn(context, extensionId, '2026-12-20');
  const options = await context.newPage();
  await openDashboard(options, extensionId);
  await importNotice(options);

  // Timeline: the imported task on its day, marked as imported, with its platform.
  const entry = options.getByTestId('timeline').getByRole('listitem').filter({ hasText: TASK });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('2027-01-15');
  await expect(entry).toContainText('导入的通知');
  await expect(entry).toContainText('管理平台');
  await expect(options.getByTestId('timeline').getByRole('heading', { name: '2027年1月' })).toBeVisible();

  // Followed: 提醒我 on the imported task lists it by its title.
  await entry.getByRole('button', { name: '提醒我' }).click();
  await expect(entry.getByRole('button', { name: '已设提醒' })).toBeVisible();
  const followed = options.getByTestId('followed-section').getByRole('listitem');
  await expect(followed).toHaveCount(1);
  await expect(followed).toContainText(TASK);
  await expect(followed).toContainText('管理平台');

  // Drafts: a draft of the 管理平台 saved on 2026-12-20 serves the imported task, the most urgent one then.
  await options.getByTestId('drafts-import').setInputFiles({
    name: 'drafts.json',
    mimeType: 'application/json',
    buffer: draftsFile({ 联系电话: '010-66097867' }),
  });
  await expect(options.getByTestId('drafts-status')).toHaveText('已导入 1 份草稿。');
  const group = options.getByTestId('drafts-group').filter({ has: options.getByRole('heading', { name: TASK }) });
  await expect(group.getByTestId('draft-item')).toHaveCount(1);
  await expect(group.getByTestId('draft-item')).toContainText('年度进展数据填报');

  // Deleting the notice takes it out of the timeline and the grouping at once; the follow stays, named as gone.
  await options.getByTestId('imported-delete').click();
  await expect(entry).toHaveCount(0);
  await expect(group).toHaveCount(0);
  await expect(followed).toContainText('所属通知已删除');
});

test('the import review names deadline kinds, all three file types, and only real platform names', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await openDashboard(options, extensionId);
  await expect(options.getByTestId('import-section')).toContainText('.txt、.docx 或 .pdf');
  await options.getByTestId('notice-text').fill(NOTICE);
  await options.getByTestId('notice-parse').click();
  const review = options.getByTestId('import-review');
  const kind = review.getByRole('combobox', { name: '期限类型' }).first();
  await expect(kind.locator('option:checked')).toHaveText('截止日期');
  await expect(kind.locator('option')).toHaveText([
    '截止日期',
    '开放日期',
    '起始日期',
    '结束日期',
    '每年固定日期',
    '日期未定',
  ]);
  // "搭建产教融合平台" is a plan, not a platform: only the system's name is listed as new.
  await expect(review.getByTestId('import-new-platform')).toHaveText([
    '未收录的平台：全国职业院校数字化转型案例征集系统',
  ]);
});

test('restoring a version in the dashboard keeps the values it replaces as a version', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await openDashboard(options, extensionId);
  await options.getByTestId('drafts-import').setInputFiles({
    name: 'drafts.json',
    mimeType: 'application/json',
    buffer: draftsFile({ 联系电话: '010-66097867' }, { 联系电话: '010-12345678' }),
  });
  const item = options.getByTestId('draft-item');
  await item.getByRole('button', { name: '历史版本' }).click();
  await expect(item.getByTestId('draft-version')).toHaveCount(1);
  await item.getByRole('button', { name: '恢复此版本' }).click();
  await expect(options.getByTestId('drafts-status')).toContainText('原来的内容已另存为一个历史版本');
  // The draft now holds the old number; the number it held before is a version, and can be restored back.
  await expect(item.getByTestId('draft-version')).toHaveCount(2);
  await item.getByRole('button', { name: '恢复此版本' }).first().click();
  await expect(item.getByTestId('draft-version')).toHaveCount(2);
  await options.getByTestId('drafts-search').fill('010-66097867');
  await expect(item).toHaveCount(1);
});

test('first-run welcome until dismissed; section navigation by keyboard marks the current section', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await openDashboard(options, extensionId);
  const welcome = options.getByRole('region', { name: '欢迎使用填报助手' });
  await expect(welcome).toBeVisible();
  await expect(welcome).toContainText('不上传到任何地方');
  await welcome.getByRole('link', { name: '自建平台站点' }).click();
  await expect(options).toHaveURL(/#sites$/);
  await welcome.getByRole('button', { name: '知道了，不再显示' }).click();
  await expect(welcome).toHaveCount(0);
  await options.reload();
  await expect(options.getByTestId('timeline')).toBeVisible();
  await expect(options.getByTestId('welcome')).toHaveCount(0);

  const nav = options.getByRole('navigation', { name: '页面各部分' });
  await expect(nav.getByRole('link')).toHaveText([
    '关注的要求与提醒',
    '期限时间线',
    '知识有多新',
    '导入新通知',
    '知识包',
    '草稿',
    '自建平台站点',
    '管理员设置',
    '手动指定的字段',
    '日期预览',
    '设置',
    '已知平台',
  ]);
  const drafts = nav.getByRole('link', { name: '草稿' });
  await drafts.focus();
  await options.keyboard.press('Enter');
  await expect(drafts).toHaveAttribute('aria-current', 'location');
  await expect(nav.locator('[aria-current]')).toHaveCount(1);
  await expect(options.getByTestId('drafts-section')).toBeFocused();
  await expect(options.getByTestId('drafts-section')).toBeInViewport();
  // The last section, too short to reach the top, is marked when followed.
  const known = nav.getByRole('link', { name: '已知平台' });
  await known.focus();
  await options.keyboard.press('Enter');
  await expect(known).toHaveAttribute('aria-current', 'location');
});

test('in English: welcome, counts in the singular, dates and lists in English, no full-width punctuation', async ({
  context,
  extensionId,
}) => {
  await judgeOn(context, extensionId, '2026-12-20');
  const options = await context.newPage();
  await openDashboard(options, extensionId);
  await options.getByTestId('ui-locale').selectOption('en');
  await expect(options.locator('html')).toHaveAttribute('lang', 'en');
  await expect(options.getByRole('region', { name: 'Welcome to Tianbao' })).toContainText('never sent anywhere');
  await expect(options.getByRole('navigation', { name: 'Sections of this page' }).getByRole('link').first()).toHaveText(
    'Followed requirements and reminders',
  );
  await expect(options.getByTestId('timeline').getByRole('heading', { name: 'December 2026' })).toBeVisible();

  await options.getByTestId('drafts-import').setInputFiles({
    name: 'drafts.json',
    mimeType: 'application/json',
    buffer: draftsFile({ 联系电话: '010-66097867' }, { 联系电话: '010-12345678' }),
  });
  await expect(options.getByTestId('drafts-status')).toHaveText('Imported 1 draft.');
  const item = options.getByTestId('draft-item');
  await expect(item).toContainText('20 Dec 2026');
  await expect(item).toContainText('1 field ·');
  await item.getByRole('button', { name: 'Versions' }).click();
  await expect(item.getByTestId('draft-version')).toContainText('1 field changed');

  await options.getByTestId('notice-text').fill(NOTICE);
  await options.getByTestId('notice-parse').click();
  const review = options.getByTestId('import-review');
  await expect(review.getByRole('combobox', { name: 'Kind' }).first().locator('option:checked')).toHaveText('Due by');
  await expect(review.getByTestId('import-new-platform')).toHaveText([
    'Platform not known to Tianbao: 全国职业院校数字化转型案例征集系统',
  ]);
  await options.getByTestId('notice-save').click();
  await expect(options.getByTestId('import-status')).toHaveText('Imported 2 requirements.');
  await expect(options.getByTestId('imported-notice')).toContainText('2 requirements');

  // English words are followed by English punctuation; 中文 names of platforms stand in brackets.
  const known = options.getByTestId('known-platforms');
  await expect(known).toContainText('Double High-Level Plan monitoring platform (双高计划管理与智能监测平台): sg.');
  await expect(known).not.toContainText('）');
  await expect(known).not.toContainText('：');
  const timeline = options.getByTestId('timeline').getByRole('listitem').first();
  await expect(timeline).not.toContainText('「');
});

/** The service worker's chrome.storage.local, as the tests see it (they have no chrome types). */
type LocalArea = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
type WithChrome = { chrome: { storage: { local: LocalArea } } };

test('a setting that cannot be read is kept aside and reported; adding a site afterwards does not lose it', async ({
  context,
  extensionId,
}) => {
  // The user's sites as a newer (or damaged) version left them: an entry this version's schema does not know.
  const damaged = [
    { host: 'zt.example.edu.cn:8080', platform: 'gaozhi-status', addedAt: 1 },
    { host: 'xx.example.edu.cn', platform: 'a-platform-from-the-future', addedAt: 2 },
  ];
  const [worker] = context.serviceWorkers();
  await worker?.evaluate((sites) => (globalThis as unknown as WithChrome).chrome.storage.local.set({ sites }), damaged);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const alert = options.getByRole('alert').filter({ has: options.getByTestId('settings-aside-item') });
  await expect(alert).toContainText('有 1 项设置无法读取，已另存，未被覆盖');
  await expect(alert.getByTestId('settings-aside-item')).toContainText('自建平台站点');

  // The user adds a site: the stored list is replaced, but what was kept aside stays (and stays reported).
  await addUserSite(context, extensionId, 'zz.example.edu.cn', '中职学校系统');
  await options.reload();
  await expect(options.getByTestId('settings-aside-item')).toHaveCount(1);
  const kept = await worker?.evaluate(
    async () => (await (globalThis as unknown as WithChrome).chrome.storage.local.get('aside:sites'))['aside:sites'],
  );
  expect(JSON.stringify(kept)).toContain('a-platform-from-the-future');

  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: '下载另存的设置' }).click();
  expect((await download).suggestedFilename()).toMatch(/^tianbao-settings-kept-aside-.*\.json$/);
  await options.getByRole('button', { name: '已处理，不再提示' }).click();
  await expect(options.getByTestId('settings-aside')).toHaveCount(0);
});
