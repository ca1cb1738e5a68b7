import type { BrowserContext, Page } from '@playwright/test';
import { expect, openPanel, test } from './fixtures';

// Two replica pages of the same platform (能者为师) and period: 001 附件2 申报表 and 001 附件3 汇总表.
const APPLY = 'https://nzws.drce.com.cn/apply.html';
const SUMMARY = 'https://nzws.drce.com.cn/summary.html';

const engineRead = (page: Page) => expect(page.getByTestId('problem-count')).toHaveText(/^\d+$/);
const problem = (page: Page, field: string) => page.locator(`[data-testid="problem"][data-field="${field}"]`);

/** Picks an option the way a user does, by keyboard (a script's selectOption is not the user's typing). */
async function pick(page: Page, selector: string, downs: number): Promise<void> {
  await page.locator(selector).focus();
  for (let i = 0; i < downs; i++) await page.keyboard.press('ArrowDown');
}

/** The labels of the drafts of a page, as the extension keeps them (read from its database). */
async function draftLabels(context: BrowserContext, path: string): Promise<string[]> {
  const [sw] = context.serviceWorkers();
  return (
    (await sw?.evaluate(async (p) => {
      const open = indexedDB.open('tianbao');
      const db: IDBDatabase = await new Promise((r) => {
        open.onsuccess = () => r(open.result);
      });
      const all: { key: { path: string }; labels: Record<string, string> }[] = await new Promise((r) => {
        const get = db.transaction('drafts').objectStore('drafts').getAll();
        get.onsuccess = () => r(get.result);
      });
      db.close();
      return all.filter((d) => d.key.path === p).flatMap((d) => Object.values(d.labels));
    }, path)) ?? []
  );
}

test('001 附件3 汇总表 is checked against the 附件2 申报表 filled on another page of the platform', async ({
  context,
}) => {
  const summary = await context.newPage();
  await summary.goto(SUMMARY);
  await engineRead(summary);
  await openPanel(summary);
  // Row 1 of the 汇总表 names a project whose 申报表 has not been filled here: said, not passed silently.
  await pick(summary, '#inp104', 3); // 项目主题: 家庭教育
  await expect(summary.locator('#inp104')).toHaveValue('家庭教育');
  await summary.locator('#inp105').fill('社区老年人智能手机课堂'); // 项目名称
  await summary.locator('#inp106').fill('李明'); // 项目负责人姓名
  await expect(problem(summary, '项目名称')).toHaveAttribute('data-severity', 'warning');
  await expect(problem(summary, '项目名称')).toContainText('对应的附件2尚未在本机填写');

  // The 申报表 of that project, on the other page of the platform.
  const apply = await context.newPage();
  await apply.goto(APPLY);
  await engineRead(apply);
  await apply.locator('#fld_b63a').fill('江北省青川市社区学院'); // 申报单位
  await apply.locator('#fld_957b').fill('社区老年人智能手机课堂'); // 项目名称
  await apply.locator('#fld_28cc').fill('王芳'); // 姓名 (项目负责人)
  await apply.locator('#fld_e284').fill('13601198336'); // 手机
  await pick(apply, '#fld_6240', 2); // 主题: 科学素质
  await expect(apply.locator('#fld_6240')).toHaveValue('科学素质');
  // Saved as the user types (at most a second later).
  await expect.poll(() => draftLabels(context, '/apply.html')).toContain('主题(10个行动主题选其中之一)');

  // Back on the 汇总表 (its engine reads the other drafts again): the row disagrees with its 申报表 twice.
  await summary.bringToFront();
  await summary.reload();
  await engineRead(summary);
  await openPanel(summary);
  await summary.getByTestId('restore-draft').click();
  await expect(summary.locator('#inp106')).toHaveValue('李明');
  await expect(problem(summary, '项目负责人姓名')).toHaveAttribute('data-severity', 'error');
  await expect(problem(summary, '项目负责人姓名')).toContainText('与附件2“社区老年人智能手机课堂”不一致：那边是“王芳”');
  await expect(problem(summary, '项目主题')).toContainText('那边是“科学素质”');
  await expect(problem(summary, '项目名称')).toHaveCount(0);

  // Made to agree: nothing left across the tables.
  await summary.locator('#inp106').fill('王芳');
  await summary.locator('#inp104').press('ArrowUp'); // 家庭教育 → 科学素质, one up
  await expect(summary.locator('#inp104')).toHaveValue('科学素质');
  await expect(problem(summary, '项目负责人姓名')).toHaveCount(0);
  await expect(problem(summary, '项目主题')).toHaveCount(0);
  // A second row naming a project with no 申报表 here is a warning to check.
  await summary.locator('#inp113').fill('乡村振兴讲堂');
  await expect(problem(summary, '项目名称')).toContainText('在附件2的草稿中找不到“乡村振兴讲堂”');
  await expect(problem(summary, '项目名称')).toHaveAttribute('data-severity', 'warning');
});
