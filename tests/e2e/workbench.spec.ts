import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import readXlsxFile from 'read-excel-file/node';
import { expect, judgeOn, test } from './fixtures';

const FIX = path.resolve(import.meta.dirname, '../fixtures/annex');

async function saved(page: Page): Promise<void> {
  await expect(page.getByTestId('wb-save-status')).toHaveText(/已自动保存/);
}

/** The rows of a downloaded .xlsx, as read-excel-file's Node entry reads them (empty cells as ''). */
async function rowsOf(download: import('@playwright/test').Download): Promise<string[][]> {
  const [sheet] = await readXlsxFile(await download.path());
  return (sheet?.data ?? []).map((row) => row.map((v) => (v === null ? '' : String(v))));
}

test('fill 000 附件2 for two experts, one mistake hinted and fixed; typed values survive a reload; export', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/workbench.html#s000-annex2`);
  await expect(page.getByRole('heading', { name: '附件工作台' })).toBeVisible();
  await expect(page.getByTestId('wb-annex')).toHaveValue('s000-annex2');
  const field = (key: string) => page.getByTestId(`wb-field-${key}`);

  const expert = async (v: Record<string, string>) => {
    for (const [key, value] of Object.entries(v)) await field(key).fill(value);
  };
  await expert({
    recommending_unit: '示例省教育厅',
    name: '王一',
    gender: '男',
    birth_month: '1970-05',
    work_unit: '示例职业技术学院',
    expertise: '心理健康教育',
    admin_post: '中层干部',
    professional_title: '教授',
    phone: '0571-87654321',
    email: 'wangyi@example.edu.cn',
  });
  // The form is the printed one: fields are named by their labels.
  await expect(page.getByLabel('联系电话')).toHaveValue('0571-87654321');
  await expect(page.getByTestId('wb-problem-count')).toHaveText('没有发现问题。');
  await saved(page);

  await page.getByTestId('wb-record-add').click();
  await expect(page.getByTestId('wb-record-1')).toHaveAttribute('aria-pressed', 'true');
  await expect(field('name')).toHaveValue('');
  await expert({
    recommending_unit: '示例省教育厅',
    name: '李二',
    gender: '女性',
    birth_month: '1980-11',
    work_unit: '示例中等职业学校',
    expertise: '中职班主任',
    admin_post: '教师',
    professional_title: '高级讲师',
    phone: '013800138000',
    email: 'lier@example.edu.cn',
  });
  // The mistake: the same hint and message as on a platform page.
  await expect(page.getByTestId('wb-hint-gender')).toHaveText('必须修改：只能填写以下之一：“男”、“女”');
  await expect(field('gender')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('wb-problem-count')).toHaveText('发现 1 处问题，请按提示修改。');
  await field('gender').fill('女');
  await expect(page.getByTestId('wb-hint-gender')).toHaveCount(0);
  await expect(page.getByTestId('wb-problem-count')).toHaveText('没有发现问题。');
  await saved(page);

  // Nothing typed is lost: a reload brings both experts back from the drafts database.
  await page.reload();
  await expect(page.getByTestId('wb-record-1')).toHaveText('第 2 份：李二');
  await expect(page.getByTestId('wb-record-0')).toHaveText('第 1 份：王一');
  await page.getByTestId('wb-record-1').click();
  await expect(field('phone')).toHaveValue('013800138000');
  await expect(field('gender')).toHaveValue('女');

  // One expert's 推荐表, in the annex's layout.
  const [one] = await Promise.all([page.waitForEvent('download'), page.getByTestId('wb-export').click()]);
  // The page names the file; this Chromium build reports a non-ASCII download name as "download", so the name is
  // read where the user reads it.
  await expect(page.getByTestId('wb-exported')).toHaveText(
    '已导出：李二-附件2-职业院校德育与思政工作专家库人选推荐表.xlsx',
  );
  const form = await rowsOf(one);
  expect(form[0]?.[0]).toBe('职业院校德育与思政工作专家库人选推荐表');
  expect(form[1]?.slice(0, 2)).toEqual(['推荐单位', '示例省教育厅']);
  expect(form[2]?.slice(0, 4)).toEqual(['姓名', '李二', '性别', '女']);
  expect(form[7]?.slice(0, 2)).toEqual(['联系电话', '013800138000']);

  // Both experts as the 汇总表 (附件3), one row each.
  const [all] = await Promise.all([page.waitForEvent('download'), page.getByTestId('wb-export-summary').click()]);
  await expect(page.getByTestId('wb-exported')).toHaveText(
    '已导出：示例省教育厅-附件3-职业院校德育与思政工作专家库人选推荐汇总表.xlsx',
  );
  const summary = await rowsOf(all);
  const header = summary.findIndex((r) => r[0] === '序号');
  expect(summary[header]).toEqual([
    '序号',
    '擅长领域',
    '姓名',
    '性别',
    '年龄',
    '工作单位',
    '职称',
    '职务',
    '联系方式',
    '备注',
  ]);
  expect(summary.slice(header + 1)).toEqual([
    ['1', '心理健康教育', '王一', '男', '', '示例职业技术学院', '教授', '中层干部', '0571-87654321', ''],
    ['2', '中职班主任', '李二', '女', '', '示例中等职业学校', '高级讲师', '教师', '013800138000', ''],
  ]);
});

