import fs from 'node:fs';
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

// The page runs the published Vue 3.5 + Ant Design Vue 4.2 bundles (scripts/build-replicas.mjs copies them in).
const PAGE = 'https://nzws.drce.com.cn/antd.html';
test.beforeAll(() => buildReplicas({ quiet: true }));

const item = (page: Page, label: string) =>
  page.locator('.ant-form-item').filter({ has: page.locator('.ant-form-item-label', { hasText: label }) });

async function choose(page: Page, label: string, option: string): Promise<void> {
  await item(page, label).locator('.ant-select-selector').click();
  await page.locator('.ant-select-item-option:visible', { hasText: option }).click();
}

test('Ant Design Vue: labels, the 项目周期 range checked, restore into the model', async ({ context }) => {
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
      '省级教育行政部门意见',
      '申报日期',
      '是否已有前期基础',
      '所在地区',
      '合作方类型',
      '参与人数',
      '承诺所填信息真实',
      // a-table: the column header over each cell's input.
      '成员姓名',
      '所在单位',
    ]),
  );
  // A checkbox group's options are not labels of their own; the cascader's popup is no field.
  expect(labels).not.toContain('高校');
  expect(labels).not.toContain('浙江省');

  await typeRange(item(page, '项目周期'), '2022-10-01', '2025-03-01', { enterEach: true });
  expect((await model(page)).period).toEqual(['2022-10-01', '2025-03-01']);
  // data-field picks the row; the user reads the field's name and the message.
  await expect(problem(page, '项目周期(结束)')).toContainText(/^项目周期\(结束\)：.*两年之内/);
  await typeRange(item(page, '项目周期'), '2022-10-01', '2024-09-30', { enterEach: true });
  await expect(problem(page, '项目周期(结束)')).toHaveCount(0);

  await item(page, '申报单位').locator('input').fill('青川市社区大学');
  await choose(page, '主题', '非遗传承');
  const date = item(page, '申报日期').locator('input');
  await date.click();
  await date.fill('2023-05-06');
  await date.press('Enter');
  const since = Date.now();
  await item(page, '是否已有前期基础').getByText('是', { exact: true }).click();
  const want = {
    unit: '青川市社区大学',
    theme: 'T5',
    period: ['2022-10-01', '2024-09-30'],
    date: '2023-05-06',
    basis: '是',
  };
  await expect.poll(async () => model(page)).toMatchObject(want);
  await draftSavedSince(page, since);

  await page.reload();
  await expect(page.getByTestId('restore-offer')).toContainText('有 6 项');
  await openPanel(page);
  await page.getByTestId('restore-draft').click();
  await expect.poll(async () => model(page)).toMatchObject(want);
  await expect(item(page, '主题').locator('.ant-select-selection-item')).toHaveText('非遗传承');
});

const CASCADE_ITEM = '.ant-cascader-menu-item';
const cascader = (page: Page, label: string) => item(page, label).locator('.ant-select-selector');
const cascadeOpen = (page: Page) => page.locator('.ant-cascader-dropdown:visible');

const memberRow = (page: Page, n: number) => item(page, '项目成员').locator('.ant-table-tbody tr.ant-table-row').nth(n);

test("Ant Design Vue: table cells are checked by their column, the page's own state changes with them", async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(page.getByTestId('fields-summary')).toContainText('附件2');
  await item(page, '手机').first().locator('input').fill('13601198336');
  // The second member's 手机 cell: a bad number is a problem of that cell, fixing it clears it.
  await memberRow(page, 1).locator('input').nth(2).fill('12345');
  await expect.poll(async () => (await model(page)).members).toMatchObject([{}, { mobile: '12345' }]);
  const cellProblem = problem(page, '手机');
  await expect(cellProblem).toHaveCount(1);
  // Shown with its row: the second member's cell, not the applicant's own 手机.
  await expect(cellProblem).toContainText(/^2 · 手机：.*11 位手机号码/);
  await memberRow(page, 1).locator('input').nth(2).fill('13601198337');
  await expect(cellProblem).toHaveCount(0);
});

