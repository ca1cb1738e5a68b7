import type { Page } from '@playwright/test';
import { addUserSite, draftSavedSince, expect, openPanel, test } from './fixtures';
import { recognisedLabels } from './frameworks';

// Two modelled replica pages of the same self-hosted platform (中职学校系统) and period: 000 附件2 人选推荐表 and
// 000 附件3 推荐汇总表 (000 sends them by e-mail; the pages model a collection form for them).
const RECOMMEND = 'https://zz.example.edu.cn/expert-recommend.html';
const SUMMARY = 'https://zz.example.edu.cn/expert-summary.html';

const engineRead = (page: Page) => expect(page.getByTestId('problem-count')).toHaveText(/^\d+$/);
const problem = (page: Page, field: string) => page.locator(`[data-testid="problem"][data-field="${field}"]`);

/** Picks an option the way a user does, by keyboard. */
async function pick(page: Page, selector: string, downs: number): Promise<void> {
  await page.locator(selector).focus();
  for (let i = 0; i < downs; i++) await page.keyboard.press('ArrowDown');
}

// 汇总表 row 1 and row 2: 擅长领域 (select) and 姓名.
const ROW1 = { area: '#ctl_307', name: '#ctl_30e' };
const ROW2 = { name: '#ctl_34d' };
// The printed labels of 附件2 (000 lines 165–173) as the engine shows them (whitespace and note marks dropped).
const ANNEX2_LABELS = [
  '推荐单位',
  '姓名',
  '性别',
  '出生年月',
  '民族',
  '工作单位',
  '擅长领域和专业技术方向',
  '行政职务',
  '专业技术职务',
  '联系电话',
  '电子邮箱',
  '德育与思政工作经历经验及获奖情况',
  '所在单位意见',
  '推荐单位意见',
];

test('000 附件3 推荐汇总表 is checked against the 附件2 推荐表 filled on another page of the platform', async ({
  context,
  extensionId,
}) => {
  await (await addUserSite(context, extensionId, 'zz.example.edu.cn', '中职学校系统')).close();

  // Before any 附件2 draft exists: the row's 姓名 cannot be checked, and the page says so.
  const summary = await context.newPage();
  await summary.goto(SUMMARY);
  await engineRead(summary);
  await openPanel(summary);
  await pick(summary, ROW1.area, 3); // 擅长领域: 劳动教育
  await expect(summary.locator(ROW1.area)).toHaveValue('劳动教育');
  await summary.locator(ROW1.name).fill('王一');
  await expect(problem(summary, '姓名')).toHaveAttribute('data-severity', 'warning');
  await expect(problem(summary, '姓名')).toContainText('对应的附件2尚未在本机填写');

  // The 推荐表 of 王一, on the other page; every field is recognised with its printed label.
  const recommend = await context.newPage();
  await recommend.goto(RECOMMEND);
  await engineRead(recommend);
  const labels = new Set(await recognisedLabels(recommend));
  for (const label of ANNEX2_LABELS) expect(labels, label).toContain(label);
  const unmatched = await recommend
    .getByTestId('recognised-field')
    .evaluateAll(
      (els, wanted) =>
        els
          .filter((e) => wanted.includes(e.getAttribute('data-label') ?? '') && !e.textContent?.includes('✓'))
          .map((e) => e.getAttribute('data-label')),
      ANNEX2_LABELS,
    );
  expect(unmatched).toEqual([]);
  await recommend.locator('#ctl_a1c07e').fill('江北省教育厅'); // 推荐单位
  await recommend.locator('#ctl_5f2b90').fill('王一'); // 姓 名
  await pick(recommend, '#ctl_3b9d14', 1); // 性别: 男
  await recommend.locator('#ctl_90be6f').fill('青川职业技术学校'); // 工作单位
  await recommend.locator('#ctl_6ac9f2').fill('13601198336'); // 联系电话
  const since = Date.now();
  await pick(recommend, '#ctl_e62a1d', 4); // 擅长领域和 专业技术方向 ¹: 心理健康教育
  await expect(recommend.locator('#ctl_e62a1d')).toHaveValue('心理健康教育');
  await draftSavedSince(recommend, since);

  // Back on the 汇总表 (its engine reads the other drafts again): 王一's 擅长领域 disagrees with the 推荐表.
  await summary.bringToFront();
  await summary.reload();
  await engineRead(summary);
  await openPanel(summary);
  await summary.getByTestId('restore-draft').click();
  await expect(summary.locator(ROW1.name)).toHaveValue('王一');
  await expect(problem(summary, '擅长领域')).toHaveAttribute('data-severity', 'error');
  await expect(problem(summary, '擅长领域')).toContainText('与附件2“王一”不一致：那边是“心理健康教育”');
  await expect(problem(summary, '姓名')).toHaveCount(0);

  // Made to agree (劳动教育 → 心理健康教育, one down): nothing left across the tables.
  await summary.locator(ROW1.area).press('ArrowDown');
  await expect(summary.locator(ROW1.area)).toHaveValue('心理健康教育');
  await expect(problem(summary, '擅长领域')).toHaveCount(0);
  await expect(problem(summary, '姓名')).toHaveCount(0);

  // A second row naming someone with no 推荐表 here is a warning to check.
  await summary.locator(ROW2.name).fill('李四');
  await expect(problem(summary, '姓名')).toContainText('在附件2的草稿中找不到“李四”');
  await expect(problem(summary, '姓名')).toHaveAttribute('data-severity', 'warning');
});