test('open three 001 附件2 files and a refused one; merge them into 附件3', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/workbench.html#files`);
  const xlsx = (name: string) => ({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: fs.readFileSync(path.join(FIX, name)),
  });
  await page.getByTestId('wb-files').setInputFiles([
    xlsx('w-001-annex2-a.xlsx'),
    xlsx('w-001-annex2-b.xlsx'),
    xlsx('w-001-annex2-c.xlsx'),
    {
      name: '旧表.xls',
      mimeType: 'application/vnd.ms-excel',
      buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    },
  ]);
  const files = page.getByTestId('wb-file');
  await expect(files).toHaveCount(4);
  for (const name of ['w-001-annex2-a.xlsx', 'w-001-annex2-b.xlsx', 'w-001-annex2-c.xlsx']) {
    const f = page.locator(`[data-testid="wb-file"][data-file="${name}"]`);
    await expect(f.getByTestId('wb-file-annex')).toHaveText(' · 附件2《社区教育实践创新项目申报表》');
    await expect(f.getByTestId('wb-file-ok')).toHaveText('没有发现问题。');
  }
  const refused = page.locator('[data-testid="wb-file"][data-file="旧表.xls"]');
  await expect(refused.getByTestId('wb-file-problems')).toContainText('请在 Excel 或 WPS 中打开，另存为 .xlsx');

  await page.getByTestId('wb-merge-into').selectOption('s001-annex3');
  const [merged] = await Promise.all([page.waitForEvent('download'), page.getByTestId('wb-merge').click()]);
  await expect(page.getByTestId('wb-exported')).toHaveText('已导出：附件3-社区教育实践创新项目汇总表.xlsx');
  await expect(page.getByTestId('wb-merge-report')).toContainText('已合并 3 行，来自 3 个文件。');
  await expect(page.getByTestId('wb-merge-skipped')).toContainText('旧表.xls');
  const rows = await rowsOf(merged);
  const header = rows.findIndex((r) => r[0] === '序号');
  expect(rows[header]).toEqual([
    '序号',
    '项目主题',
    '项目名称',
    '项目负责人姓名',
    '所在单位',
    '年龄',
    '职务/职称',
    '微信',
    '联系电话',
    '来源文件',
  ]);
  expect(rows.slice(header + 1)).toEqual([
    [
      '1',
      '社区教育数字化转型',
      '银龄智能手机课堂',
      '赵三',
      '示例市社区学院',
      '',
      '副院长/副教授',
      '',
      '13900139000',
      'w-001-annex2-a.xlsx',
    ],
    [
      '2',
      '非遗传承',
      '乡村非遗工坊',
      '钱四',
      '示例县社区学校',
      '',
      '校长/讲师',
      '',
      '13700137000',
      'w-001-annex2-b.xlsx',
    ],
    [
      '3',
      '家庭教育',
      '家庭教育微课堂',
      '孙五',
      '示例区社区教育中心',
      '',
      '主任/高级讲师',
      '',
      '13600136000',
      'w-001-annex2-c.xlsx',
    ],
  ]);
});

