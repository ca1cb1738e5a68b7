import { expect, judgeOn, openPanel, test } from './fixtures';

// A notice written for this test in the ministry's style.
const NOTICE = `教育部职业教育与成人教育司

教职成司函〔2026〕9号

关于报送2026年度现代职业教育体系建设改革进展情况的通知

各省、自治区、直辖市教育厅（教委）：

一、工作安排

（一）请各建设单位登录现代职业教育体系改革管理公共服务平台（网址：<http://zj.chinaafse.cn/>），于2027年1月15日前填报2026年度进展数据并上传年度工作报告。

（二）请各省级教育行政部门于2027年1月31日前将本地区总结报告电子版发送至 tixi@moe.edu.cn。

联系人及电话：赵六，010-66097999

教育部职业教育与成人教育司

2026年11月20日`;

test('a pasted notice is reviewed, saved, and its requirements show on the platform page', async ({
  context,
  extensionId,
}) => {
  await judgeOn(context, extensionId, '2026-12-20');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('notice-text').fill(NOTICE);
  await options.getByTestId('notice-parse').click();
  const review = options.getByTestId('import-review');
  await expect(review).toContainText('关于报送2026年度现代职业教育体系建设改革进展情况的通知');
  await expect(review.locator('[data-testid="import-deadline"][data-date="2027-01-15"]')).toHaveAttribute(
    'data-kind',
    'due',
  );
  // The phrases found are highlighted in the text.
  await expect(review.locator('mark', { hasText: '于2027年1月15日前' })).toBeVisible();
  await options.getByTestId('notice-save').click();
  await expect(options.getByTestId('import-status')).toContainText('已导入 2 项要求');
  await expect(options.getByTestId('imported-notice')).toHaveCount(1);

  const page = await context.newPage();
  await page.goto('https://zj.chinaafse.cn/');
  const imported = page.locator('[data-testid="requirement"][data-id^="imp-"]');
  await expect(imported).toHaveCount(1);
  await expect(imported).toHaveAttribute('data-deadline', '2027-01-15');
  await expect(imported).toHaveAttribute('data-status', 'upcoming');

  // The e-mail task appears in the popup's overview.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('popup-overview')).toContainText('tixi@moe.edu.cn');

  // Deleting the notice takes its requirements away.
  await options.bringToFront();
  await options.getByTestId('imported-delete').click();
  await page.reload();
  await openPanel(page);
  await expect(page.getByTestId('requirements')).toBeVisible();
  await expect(imported).toHaveCount(0);
});

test('text that is not a notice, or a file of the wrong kind, is refused and changes nothing', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('notice-text').fill('今天天气很好，我们去公园散步。');
  await options.getByTestId('notice-parse').click();
  await expect(options.getByTestId('import-status')).toContainText('这不像一份通知');
  await expect(options.getByTestId('import-review')).toHaveCount(0);
  await options.getByTestId('notice-file').setInputFiles({
    name: 'notice.xlsx',
    mimeType: 'application/vnd.ms-excel',
    buffer: Buffer.from('PK'),
  });
  await expect(options.getByTestId('import-status')).toContainText('只能打开 .txt、.docx 或 .pdf');
  await options.getByTestId('notice-file').setInputFiles({
    name: 'big.txt',
    mimeType: 'text/plain',
    buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 0x61),
  });
  await expect(options.getByTestId('import-status')).toContainText('超过 5 MB');
  await expect(options.getByTestId('imported-notice')).toHaveCount(0);
});

test('a .docx and a .pdf notice are read (their readers load only then) and imported', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options
    .getByTestId('notice-file')
    .setInputFiles(new URL('../fixtures/notices/sample-notice.docx', import.meta.url).pathname);
  const review = options.getByTestId('import-review');
  await expect(review).toContainText('关于开展2026年度职业院校教材选用情况核查的通知');
  await expect(review.locator('[data-testid="import-deadline"][data-date="2027-03-31"]')).toBeVisible();

  // A PDF with a text layer, printed by Chromium from a notice page.
  const printer = await context.newPage();
  await printer.setContent(
    `<meta charset="utf-8"><body style="font-family:'WenQuanYi Micro Hei',sans-serif">
     <p>教职成司函〔2026〕12号</p><p>关于报送社区教育年度数据的通知</p>
     <p>（一）请各省级教育行政部门登录中国社区教育网（网址：www.shequ.edu.cn），于2027年4月10日前上传年度数据。</p>
     <p>教育部职业教育与成人教育司</p><p>2026年11月25日</p></body>`,
  );
  const pdf = await printer.pdf({ format: 'A4' });
  await options
    .getByTestId('notice-file')
    .setInputFiles({ name: 'notice.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(review).toContainText('关于报送社区教育年度数据的通知');
  await expect(review.locator('[data-testid="import-deadline"][data-date="2027-04-10"]')).toBeVisible();
  await options.getByTestId('notice-save').click();
  await expect(options.getByTestId('import-status')).toContainText('已导入 1 项要求');

  // A PDF that is not one is refused.
  await options.getByTestId('notice-file').setInputFiles({
    name: 'broken.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4 broken'),
  });
  await expect(options.getByTestId('import-status')).toContainText('无法读取');
  await expect(options.getByTestId('imported-notice')).toHaveCount(1);
});

test('the user corrects a date, drops an item and adds one before saving', async ({ context, extensionId }) => {
  await judgeOn(context, extensionId, '2026-12-20');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('notice-text').fill(NOTICE);
  await options.getByTestId('notice-parse').click();
  const items = options.getByTestId('import-item');
  const first = items.filter({ hasText: '（一）' });
  await first.getByTestId('import-deadline-date').fill('2027-01-20');
  const second = items.filter({ hasText: '（二）' });
  await second.getByTestId('import-keep').uncheck();
  await options.getByTestId('import-add-item').click();
  const added = items.last();
  await added.getByRole('textbox', { name: '要求标题' }).fill('补充：上传佐证材料');
  await added.getByTestId('import-platform').selectOption('nzws');
  await added.getByTestId('import-add-deadline').click();
  await added.getByTestId('import-deadline-date').fill('2027-02-01');
  await options.getByTestId('notice-save').click();
  await expect(options.getByTestId('import-status')).toContainText('已导入 2 项要求');

  const page = await context.newPage();
  await page.goto('https://zj.chinaafse.cn/');
  await expect(page.locator('[data-testid="requirement"][data-id^="imp-"]')).toHaveAttribute(
    'data-deadline',
    '2027-01-20',
  );
  await page.goto('https://nzws.drce.com.cn/');
  const extra = page.locator('[data-testid="requirement"][data-id^="imp-"]');
  await expect(extra).toContainText('补充：上传佐证材料');
  await expect(extra).toHaveAttribute('data-deadline', '2027-02-01');
});
