import type { Page } from '@playwright/test';
import { buildReplicas } from '../../scripts/build-replicas.mjs';
import { draftSavedSince, expect, openPanel, test } from './fixtures';
import { model, problem, recognisedLabels, typeRange } from './frameworks';

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
    ]),
  );

  await typeRange(item(page, '项目周期'), '2022-10-01', '2025-03-01', { enterEach: true });
  expect((await model(page)).period).toEqual(['2022-10-01', '2025-03-01']);
  await expect(problem(page, '项目周期(结束)')).toContainText('两年之内');
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
