import type { Page } from '@playwright/test';
import { expect, judgeOn, openPanel, popupFor, test } from './fixtures';

const APPLY = 'https://nzws.drce.com.cn/apply.html';

const engineRead = (page: Page) => expect(page.getByTestId('problem-count')).toHaveText(/^\d+$/);
const problem = (page: Page, field: string) => page.locator(`[data-testid="problem"][data-field="${field}"]`);
const NOTE = '项目分三期实施，第三年为推广期，已与省级教育行政部门确认';

/** 001 附件2 on the 能者为师 replica: a three-year 项目周期 and a 10-digit 手机, the 省级 opinion filled. */
async function threeYearsAndBadPhone(page: Page): Promise<void> {
  await page.goto(APPLY);
  await engineRead(page);
  await page.locator('#fld_cbd2').fill('同意申报'); // 省级教育行政部门意见 (required once the form is started)
  await page.locator('#fld_e284').fill('1360119833'); // 手机: 10 digits
  await page.locator('#fld_8785').fill('2022-10-01'); // 开始时间
  await page.locator('#fld_6f85').fill('2025-10-01'); // 结束时间: three years on
  await expect(page.getByTestId('problem-count')).toHaveText('2');
}

test('a three-year 项目周期 is a warning that can be explained; a 10-digit 手机 is an error that cannot', async ({
  context,
  extensionId,
}) => {
  await judgeOn(context, extensionId, '2022-09-20');
  const page = await context.newPage();
  await threeYearsAndBadPhone(page);
  await openPanel(page);

  // The two levels, apart, in the words users know.
  await expect(problem(page, '手机')).toHaveAttribute('data-severity', 'error');
  await expect(problem(page, '手机')).toContainText('必须修改');
  await expect(problem(page, '手机')).toContainText('请填写 11 位手机号码');
  await expect(problem(page, '结束时间')).toHaveAttribute('data-severity', 'warning');
  await expect(problem(page, '结束时间')).toContainText('请核实或填写说明');
  const hints = page.locator('tianbao-hints').getByTestId('field-hint');
  await expect(hints.filter({ hasText: '11 位手机号码' })).toHaveAttribute('data-severity', 'error');
  await expect(hints.filter({ hasText: '两年之内' })).toHaveAttribute('data-severity', 'warning');
  // On the page too, the hint opens with the level's words.
  await expect(hints.filter({ hasText: '11 位手机号码' })).toHaveText(/^必须修改：.*请填写 11 位手机号码/);
  await expect(hints.filter({ hasText: '两年之内' })).toHaveText(/^请核实或填写说明：.*两年之内/);

  // Only the warning offers 已核实; the error has no way around it.
  await expect(page.getByRole('button', { name: '已核实“手机”，填写说明' })).toHaveCount(0);
  const explain = page.getByRole('button', { name: '已核实“结束时间”，填写说明' });
  await expect(explain).toHaveCount(1);

  // By keyboard: focus the button, Enter opens the form, the 说明 is required and short.
  await explain.focus();
  await page.keyboard.press('Enter');
  const note = page.getByRole('textbox', { name: '说明（必填，不超过 200 字）' });
  await expect(note).toBeFocused();
  await page.getByRole('button', { name: '保存说明' }).click();
  await expect(page.getByTestId('explain-error')).toHaveText('请填写说明：为什么这一项可以保留。');
  await note.fill('长'.repeat(205));
  await page.getByRole('button', { name: '保存说明' }).click();
  await expect(page.getByTestId('explain-error')).toHaveText('说明不超过 200 字，现有 205 字，请删减 5 字。');
  // Nothing was kept: the warning is still open.
  await expect(problem(page, '结束时间')).toHaveCount(1);
  await note.fill(NOTE);
  await page.keyboard.press('Control+Enter');

  // Explained: done, listed with its 说明; the error stays open.
  await expect(problem(page, '结束时间')).toHaveCount(0);
  const explained = page.locator('[data-testid="explained"][data-field="结束时间"]');
  await expect(explained).toContainText('已核实');
  await expect(explained.getByTestId('explained-note')).toHaveText(`说明：${NOTE}`);
  await expect(page.getByTestId('problem-count')).toHaveText('1');
  await expect(hints.filter({ hasText: '两年之内' })).toHaveCount(0);

  // The 说明 list copies, to paste into the platform's own explanation field or send with the annex.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://nzws.drce.com.cn' });
  await page.getByRole('button', { name: '复制说明' }).click();
  await expect(page.getByText('已复制：可粘贴到平台的说明栏，或随附件报送。')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `项目周期 · 结束时间：周期不超过 24 个月（两年之内），现约 36 个月\n说明：${NOTE}`,
  );

  // The 说明 is kept with the draft: after a reload and a restore, the warning comes back explained.
  await page.reload();
  await engineRead(page);
  await openPanel(page);
  await page.getByTestId('restore-draft').click();
  await expect(page.locator('#fld_6f85')).toHaveValue('2025-10-01');
  await expect(page.locator('[data-testid="explained"][data-field="结束时间"]')).toContainText(NOTE);
  await expect(problem(page, '结束时间')).toHaveCount(0);
  await expect(problem(page, '手机')).toHaveAttribute('data-severity', 'error');

  // Taken back, it is a warning to explain again.
  await page.getByRole('button', { name: '撤销“结束时间”的核实' }).click();
  await expect(problem(page, '结束时间')).toHaveAttribute('data-severity', 'warning');
});