test('Ant Design Vue: cascader, switch, checkbox group, input-number and table cells are restored into the model', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(PAGE);
  await openPanel(page);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  await pickCascade(cascader(page, '所在地区'), CASCADE_ITEM, ['四川省', '广元市']);
  // change-on-select: a path that stops on a place with more levels below is a value of its own.
  await pickCascade(cascader(page, '项目实施地点'), CASCADE_ITEM, ['四川省', '广元市']);
  await page.keyboard.press('Escape');
  await expect(cascadeOpen(page)).toHaveCount(0);
  await item(page, '合作方类型').getByText('企业', { exact: true }).click();
  await item(page, '参与人数').locator('input').fill('25');
  await item(page, '参与人数').locator('input').press('Tab');
  await memberRow(page, 0).locator('input').first().fill('李四');
  await memberRow(page, 1).locator('input').nth(1).fill('青川市社区大学');
  const since = Date.now();
  await item(page, '承诺所填信息真实').getByRole('switch').click();
  const want = {
    region: ['sc', 'gy'],
    site: ['sc', 'gy'],
    partners: ['企业'],
    people: 25,
    promise: true,
    members: [
      { name: '李四', unit: '', mobile: '' },
      { name: '', unit: '青川市社区大学', mobile: '' },
    ],
  };
  await expect.poll(async () => model(page)).toMatchObject(want);
  await draftSavedSince(page, since);

  await page.reload();
  await expect(page.getByTestId('restore-offer')).toContainText('有 7 项');
  expect(await model(page)).toMatchObject({ promise: false, site: ['zj', 'hz'] });
  await openPanel(page);
  await page.getByTestId('restore-draft').click();
  await expect.poll(async () => model(page)).toMatchObject(want);
  await expect(item(page, '所在地区').locator('.ant-select-selection-item')).toHaveText('四川省 / 广元市');
  await expect(item(page, '项目实施地点').locator('.ant-select-selection-item')).toHaveText('四川省 / 广元市');
  await expect(item(page, '承诺所填信息真实').getByRole('switch')).toHaveAttribute('aria-checked', 'true');
  await expect(cascadeOpen(page)).toHaveCount(0);
  await expect(page.getByTestId('restore-offer')).toHaveCount(0);
});

test('Ant Design Vue: a cascade whose place is gone is named in the panel and left as it was', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(PAGE);
  await openPanel(page);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  await pickCascade(cascader(page, '所在地区'), CASCADE_ITEM, ['四川省', '广元市']);
  const since = Date.now();
  await item(page, '申报单位').locator('input').fill('青川市社区大学');
  await draftSavedSince(page, since);

  // The platform has since dropped 广元市 from its list.
  const html = fs.readFileSync(new URL('../fixtures/sites/nzws.drce.com.cn/antd.html', import.meta.url), 'utf8');
  await page.route(PAGE, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: html.replace(", { value: 'gy', label: '广元市' }", ''),
    }),
  );
  await page.reload();
  await expect(page.getByTestId('restore-offer')).toContainText('有 2 项');
  await openPanel(page);
  await page.getByTestId('restore-draft').click();
  await expect(page.getByTestId('draft-error')).toContainText('“所在地区”（下拉选项中没有草稿里的这一项）');
  await expect.poll(async () => (await model(page)).unit).toBe('青川市社区大学');
  expect((await model(page)).region).toEqual([]);
  await expect(cascadeOpen(page)).toHaveCount(0);
  await expect(page.getByTestId('restore-offer')).toContainText('有 1 项');
});

test('Ant Design Vue: a cascade the tree no longer carries is refused, the path shown before kept (change-on-select too)', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(PAGE);
  await openPanel(page);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  const shown = (label: string) => item(page, label).locator('.ant-select-selection-item');
  await expect(shown('项目实施地点')).toHaveText('浙江省 / 杭州市');
  await pickCascade(cascader(page, '所在地区'), CASCADE_ITEM, ['四川省', '广元市']);
  await pickCascade(cascader(page, '项目实施地点'), CASCADE_ITEM, ['四川省', '广元市', '青川县']);
  const since = Date.now();
  await item(page, '申报单位').locator('input').fill('青川市社区大学');
  await expect
    .poll(async () => model(page))
    .toMatchObject({ region: ['sc', 'gy'], site: ['sc', 'gy', 'qc'], unit: '青川市社区大学' });
  await draftSavedSince(page, since);

  const html = fs.readFileSync(new URL('../fixtures/sites/nzws.drce.com.cn/antd.html', import.meta.url), 'utf8');
  const serve = async (body: string) => {
    await page.unroute(PAGE);
    await page.route(PAGE, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
  };
  const restore = async () => {
    await page.reload();
    await expect(page.getByTestId('restore-offer')).toContainText('有 3 项');
    await openPanel(page);
    await page.getByTestId('restore-draft').click();
  };

  // 项目实施地点 no longer lists 青川县 (广元市 keeps 旺苍县): the walk has set 四川省 / 广元市 by then.
  // 所在地区's 广元市 has places of its own now: the draft's path stops short of the tree.
  await serve(
    html
      .replace("{ value: 'qc', label: '青川县' }, ", '')
      .replace(
        "{ value: 'gy', label: '广元市' }",
        "{ value: 'gy', label: '广元市', children: [{ value: 'qc', label: '青川县' }] }",
      ),
  );
  await restore();
  const error = page.getByTestId('draft-error');
  await expect(error).toContainText('“项目实施地点”（下拉选项中没有草稿里的这一项）');
  await expect(error).toContainText('“所在地区”（页面没有接受这个值）');
  await expect.poll(async () => model(page)).toMatchObject({ region: [], site: ['zj', 'hz'], unit: '青川市社区大学' });
  await expect(shown('项目实施地点')).toHaveText('浙江省 / 杭州市');
  await expect(cascadeOpen(page)).toHaveCount(0);

  // 广元市 has lost its places in 项目实施地点: the draft's next level is a leaf now (a click would choose it).
  // And 项目实施地点 starts empty this time: the 四川省 the walk has set is cleared again.
  await serve(
    html
      .replace(", children: [{ value: 'qc', label: '青川县' }, { value: 'wc', label: '旺苍县' }]", '')
      .replace("site: ['zj', 'hz']", 'site: []'),
  );
  await restore();
  await expect(error).toContainText('“项目实施地点”（下拉选项中没有草稿里的这一项）');
  await expect(error).not.toContainText('所在地区');
  await expect.poll(async () => model(page)).toMatchObject({ region: ['sc', 'gy'], unit: '青川市社区大学' });
  // Emptied as its clear icon empties it (Ant Design Vue then holds no value), not left on 四川省.
  expect((await model(page)).site).toBeUndefined();
  await expect(shown('所在地区')).toHaveText('四川省 / 广元市');
  await expect(item(page, '项目实施地点').locator('.ant-select-selection-placeholder')).toHaveText('请选择实施地点');
  await expect(shown('项目实施地点')).toHaveCount(0);
  await expect(cascadeOpen(page)).toHaveCount(0);
});

