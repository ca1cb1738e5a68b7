import fs from 'node:fs';
import path from 'node:path';
import { addUserSite, expect, judgeOn, openPanel, test } from './fixtures';

/** 未经审核 on each requirement of an unreviewed pack: the platform page's overlay and the dashboard's timeline. */

const PACK = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, '../fixtures/packs/policy-pushed.json'), 'utf8'),
);
const REQUIREMENT = 'policy-test-2026-1-1';

test('a requirement of an unreviewed pack reads 未经审核 on its platform page and in the timeline', async ({
  context,
  extensionId,
}) => {
  // The user's own host for the platform the pack's requirement names.
  const options = await addUserSite(context, extensionId, 'zz.example.edu.cn', '中职学校系统');
  await expect(options.locator('[data-testid="site-item"][data-host="zz.example.edu.cn"]')).toHaveCount(1);

  // A pack nobody reviewed (as `notice pack` makes it), imported in the dashboard's 知识包.
  await options.goto(`chrome-extension://${extensionId}/options.html#packs`);
  const unreviewed = { ...PACK, notices: PACK.notices.map((n: object) => ({ ...n, reviewed: false })) };
  await options.getByTestId('pack-file').setInputFiles({
    name: 'unreviewed.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(unreviewed)),
  });
  await expect(options.getByTestId('pack-unreviewed')).toContainText('未经审核');
  await options.getByTestId('pack-diff').getByRole('button', { name: '全部导入' }).click();
  await expect(options.getByTestId('pack-status')).toContainText('已导入');

  // The dashboard's timeline tags it; a built-in (reviewed) entry carries no tag.
  const entry = options.locator(`[data-testid="timeline-entry"][data-id="${REQUIREMENT}"]`);
  await expect(entry).toHaveAttribute('data-reviewed', 'false');
  await expect(entry.getByRole('note', { name: '未经审核' })).toHaveText('未经审核');
  const builtin = options.locator('[data-testid="timeline-entry"]:not([data-id^="policy-test-"])').first();
  await expect(builtin).toHaveAttribute('data-reviewed', 'true');
  await expect(builtin.getByRole('note')).toHaveCount(0);

  // Its platform's page: the overlay lists it with the tag, and its other attributes as before.
  await judgeOn(context, extensionId, '2026-12-01');
  const page = await context.newPage();
  await page.goto('https://zz.example.edu.cn/');
  await expect(page.getByTestId('platform-name')).toHaveText('中职学校系统');
  await openPanel(page);
  const requirement = page.locator(`[data-testid="requirement"][data-id="${REQUIREMENT}"]`);
  await expect(requirement).toContainText('中职学校数据核对（测试用）');
  await expect(requirement).toHaveAttribute('data-reviewed', 'false');
  await expect(requirement).toHaveAttribute('data-deadline', '2026-12-20');
  await expect(requirement).toHaveAttribute('data-status', 'upcoming');
  await expect(requirement).toHaveAttribute('data-source', 'imported');
  await expect(requirement.getByRole('note', { name: '未经审核' })).toBeVisible();
  await expect(requirement.getByRole('note', { name: '未经审核' })).toHaveAttribute(
    'title',
    '这条要求由程序从通知原文读出，尚未经人核对，请以通知原文为准',
  );

  // The popup's overview: the same tag on the same requirement.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const inPopup = popup.getByTestId('popup-overview').locator(`[data-testid="requirement"][data-id="${REQUIREMENT}"]`);
  await expect(inPopup).toHaveAttribute('data-reviewed', 'false');
  await expect(inPopup.getByRole('note', { name: '未经审核' })).toBeVisible();
});