test('checklist and guard: errors stay open, unexplained warnings are listed apart, explained ones are done', async ({
  context,
  extensionId,
}) => {
  await judgeOn(context, extensionId, '2022-09-20');
  const page = await context.newPage();
  await threeYearsAndBadPhone(page);

  // The guard names the error and the unexplained warning apart.
  await page.getByRole('button', { name: '提交' }).click();
  const guard = page.getByTestId('submit-guard');
  const errors = guard.locator('[data-testid="guard-item"][data-severity="error"]');
  const warnings = guard.locator('[data-testid="guard-item"][data-severity="warning"]');
  await expect(errors).toHaveText(/^必须修改：1 处错误\s*手机/);
  await expect(warnings).toHaveText(/^请核实或填写说明：1 处警告\s*项目周期 · 结束时间/);
  await guard.getByTestId('guard-back').click();

  const popup = await popupFor(context, extensionId, APPLY);
  const problems = popup.locator('[data-testid="checklist-item"][data-id="problems"]');
  await expect(problems).toContainText('没有错误，每个警告都已核实并填写说明');
  await expect(problems).toContainText('还有 1 处必须修改，1 处警告待核实或填写说明');
  await expect(problems.locator('[data-testid="checklist-fields"][data-severity="error"]')).toHaveText(
    '必须修改：手机',
  );
  await expect(problems.locator('[data-testid="checklist-fields"][data-severity="warning"]')).toHaveText(
    '请核实或填写说明：项目周期 · 结束时间',
  );

  // The warning explained: the checklist lists its 说明, the guard no longer lists it, the error stays.
  await page.bringToFront();
  await openPanel(page);
  await page.getByRole('button', { name: '已核实“结束时间”，填写说明' }).click();
  await page.getByRole('textbox', { name: '说明（必填，不超过 200 字）' }).fill(NOTE);
  await page.getByRole('button', { name: '保存说明' }).click();
  await expect(page.getByTestId('problem-count')).toHaveText('1');
  await popup.bringToFront();
  await expect(problems).toContainText('还有 1 处必须修改');
  await expect(problems.getByTestId('checklist-note')).toContainText(`结束时间`);
  await expect(problems.getByTestId('checklist-note')).toContainText(`说明：${NOTE}`);
  await expect(problems).toHaveAttribute('data-state', 'fail');

  await page.bringToFront();
  await page.getByRole('button', { name: '提交' }).click();
  await expect(guard.locator('[data-testid="guard-item"][data-severity="error"]')).toHaveCount(1);
  await expect(guard.locator('[data-testid="guard-item"][data-severity="warning"]')).toHaveCount(0);
  await guard.getByRole('button', { name: /^去修改：手机/ }).click();
  await expect(page.locator('#fld_e284')).toBeFocused();

  // The error fixed: the problems item is done with the explained warning in it.
  await page.locator('#fld_e284').fill('13601198336');
  await popup.bringToFront();
  await expect(problems).toHaveAttribute('data-state', 'done');
  await expect(problems.getByTestId('checklist-note')).toContainText(NOTE);
});

test('the page’s own script cannot mark a warning 已核实: only the user’s events open and save a 说明', async ({
  context,
  extensionId,
}) => {
  await judgeOn(context, extensionId, '2022-09-20');
  const page = await context.newPage();
  await threeYearsAndBadPhone(page);
  await openPanel(page);
  await expect(page.getByRole('button', { name: '已核实“结束时间”，填写说明' })).toBeVisible();
  // The page reaches the open shadow root and clicks, as a hostile script on the platform's origin could.
  const opened = await page.evaluate(() => {
    const root = document.querySelector('tianbao-overlay')?.shadowRoot;
    (root?.querySelector('[data-testid="explain-open"]') as HTMLButtonElement | null)?.click();
    return !!root?.querySelector('[data-testid="explain-form"]');
  });
  expect(opened).toBe(false);
  await expect(page.getByTestId('explain-form')).toHaveCount(0);
  await expect(problem(page, '结束时间')).toHaveAttribute('data-severity', 'warning');
  await expect(page.getByTestId('problem-count')).toHaveText('2');
});
