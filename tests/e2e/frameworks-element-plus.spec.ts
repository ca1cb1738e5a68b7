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

// The page runs the published Vue 3 + Element Plus bundles (scripts/build-replicas.mjs copies them in).
const PAGE = 'https://sg.cutech.edu.cn/project.html';
test.beforeAll(() => buildReplicas({ quiet: true }));

const item = (page: Page, label: string) =>
  page
    .locator('.el-form-item')
    .filter({ has: page.locator('.el-form-item__label', { hasText: label }) })
    .first();

/** Picks an option of an el-select as a user does: open it, click the option. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await item(page, label).locator('.el-select__wrapper').click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: option }).click();
}

test('Element Plus: every field is recognised with its exact label, from the form items and the table', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(page.getByTestId('fields-summary')).toContainText('附件2《社区教育实践创新项目申报表》');
  const labels = await recognisedLabels(page);
  expect(labels).toEqual(
    expect.arrayContaining([
      '申报单位',
      '项目名称',
      '姓名',
      '职务',
      '职称',
      '手机',
      '通讯地址',
      // A label with a tooltip mark (?) inside: the mark is not part of it.
      '主题(10个行动主题选其中之一)',
      // One range picker, two ends.
      '项目周期(开始)',
      '项目周期(结束)',
      '一、当地需求(800字以内)',
      '二、师资队伍情况(数据图表为主,500字以内)',
      '三、项目目的(200字以内)',
      '四、项目任务(1000字以内)',
      '五、重点难点(800字以内)',
      '六、预期目标(尽可能量化,400字以内)',
      '七、保障措施(300字以内)',
      '申报单位意见',
      '县(市、区)级教育行政部门意见',
      '市(地、州)级教育行政部门意见',
      '省级教育行政部门意见',
      '申报日期',
      '所在地区',
      '是否已有前期基础',
      '合作方类型',
      '参与人数',
      '承诺所填信息真实',
      // el-table: the column header over each cell's input.
      '成员姓名',
      '所在单位',
    ]),
  );
  // The radio and checkbox options are not labels of their own; the popups' internals are no fields.
  expect(labels).not.toContain('是');
  expect(labels).not.toContain('高校');
});

test('Element Plus: bad values raise the right problems, the 项目周期 range is checked, fixing clears them', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(page.getByTestId('fields-summary')).toContainText('附件2');
  await expect(page.getByTestId('problem-count')).toHaveText('0');

  await item(page, '手机').locator('input').fill('12345');
  await typeRange(item(page, '项目周期'), '2022-10-01', '2025-03-01');
  expect((await model(page)).period).toEqual(['2022-10-01', '2025-03-01']);
  await expect(problem(page, '手机')).toContainText('11 位手机号码');
  await expect(problem(page, '项目周期(结束)')).toContainText('两年之内');
  // The select shows the theme's text while its model holds a code: the displayed text is what is checked.
  await choose(page, '主题', '家庭教育');
  expect((await model(page)).theme).toBe('T3');
  await expect(problem(page, '主题(10个行动主题选其中之一)')).toHaveCount(0);

  await item(page, '手机').locator('input').fill('13601198336');
  await typeRange(item(page, '项目周期'), '2022-10-01', '2024-09-30');
  expect((await model(page)).period).toEqual(['2022-10-01', '2024-09-30']);
  await expect(problem(page, '手机')).toHaveCount(0);
  await expect(problem(page, '项目周期(结束)')).toHaveCount(0);
});

test('Element Plus: type, reload, restore puts every value back into the framework model', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(PAGE);
  await openPanel(page);
  await expect(page.getByTestId('draft-status')).toBeVisible();

  await item(page, '申报单位').locator('input').fill('青川市社区大学');
  await choose(page, '主题', '家庭教育');
  await choose(page, '职称', '副教授');
  await typeRange(item(page, '项目周期'), '2023-01-01', '2024-06-30');
  const date = item(page, '申报日期').locator('input');
  await date.click();
  await date.fill('2023-05-06');
  await date.press('Enter');
  await pickCascade(item(page, '所在地区').locator('.el-cascader'), '.el-cascader-node', ['四川省', '广元市']);
  await item(page, '是否已有前期基础').getByText('是', { exact: true }).click();
  await item(page, '一、当地需求').locator('textarea').fill('社区“老年大学”需求旺盛。');
  // 四、项目任务 is a wangEditor section: typed in its editable area, two paragraphs.
  await item(page, '四、项目任务').locator('[contenteditable="true"]').click();
  await page.keyboard.type('开设老年课程');
  await page.keyboard.press('Enter');
  await page.keyboard.type('培训社区教师');
  await item(page, '项目成员').locator('.el-table__body tr').first().locator('input').first().fill('李四');
  await item(page, '合作方类型').getByText('企业', { exact: true }).click();
  await item(page, '参与人数').locator('input').fill('25');
  await item(page, '参与人数').locator('input').press('Tab');
  const since = Date.now();
  await item(page, '承诺所填信息真实').locator('.el-switch').click();
  await expect
    .poll(async () => model(page))
    .toMatchObject({
      unit: '青川市社区大学',
      theme: 'T3',
      title: '副教授',
      period: ['2023-01-01', '2024-06-30'],
      date: '2023-05-06',
      region: ['sc', 'gy'],
      basis: '是',
      s1: '社区“老年大学”需求旺盛。',
      s4: '开设老年课程\n培训社区教师',
      partners: ['企业'],
      people: 25,
      promise: true,
    });
  await draftSavedSince(page, since);

  await page.reload();
  await expect(page.getByTestId('restore-offer')).toContainText('有 14 项');
  expect((await model(page)).theme).toBe('');
  await openPanel(page);
  await page.getByTestId('restore-draft').click();
  await expect
    .poll(async () => model(page))
    .toMatchObject({
      unit: '青川市社区大学',
      theme: 'T3',
      title: '副教授',
      period: ['2023-01-01', '2024-06-30'],
      date: '2023-05-06',
      region: ['sc', 'gy'],
      basis: '是',
      s1: '社区“老年大学”需求旺盛。',
      // The editor's own model took the content, paragraphs and all.
      s4: '开设老年课程\n培训社区教师',
      partners: ['企业'],
      people: 25,
      promise: true,
    });
  expect(((await model(page)).members as { name: string }[])[0]?.name).toBe('李四');
  await expect(item(page, '主题').locator('.el-select__placeholder')).toHaveText('家庭教育');
  await expect(page.getByTestId('restore-offer')).toHaveCount(0);
});

test('Element Plus: beside the form’s own message, no second inline message; the panel still lists the problem', async ({
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
  await expect(mobile.locator('.el-form-item__error')).toHaveCount(0);

  // The form's own validation (提交; our guard asks first, the user goes on): Element's message shows, ours steps aside.
  await page.getByRole('button', { name: '提交' }).click();
  await page.getByTestId('guard-continue').click();
  await expect(mobile.locator('.el-form-item__error')).toHaveText('手机号码格式不正确');
  await expect(hint(page, '手机')).toHaveCount(0);
  await expect(problem(page, '手机')).toBeVisible();
  await expect(problem(page, '手机')).toContainText('11 位手机号码');
  // A field the annex requires once the form is started: Element's 请填写… beside it, 必填 in our panel only.
  const opinion = item(page, '省级教育行政部门意见');
  await expect(opinion.locator('.el-form-item__error')).toHaveText('请填写省级教育行政部门意见');
  await expect(hint(page, '省级教育行政部门意见')).toHaveCount(0);
  await expect(problem(page, '省级教育行政部门意见')).toBeVisible();
  await expect(problem(page, '省级教育行政部门意见')).toContainText('必填');

  // Element's pattern (1 and ten digits) takes 12345678901, ours does not: its message goes, our hint comes back.
  await mobile.locator('input').fill('12345678901');
  await page.locator('h3').first().click();
  await expect(mobile.locator('.el-form-item__error')).toHaveCount(0);
  await expect(hint(page, '手机')).toBeVisible();
  await expect(hint(page, '手机')).toContainText('11 位手机号码');
  // Filled and left: Element's message and our problem both go.
  await opinion.locator('textarea').fill('同意申报');
  await page.locator('h3').first().click();
  await expect(opinion.locator('.el-form-item__error')).toHaveCount(0);
  await expect(problem(page, '省级教育行政部门意见')).toHaveCount(0);
  await expect(hint(page, '省级教育行政部门意见')).toHaveCount(0);
});

test('Element Plus: a select whose option is gone is named in the panel, left as it was, and stays on offer', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(PAGE);
  await openPanel(page);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  await choose(page, '主题', '家庭教育');
  // Typed last: the save that follows the typing carries the select's change picked up before it.
  const since = Date.now();
  await item(page, '申报单位').locator('input').fill('青川市社区大学');
  await draftSavedSince(page, since);

  // The platform has since dropped that theme from its list.
  const html = fs.readFileSync(new URL('../fixtures/sites/sg.cutech.edu.cn/project.html', import.meta.url), 'utf8');
  await page.route(PAGE, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html.replace("'家庭教育', ", '') }),
  );
  await page.reload();
  await expect(page.getByTestId('restore-offer')).toContainText('有 2 项');
  await openPanel(page);
  await page.getByTestId('restore-draft').click();
  await expect(page.getByTestId('draft-error')).toContainText(
    '以下字段未恢复，仍是页面原来的值：“主题(10个行动主题选其中之一)”（下拉选项中没有草稿里的这一项）',
  );
  await expect.poll(async () => (await model(page)).unit).toBe('青川市社区大学');
  expect((await model(page)).theme).toBe('');
  await expect(item(page, '主题').locator('.el-select__placeholder')).toHaveText('请选择主题');
  await expect(page.locator('.el-select-dropdown:visible')).toHaveCount(0);
  await expect(page.getByTestId('restore-offer')).toContainText('有 1 项');
});

test('Element Plus: a required upload counts as filled by the file it lists', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(page.getByTestId('fields-summary')).toContainText('附件2');
  // Every other required field filled.
  await item(page, '申报单位').locator('input').fill('青川市社区大学');
  await item(page, '项目名称').locator('input').fill('社区老年人智能手机课堂');
  await item(page, '姓名').locator('input').fill('王老师');
  await item(page, '手机').locator('input').fill('13601198336');
  await choose(page, '主题', '家庭教育');
  await typeRange(item(page, '项目周期'), '2023-01-01', '2024-06-30');
  await item(page, '省级教育行政部门意见').locator('textarea').fill('同意申报');
  const date = item(page, '申报日期').locator('input');
  await date.click();
  await date.fill('2023-05-06');
  await date.press('Enter');
  const upload = item(page, '申报书盖章扫描件');
  await expect(upload.locator('.el-upload-list__item-file-name')).toHaveText('申报书（盖章）.pdf');

  const popup = await popupFor(context, extensionId, PAGE);
  const required = popup.locator('[data-testid="checklist-item"][data-id="required"]');
  // The file it lists fills the required 申报书盖章扫描件.
  await expect(required).toHaveText(/^✓\s*已完成：\s*必填项已填写$/);

  // Removed (its ✕), the upload is a required field left empty, and named.
  await page.bringToFront();
  await upload.locator('.el-upload-list__item').hover();
  await upload.getByRole('button', { name: '删除', exact: true }).click();
  await expect.poll(async () => (await model(page)).files).toEqual([]);
  await popup.bringToFront();
  await expect(required).toHaveText(/^○\s*待完成：\s*必填项已填写\s*1 个必填项未填\s*申报书盖章扫描件$/);

  // A file chosen again: filled.
  await chooseFileAgain(page, upload);
  await popup.bringToFront();
  await expect(required).toHaveText(/^✓\s*已完成：\s*必填项已填写$/);
});
