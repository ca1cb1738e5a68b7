import type { Page } from '@playwright/test';
import { buildReplicas } from '../../scripts/build-replicas.mjs';
import { draftSavedSince, expect, openPanel, test } from './fixtures';
import {
  chooseFileAgain,
  hint,
  model,
  pickCascade,
  popupFor,
  problem,
  recognisedLabels,
  typeRange,
} from './frameworks';

// The page runs the published Vue 2.7 + Element UI 2.15 bundles (scripts/build-replicas.mjs copies them in).
const PAGE = 'https://zj.chinaafse.cn/project.html';
test.beforeAll(() => buildReplicas({ quiet: true }));

const item = (page: Page, label: string) =>
  page
    .locator('.el-form-item')
    .filter({ has: page.locator('.el-form-item__label', { hasText: label }) })
    .first();

async function choose(page: Page, label: string, option: string): Promise<void> {
  await item(page, label).locator('.el-select').click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: option }).click();
}

test('Element UI: labels from the form items (their label[for] names a prop, not the input)', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(page.getByTestId('fields-summary')).toContainText('附件2《社区教育实践创新项目申报表》');
  const labels = await recognisedLabels(page);
  expect(labels).toEqual(
    expect.arrayContaining([
      '申报单位',
      '项目名称',
      '手机',
      '主题(10个行动主题选其中之一)',
      '项目周期(开始)',
      '项目周期(结束)',
      '三、项目目的(200字以内)',
      // KindEditor's editing frame, by the form item it sits in.
      '五、重点难点(800字以内)',
      '省级教育行政部门意见',
      '申报日期',
      '是否已有前期基础',
      '所在地区',
      '合作方类型',
      '参与人数',
      '承诺所填信息真实',
      // el-table: the column header over each cell's input (header and body are separate tables).
      '成员姓名',
      '所在单位',
    ]),
  );
});

const memberRow = (page: Page, n: number) => item(page, '项目成员').locator('.el-table__body tr').nth(n);

test('Element UI: el-table cells are checked by their column and restored into the model', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(PAGE);
  await openPanel(page);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  await item(page, '手机').locator('input').first().fill('13601198336');
  // The second member's 手机 cell: a bad number is a problem of that cell, fixing it clears it.
  await memberRow(page, 1).locator('input').nth(2).fill('12345');
  const cellProblem = problem(page, '手机');
  await expect(cellProblem).toHaveCount(1);
  await expect(cellProblem).toContainText('11 位手机号码');
  await memberRow(page, 1).locator('input').nth(2).fill('13601198337');
  await expect(cellProblem).toHaveCount(0);

  await memberRow(page, 0).locator('input').first().fill('李四');
  const since = Date.now();
  await memberRow(page, 1).locator('input').nth(1).fill('青川市社区大学');
  const want = [
    { name: '李四', unit: '', mobile: '' },
    { name: '', unit: '青川市社区大学', mobile: '13601198337' },
  ];
  await expect.poll(async () => (await model(page)).members).toEqual(want);
  await draftSavedSince(page, since);

  await page.reload();
  await expect(page.getByTestId('restore-offer')).toContainText('有 4 项');
  expect((await model(page)).members).toEqual([
    { name: '', unit: '', mobile: '' },
    { name: '', unit: '', mobile: '' },
  ]);
  await openPanel(page);
  await page.getByTestId('restore-draft').click();
  await expect.poll(async () => (await model(page)).members).toEqual(want);
  await expect(memberRow(page, 1).locator('input').nth(1)).toHaveValue('青川市社区大学');
});

test('Element UI: 项目周期 over two years is a problem, fixing it clears it; the model holds the range', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(page.getByTestId('fields-summary')).toContainText('附件2');
  await item(page, '手机').locator('input').fill('12345');
  await typeRange(item(page, '项目周期'), '2022-10-01', '2025-03-01');
  expect((await model(page)).period).toEqual(['2022-10-01', '2025-03-01']);
  await expect(problem(page, '手机')).toContainText('11 位手机号码');
  await expect(problem(page, '项目周期(结束)')).toContainText('两年之内');
  await item(page, '手机').locator('input').fill('13601198336');
  await typeRange(item(page, '项目周期'), '2022-10-01', '2024-09-30');
  await expect(problem(page, '项目周期(结束)')).toHaveCount(0);
  await expect(problem(page, '手机')).toHaveCount(0);
});

