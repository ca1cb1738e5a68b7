import type { Page } from '@playwright/test';
import { buildReplicas } from '../../scripts/build-replicas.mjs';
import { addUserSite, draftSavedSince, expect, openPanel, test } from './fixtures';
import { model, problem, recognisedLabels } from './frameworks';

// The page runs the published layui 2.13 bundle (scripts/build-replicas.mjs copies it in), on a self-hosted
// 高职状态平台 the user adds.
const PAGE = 'https://zt.example.edu.cn:8080/layui-form.html';
test.beforeAll(() => buildReplicas({ quiet: true }));

const item = (page: Page, label: string) =>
  page.locator('.layui-form-item').filter({ has: page.locator('.layui-form-label', { hasText: label }) });

async function choose(page: Page, label: string, option: string): Promise<void> {
  await item(page, label).locator('.layui-select-title').click();
  await item(page, label).locator('dd', { hasText: option }).click();
}

test('layui: labels from .layui-form-label, drawn selects read as shown, 总数 = 专职 + 兼职, restore into form.val', async ({
  context,
  extensionId,
}) => {
  await addUserSite(context, extensionId, 'zt.example.edu.cn:8080', '高职状态平台');
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(page.getByTestId('fields-summary')).toContainText('附件1');
  const labels = await recognisedLabels(page);
  expect(labels).toEqual(
    expect.arrayContaining([
      '学校类型',
      '人员类别',
      '总数',
      '专职',
      '兼职',
      '填表人及联系电话',
      '填表日期',
      '是否已报送',
    ]),
  );
  // layui's drawn title inputs are not fields of their own.
  expect(labels.filter((l) => l === '学校类型')).toHaveLength(1);

  await choose(page, '学校类型', '高等职业学校 （专科）');
  await choose(page, '人员类别', '辅导员');
  await item(page, '总数').locator('input').fill('10');
  await item(page, '专职').locator('input').fill('3');
  await item(page, '兼职').locator('input').fill('4');
  await expect(problem(page, '总数')).toContainText('应等于 专职 + 兼职（3 + 4 = 7），现为 10');
  await item(page, '总数').locator('input').fill('7');
  await expect(problem(page, '总数')).toHaveCount(0);
  await item(page, '填表日期').locator('input').fill('2022-07-15');
  await page.locator('h3').click(); // closes laydate's calendar
  const since = Date.now();
  await item(page, '是否已报送').locator('.layui-form-radio', { hasText: '否' }).click();
  const want = { lx: '2', lb: 'fdy', zs: '7', zz: '3', jz: '4', rq: '2022-07-15', bs: '否' };
  await expect.poll(async () => model(page)).toMatchObject(want);
  await draftSavedSince(page, since);

  await page.reload();
  await expect(page.getByTestId('restore-offer')).toContainText('有 7 项');
  await openPanel(page);
  await page.getByTestId('restore-draft').click();
  await expect.poll(async () => model(page)).toMatchObject(want);
  // What layui draws agrees with its values: the title shows the option, the radio box is checked.
  await expect(item(page, '学校类型').locator('.layui-select-title input')).toHaveValue('高等职业学校 （专科）');
  await expect(item(page, '是否已报送').locator('.layui-form-radioed')).toHaveText('否');

  // Undo empties the selects through layui's 请选择 line; a picked radio can't be un-picked, and the panel says so.
  await openPanel(page);
  await page.getByTestId('undo-restore').click();
  await expect
    .poll(async () => model(page))
    .toMatchObject({ lx: '', lb: '', zs: '', zz: '', jz: '', rq: '', bs: '否' });
  await expect(page.getByTestId('draft-error')).toContainText('“是否已报送”（这种控件无法安全地自动填写，请手动填写）');
  await expect(page.getByTestId('restore-offer')).toContainText('有 6 项');
});