test('a table annex: paste a block from Excel, move with the keyboard, see a cell’s problem', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/workbench.html#s001-annex3`);
  const cell = (r: number, key: string) => page.getByTestId(`wb-cell-${r}-${key}`);
  await cell(0, 'seq').focus();
  // Two lines of four cells, tab-separated, as Excel and WPS copy them.
  await cell(0, 'seq').evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/plain', '1\t家庭教育\t家庭教育微课堂\t孙五\r\n2\t养花\t阳台花园\t周六\r\n');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(cell(1, 'leader_name')).toHaveValue('周六');
  await expect(cell(0, 'project_name')).toHaveValue('家庭教育微课堂');
  await expect(page.getByTestId('wb-problems')).toContainText('第 2 行 项目主题：只能填写以下之一');
  await expect(cell(1, 'theme')).toHaveAttribute('aria-invalid', 'true');

  await cell(0, 'leader_name').focus();
  await page.keyboard.press('ArrowDown');
  await expect(cell(1, 'leader_name')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await expect(cell(1, 'unit')).toBeFocused();
  await page.keyboard.type('示例区社区教育中心');
  await page.keyboard.press('Enter');
  await expect(cell(2, 'unit')).toBeFocused();
  await cell(1, 'theme').fill('生活技艺');
  await expect(page.getByTestId('wb-problems')).toHaveCount(0);
  await expect(page.getByTestId('wb-save-status')).toHaveText(/已自动保存/);
  await page.reload();
  await expect(cell(1, 'unit')).toHaveValue('示例区社区教育中心');

  // Picking another annex right after typing, before the autosave's pause is over, keeps what was typed.
  await cell(1, 'wechat').fill('zhouliu_01');
  await page.getByTestId('wb-annex').selectOption('s000-annex1');
  await expect(page.getByTestId('wb-field-province_dept')).toBeVisible();
  await page.getByTestId('wb-annex').selectOption('s001-annex3');
  await expect(cell(1, 'wechat')).toHaveValue('zhouliu_01');
});

test('under the extension pages’ CSP, a 3,000-row 汇总表 is read and written with no worker, merged whole', async ({
  context,
  extensionId,
}) => {
  // Big enough that fflate's own unzip would hand the sheet to a worker built from a blob: URL (script-src 'self'
  // allows package files only): the reader inflates the parts itself (utils/annex/read-file.ts), so none starts.
  const header = ['序号', '高校名称', '项目名称', '开始时间', '结束时间', '办学方式', '收费标准'];
  const data = [
    header,
    ...Array.from({ length: 3000 }, (_, i) => [
      `${i + 1}`,
      `示例大学${i + 1}`,
      `项目${i + 1}`,
      '2022-03-01',
      '2022-06-30',
      '面授',
      '800元/人',
    ]),
  ];
  // Outside test-results: parallel runs clear that folder.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tianbao-big-'));
  const file = path.join(dir, 'big.xlsx');
  const { default: writeXlsx } = await import('write-excel-file/node');
  await writeXlsx(data.map((row) => row.map((value) => ({ value, type: String })))).toFile(file);
  const page = await context.newPage();
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto(`chrome-extension://${extensionId}/workbench.html#files`);
  await page.getByTestId('wb-files').setInputFiles(file);
  await expect(page.getByTestId('wb-file-annex')).toHaveText(/附件5/, { timeout: 20_000 });
  await expect(page.getByTestId('wb-file-ok')).toHaveText('没有发现问题。');
  expect(workers).toEqual([]);
  await page.getByTestId('wb-merge-into').selectOption('s000-annex5');
  const [merged] = await Promise.all([page.waitForEvent('download'), page.getByTestId('wb-merge').click()]);
  await expect(page.getByTestId('wb-merge-report')).toContainText('已合并 3000 行，来自 1 个文件。');
  const rows = await rowsOf(merged);
  const first = rows.findIndex((r) => r[0] === '1');
  expect(rows.length - first).toBe(3000);
  expect(rows[rows.length - 1]?.slice(0, 3)).toEqual(['3000', '示例大学3000', '项目3000']);
  expect(rows[rows.length - 1]?.[14]).toBe('big.xlsx');
  // Writing it started none either: fflate's blob: worker is answered in the page (utils/annex/libs.ts).
  expect(workers).toEqual([]);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the dashboard opens the workbench, and a requirement sent by e-mail opens its annex', async ({
  context,
  extensionId,
}) => {
  // The dashboard's timeline shows what is due around the day it judges by: a day of 2023 (000's deadlines).
  await judgeOn(context, extensionId, '2023-03-01');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  // 000 (二): 附件2 and 附件3 go by e-mail to zcsdyc@moe.edu.cn.
  const entry = options.locator('[data-testid="timeline-entry"][data-id="s000-jzcsh-2023-2-2"]').first();
  await expect(entry.getByTestId('timeline-workbench')).toHaveText(['在附件工作台填写附件2', '在附件工作台填写附件3']);
  await entry.getByRole('link', { name: '在附件工作台填写附件3' }).click();
  await expect(options.getByRole('heading', { name: '附件工作台' })).toBeVisible();
  await expect(options.getByTestId('wb-annex')).toHaveValue('s000-annex3');
  await expect(options.getByTestId('wb-cell-0-name')).toBeVisible();
  await options.goBack();
  await options.getByRole('link', { name: '附件工作台', exact: true }).click();
  await expect(options.getByTestId('wb-annex')).toHaveValue('s000-annex2');
});