test('Element UI: type, reload, restore puts select, date, range and radio back into the model', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(PAGE);
  await openPanel(page);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  await item(page, '申报单位').locator('input').fill('青川市社区大学');
  await choose(page, '主题', '乡村振兴');
  await typeRange(item(page, '项目周期'), '2023-01-01', '2024-06-30');
  const date = item(page, '申报日期').locator('input');
  await date.click();
  await date.fill('2023-05-06');
  await date.press('Enter');
  await item(page, '是否已有前期基础').getByText('否', { exact: true }).click();
  await page.frameLocator('.ke-edit-iframe').locator('body').click();
  const since = Date.now();
  await page.keyboard.type('师资不足');
  const want = {
    unit: '青川市社区大学',
    theme: 'T4',
    period: ['2023-01-01', '2024-06-30'],
    date: '2023-05-06',
    basis: '否',
    // KindEditor's own text (editor.text()), which the page keeps in its model.
    s5: '师资不足',
  };
  expect(await model(page)).toMatchObject(want);
  await draftSavedSince(page, since);

  await page.reload();
  await expect(page.getByTestId('restore-offer')).toContainText('有 7 项');
  await openPanel(page);
  await page.getByTestId('restore-draft').click();
  await expect.poll(async () => model(page)).toMatchObject(want);
  await expect(item(page, '主题').locator('input')).toHaveValue('乡村振兴');
});

test('Element UI: cascader, checkbox group, input-number and switch are restored into the model', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(PAGE);
  await openPanel(page);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  await pickCascade(item(page, '所在地区').locator('.el-cascader'), '.el-cascader-node', ['四川省', '广元市']);
  await item(page, '合作方类型').getByText('企业', { exact: true }).click();
  await item(page, '参与人数').locator('input').fill('25');
  await item(page, '参与人数').locator('input').press('Tab');
  const since = Date.now();
  await item(page, '承诺所填信息真实').locator('.el-switch').click();
  const want = { region: ['sc', 'gy'], partners: ['企业'], people: 25, promise: true };
  await expect.poll(async () => model(page)).toMatchObject(want);
  await draftSavedSince(page, since);

  await page.reload();
  await expect(page.getByTestId('restore-offer')).toContainText('有 4 项');
  expect(await model(page)).toMatchObject({ region: [], partners: [], people: 0, promise: false });
  await openPanel(page);
  await page.getByTestId('restore-draft').click();
  await expect.poll(async () => model(page)).toMatchObject(want);
  await expect(item(page, '所在地区').locator('input')).toHaveValue('四川省 / 广元市');
  await expect(page.locator('.el-cascader__dropdown:visible')).toHaveCount(0);
  await expect(page.getByTestId('restore-offer')).toHaveCount(0);
});

test('Element UI: beside the form’s own message, no second inline message; the panel still lists the problem', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(page.getByTestId('fields-summary')).toContainText('附件2');
  await openPanel(page);
  const mobile = item(page, '手机');
  await mobile.locator('input').fill('12345');
  // Element's rule speaks on blur: until then ours is the one message beside the field.
  await expect(hint(page, '手机')).toBeVisible();
  await expect(hint(page, '手机')).toContainText('11 位手机号码');

  // The form's own validation (提交; our guard asks first, the user goes on): Element's message shows, ours steps aside.
  await page.getByRole('button', { name: '提交' }).click();
  await page.getByTestId('guard-continue').click();
  await expect(mobile.locator('.el-form-item__error')).toHaveText('手机号码格式不正确');
  await expect(hint(page, '手机')).toHaveCount(0);
  await expect(problem(page, '手机')).toBeVisible();
  await expect(problem(page, '手机')).toContainText('11 位手机号码');

  // Element's pattern takes 12345678901, ours does not: its message goes, our hint comes back.
  await mobile.locator('input').fill('12345678901');
  await page.locator('h3').first().click();
  await expect(mobile.locator('.el-form-item__error')).toHaveCount(0);
  await expect(hint(page, '手机')).toBeVisible();
  await expect(hint(page, '手机')).toContainText('11 位手机号码');
});

test('Element UI: a required upload counts as filled by the file it lists', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(page.getByTestId('fields-summary')).toContainText('附件2');
  const upload = item(page, '申报书盖章扫描件');
  await expect(upload.locator('.el-upload-list__item-name')).toHaveText('申报书（盖章）.pdf');
  const popup = await popupFor(context, extensionId, PAGE);
  const required = popup.locator('[data-testid="checklist-item"][data-id="required"]');
  await expect(required).toHaveAttribute('data-state', 'todo');
  await expect(required).not.toContainText('申报书盖章扫描件');
  const count = async () => Number((/(\d+) 个必填项未填/.exec((await required.textContent()) ?? '') ?? [])[1]);
  const before = await count();

  // Removed (its ✕), the upload is one more required field left empty.
  await page.bringToFront();
  await upload.locator('.el-upload-list__item').hover();
  await upload.locator('.el-icon-close').click();
  await expect.poll(async () => (await model(page)).files).toEqual([]);
  await popup.bringToFront();
  await expect(required).toContainText(`${before + 1} 个必填项未填`);

  // A file chosen again: filled.
  await chooseFileAgain(page, upload);
  await popup.bringToFront();
  await expect(required).toContainText(`${before} 个必填项未填`);
});