test('Ant Design Vue: beside the form’s own message, no second inline message; the panel still lists the problem', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(page.getByTestId('fields-summary')).toContainText('附件2');
  await openPanel(page);
  // The form is started: the annex's 备注 makes the 省级 opinion required, and the panel says so.
  await item(page, '申报单位').locator('input').fill('青川市社区大学');
  await expect(problem(page, '省级教育行政部门意见')).toContainText('必填');
  const mobile = item(page, '手机');
  await mobile.locator('input').fill('12345');
  // Ant Design checks on change: its message shows under the field, and ours steps aside (the panel keeps it).
  await expect(mobile.locator('.ant-form-item-explain-error')).toHaveText('手机号码格式不正确');
  await expect(problem(page, '手机')).toBeVisible();
  await expect(problem(page, '手机')).toContainText('11 位手机号码');
  await expect(hint(page, '手机')).toHaveCount(0);
  // Its pattern (1 and ten digits) takes 12345678901, ours does not: its message goes, our hint comes back.
  await mobile.locator('input').fill('12345678901');
  await expect(mobile.locator('.ant-form-item-explain-error')).toHaveCount(0);
  await expect(hint(page, '手机')).toBeVisible();
  await expect(hint(page, '手机')).toContainText('11 位手机号码');

  // 提交 (our guard asks first, the user goes on) runs the form's own validation: 请填写… beside the 省级 opinion,
  // which the started form requires, and 必填 in our panel only.
  // Ant Design spaces out a two-character button's text (提 交).
  await page.getByRole('button', { name: /^提\s*交$/ }).click();
  await page.getByTestId('guard-continue').click();
  const opinion = item(page, '省级教育行政部门意见');
  await expect(opinion.locator('.ant-form-item-explain-error')).toHaveText('请填写省级教育行政部门意见');
  await expect(problem(page, '省级教育行政部门意见')).toBeVisible();
  await expect(problem(page, '省级教育行政部门意见')).toContainText('必填');
  await expect(hint(page, '省级教育行政部门意见')).toHaveCount(0);
  // 手机 passes Ant Design's own rule: our hint stays beside it (seen once the field is back in view).
  await mobile.locator('input').scrollIntoViewIfNeeded();
  await expect(mobile.locator('.ant-form-item-explain-error')).toHaveCount(0);
  await expect(hint(page, '手机')).toBeVisible();
});

test('Ant Design Vue: a required upload counts as filled by the file it lists', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(page.getByTestId('fields-summary')).toContainText('附件2');
  // Every other required field filled.
  await item(page, '申报单位').locator('input').fill('青川市社区大学');
  await item(page, '项目名称').locator('input').fill('社区老年人智能手机课堂');
  await item(page, '手机').locator('input').fill('13601198336');
  await choose(page, '主题', '家庭教育');
  await typeRange(item(page, '项目周期'), '2023-01-01', '2024-06-30', { enterEach: true });
  await item(page, '省级教育行政部门意见').locator('textarea').fill('同意申报');
  const upload = item(page, '申报书盖章扫描件');
  await expect(upload.locator('.ant-upload-list-item-name')).toHaveText('申报书（盖章）.pdf');

  const popup = await popupFor(context, extensionId, PAGE);
  const required = popup.locator('[data-testid="checklist-item"][data-id="required"]');
  // The file it lists fills the required 申报书盖章扫描件.
  await expect(required).toHaveText(/^✓\s*已完成：\s*必填项已填写$/);

  // Removed, the upload is a required field left empty, and named.
  await page.bringToFront();
  await upload.locator('button[title="删除文件"]').click();
  await expect.poll(async () => (await model(page)).files).toEqual([]);
  await popup.bringToFront();
  await expect(required).toHaveText(/^○\s*待完成：\s*必填项已填写\s*1 个必填项未填\s*申报书盖章扫描件$/);

  // A file chosen again: filled.
  await chooseFileAgain(page, upload);
  await popup.bringToFront();
  await expect(required).toHaveText(/^✓\s*已完成：\s*必填项已填写$/);
});
