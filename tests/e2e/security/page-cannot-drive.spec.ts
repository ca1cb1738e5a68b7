// Issue #10: the page cannot drive us. Our overlay lives in an open shadow root on the page, so a page script can
// reach every button in it and `click()` it, and can fire `input` events on fields. None of that may act for the
// user: only trusted input (the user's own clicks and keys; Playwright's real clicks and fills are trusted) restores
// a draft, changes a setting or is stored as a draft. Each test checks the page's attempt AND the user's own action.
import type { Page } from '@playwright/test';
import { expect, judgeOn, openPanel, test } from '../fixtures';
import {
  APPLY,
  attackerClicks,
  bytesInUse,
  NEED,
  overlayText,
  PHONE,
  PROJECT,
  readablePage,
  saved,
  savedAfter,
  storageLocal,
  storedDrafts,
  UNIT,
} from './helpers';

const ADDRESS = '#fld_833f'; // 通讯地址
const DUTY = '#fld_8099'; // 职务
const fieldRow = (page: Page, label: string) => page.locator(`[data-testid="recognised-field"][data-label="${label}"]`);

/** Types two values on the 申报表, waits for both to be saved, and reloads: the page now offers the draft. */
async function draftOffered(page: Page): Promise<void> {
  await page.goto(APPLY);
  await openPanel(page);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  await page.locator(UNIT).fill('青川市社区大学');
  const before = Date.now();
  await page.locator(PHONE).fill('13601198336');
  await savedAfter(page, before);
  await page.reload();
  await expect(page.getByTestId('restore-offer')).toContainText('有 2 项');
}

test('恢复草稿, the diff view, 恢复所选 and 撤销 pressed by a page script do nothing; pressed by the user they work', async ({
  context,
}) => {
  const page = await context.newPage();
  await draftOffered(page);

  // The page presses 恢复草稿 (the restore is synchronous, so it would have happened by now).
  expect(await attackerClicks(page, 'restore-draft')).toBe(true);
  await expect(page.locator(UNIT)).toHaveValue('');
  await expect(page.locator(PHONE)).toHaveValue('');
  // The page opens the diff view to read the draft's values.
  expect(await attackerClicks(page, 'restore-diff-toggle')).toBe(true);
  await expect(page.getByTestId('restore-diff')).toHaveCount(0);
  const seen = await overlayText(page);
  expect(seen).not.toContain('青川市社区大学');
  expect(seen).not.toContain('13601198336');

  // The user opens the diff view; the page ticks 手机 and presses 恢复所选.
  await openPanel(page);
  await page.getByTestId('restore-diff-toggle').click();
  await expect(page.getByTestId('restore-diff-row')).toHaveCount(2);
  await page.evaluate(async () => {
    const root = document.querySelector('tianbao-overlay')?.shadowRoot;
    root?.querySelector<HTMLInputElement>('[data-testid="restore-diff-row"][data-field="手机"] input')?.click();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
  await attackerClicks(page, 'restore-selected');
  await expect(page.locator(PHONE)).toHaveValue('');

  // The user's own choice works: tick 手机 (whatever the page did to the box), restore the selection.
  const phoneBox = page.getByRole('checkbox', { name: '手机' });
  await phoneBox.setChecked(false);
  await phoneBox.check();
  await openPanel(page);
  await page.getByTestId('restore-selected').click();
  await expect(page.locator(PHONE)).toHaveValue('13601198336');
  await expect(page.locator(UNIT)).toHaveValue('');

  // The page presses 撤销 to wipe what the user restored: nothing happens. The user's 撤销 works.
  expect(await attackerClicks(page, 'undo-restore')).toBe(true);
  await expect(page.locator(PHONE)).toHaveValue('13601198336');
  await openPanel(page);
  await page.getByTestId('undo-restore').click();
  await expect(page.locator(PHONE)).toHaveValue('');

  // And the user's 恢复草稿 brings back the rest.
  await openPanel(page);
  await page.getByTestId('restore-draft').click();
  await expect(page.locator(UNIT)).toHaveValue('青川市社区大学');
});

test('a script on another page of the origin that poses as the form (pushState) gets nothing by pressing 恢复草稿', async ({
  context,
}) => {
  const form = await context.newPage();
  await form.goto(APPLY);
  await openPanel(form);
  await expect(form.getByTestId('draft-status')).toBeVisible();
  await form.locator(UNIT).fill('青川市社区大学');
  const before = Date.now();
  await form.locator(NEED).fill('只有用户自己能看到的需求');
  await savedAfter(form, before);
  await form.close();

  const evil = await context.newPage();
  await evil.goto('https://nzws.drce.com.cn/evil.html');
  // The engine did see the rebuilt form (so the attack was a real one).
  await expect(evil.getByTestId('fields-summary')).toContainText('附件2');
  await evil.waitForFunction(() => (window as unknown as { __attack: { done: boolean } }).__attack.done, null, {
    timeout: 20_000,
  });
  const attack = await evil.evaluate(
    () => (window as unknown as { __attack: { stolen: string[]; shadowText: string } }).__attack,
  );
  expect(attack.stolen).toEqual([]);
  expect(attack.shadowText).not.toContain('青川市社区大学');
  expect(attack.shadowText).not.toContain('只有用户自己能看到的需求');
  await expect(evil.locator(UNIT)).toHaveValue('');
});

test('不存草稿 ticked by a page script is not kept; ticked by the user it is', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(APPLY);
  await expect(page.getByTestId('fields-summary')).toContainText('附件2');
  await openPanel(page, { diagnostics: true });
  await page.getByTestId('fields-toggle').click();
  await expect(fieldRow(page, '申报单位')).toBeVisible();

  // The page ticks 不存草稿 for 申报单位, so that the user's work there would be lost.
  await page.evaluate(async () => {
    const root = document.querySelector('tianbao-overlay')?.shadowRoot;
    root
      ?.querySelector<HTMLInputElement>(
        '[data-testid="recognised-field"][data-label="申报单位"] [data-testid="field-no-draft"]',
      )
      ?.click();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
  // The user ticks it for 手机, and waits until that choice is kept.
  const before = await storageLocal(context);
  await fieldRow(page, '手机').getByTestId('field-no-draft').check();
  await expect.poll(() => storageLocal(context)).not.toBe(before);

  await page.reload();
  await openPanel(page, { diagnostics: true });
  await page.getByTestId('fields-toggle').click();
  await expect(fieldRow(page, '手机').getByTestId('field-no-draft')).toBeChecked();
  await expect(fieldRow(page, '申报单位').getByTestId('field-no-draft')).not.toBeChecked();
  // And what the user types in 申报单位 is still kept.
  const t = Date.now();
  await page.locator(UNIT).fill('青川市社区大学');
  await savedAfter(page, t);
  expect(await storedDrafts(context)).toContain('青川市社区大学');
});

test('a page script flooding 不存草稿 with 1 MB labels does not grow the extension’s storage', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(APPLY);
  await expect(page.getByTestId('fields-summary')).toContainText('附件2');
  // The page adds two fields whose labels are 1 MB each. (The list may show them shortened: rows are found by prefix.)
  await page.evaluate(() => {
    const form = document.querySelector('form');
    for (const n of ['甲', '乙']) {
      const input = document.createElement('input');
      input.setAttribute('aria-label', `${n}${'x'.repeat(1_000_000)}`);
      form?.append(input);
    }
  });
  await openPanel(page, { diagnostics: true });
  await page.getByTestId('fields-toggle').click();
  const bigRows = () =>
    page.evaluate(
      () =>
        [
          ...(document
            .querySelector('tianbao-overlay')
            ?.shadowRoot?.querySelectorAll('[data-testid="recognised-field"]') ?? []),
        ].filter((r) => /^[甲乙]x{100}/.test(r.getAttribute('data-label') ?? '')).length,
    );
  await expect.poll(bigRows).toBe(2);

  const bytesBefore = await bytesInUse(context);
  await page.evaluate(async () => {
    const rows = document
      .querySelector('tianbao-overlay')
      ?.shadowRoot?.querySelectorAll('[data-testid="recognised-field"]');
    for (const row of rows ?? []) {
      if (!/^[甲乙]x{100}/.test(row.getAttribute('data-label') ?? '')) continue;
      row.querySelector<HTMLInputElement>('[data-testid="field-no-draft"]')?.click();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
  });
  // The user's own tick on 手机 is kept (the sync point: writes are kept in order).
  const before = await storageLocal(context);
  await fieldRow(page, '手机').getByTestId('field-no-draft').check();
  await expect.poll(() => storageLocal(context)).not.toBe(before);
  expect(await bytesInUse(context)).toBeLessThan(bytesBefore + 64 * 1024);
});

test('指定字段 started, picked and saved by a page script does nothing; started by the user it works', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto('https://zyyxzy.moe.edu.cn/');
  await openPanel(page, { diagnostics: true });
  await expect(page.getByTestId('fields-summary')).toBeVisible();
  const before = await storageLocal(context);

  // The page starts 指定字段, "picks" the 报送说明 box, gives it the label 手机 and saves.
  const attack = await page.evaluate(async () => {
    const root = document.querySelector('tianbao-overlay')?.shadowRoot;
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    root?.querySelector<HTMLElement>('[data-testid="map-field-start"]')?.click();
    await frames();
    const picking = !!root?.querySelector('[data-testid="map-picking"]');
    document.querySelector('textarea')?.click();
    await frames();
    const label = root?.querySelector<HTMLInputElement>('[data-testid="map-label"]');
    if (label) {
      label.value = '手机';
      label.dispatchEvent(new Event('input', { bubbles: true }));
      await frames();
    }
    root?.querySelector<HTMLElement>('[data-testid="map-save"]')?.click();
    await frames();
    return { picking, form: !!label };
  });
  expect(attack).toEqual({ picking: false, form: false });
  await expect(page.getByTestId('map-picking')).toHaveCount(0);

  // The user does it: start, click the field, the form names it.
  await openPanel(page, { diagnostics: true });
  await page.getByTestId('map-field-start').click();
  await expect(page.getByTestId('map-picking')).toBeVisible();
  await page.locator('textarea').first().click();
  await expect(page.getByTestId('map-form')).toContainText('报送说明');
  expect(await storageLocal(context)).toBe(before);
  // Nothing the page "saved" took effect: a phone rule on 报送说明 would flag this text.
  await page.locator('textarea').first().fill('123');
  await expect(page.getByTestId('problem')).toHaveCount(0);
});

test('关注 pressed by a page script is not kept; pressed by the user it is', async ({ context, extensionId }) => {
  await judgeOn(context, extensionId, '2026-12-12');
  const page = await context.newPage();
  await page.goto('https://zj.chinaafse.cn/');
  const req = page.locator('[data-testid="requirement"][data-id="s003-jzcth-2023-20-3-2"]');
  await expect(req.getByTestId('follow')).toHaveAttribute('aria-pressed', 'false');
  expect(
    await attackerClicks(page, '[data-testid="requirement"][data-id="s003-jzcth-2023-20-3-2"] [data-testid="follow"]'),
  ).toBe(true);
  // After a reload the overlay shows what is kept.
  await page.reload();
  await expect(req.getByTestId('follow')).toHaveAttribute('aria-pressed', 'false');

  await openPanel(page);
  await req.getByTestId('follow').click();
  await expect(req.getByTestId('follow')).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(req.getByTestId('follow')).toHaveAttribute('aria-pressed', 'true');
});

test('the submit guard’s 仍要提交 and 返回 pressed by a page script do nothing; pressed by the user they work', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(APPLY);
  await openPanel(page);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  await page.locator(PHONE).fill('12345');
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.getByRole('button', { name: '提交' }).click();
  const guard = page.getByTestId('submit-guard');
  await expect(guard).toBeVisible();

  // The page presses 仍要提交 for the user: the page's own submit handler (an alert) must not run.
  expect(await attackerClicks(page, 'guard-continue', 'tianbao-guard')).toBe(true);
  expect(dialogs).toEqual([]);
  await expect(guard).toBeVisible();
  // The page presses 返回 to hide the warning: it stays.
  expect(await attackerClicks(page, 'guard-back', 'tianbao-guard')).toBe(true);
  await expect(guard).toBeVisible();

  // The user's own 仍要提交 goes through to the page.
  await guard.getByTestId('guard-continue').click();
  await expect.poll(() => dialogs.length).toBe(1);
  await expect(guard).toHaveCount(0);
});

test('values a page script sets with input/change events are not drafts; what the user types is', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(APPLY);
  await openPanel(page);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  // As a framework or an injected script does: set the value, fire bubbling input and change events.
  await page.evaluate(
    (fields) => {
      for (const [selector, value] of fields) {
        const el = document.querySelector<HTMLInputElement>(selector);
        if (!el) throw new Error(`no ${selector}`);
        el.value = value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }
    },
    [
      [PROJECT, '页面脚本写入的项目'],
      [ADDRESS, '页面脚本写入的地址'],
    ] as [string, string][],
  );
  await page.locator(UNIT).fill('用户自己输入的单位');
  await page.locator(DUTY).click();
  const before = Date.now();
  await page.keyboard.type('主任');
  await savedAfter(page, before);

  await page.reload();
  await expect(page.getByTestId('restore-offer')).toContainText('有 2 项');
  await openPanel(page);
  await page.getByTestId('restore-diff-toggle').click();
  const rows = page.getByTestId('restore-diff-row');
  await expect(rows).toHaveCount(2);
  expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-field')).sort())).toEqual(
    ['申报单位', '职务'].sort(),
  );
  const readable = await readablePage(page);
  expect(readable).not.toContain('页面脚本写入的项目');
  expect(readable).not.toContain('页面脚本写入的地址');
  await openPanel(page);
  await page.getByTestId('restore-draft').click();
  await expect(page.locator(UNIT)).toHaveValue('用户自己输入的单位');
  await expect(page.locator(DUTY)).toHaveValue('主任');
});

test('a value over the cap is not stored, and the panel says so', async ({ context }) => {
  test.setTimeout(90_000);
  const page = await context.newPage();
  await page.goto(APPLY);
  await openPanel(page);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  await page.locator(UNIT).fill('青川市社区大学');
  await saved(page);
  // 250,000 characters, typed (pasted) by the user: over the 200,000-character cap.
  await page.locator(NEED).fill('需'.repeat(250_000));
  await expect(page.getByTestId('draft-error')).toContainText('未存入草稿');
  expect((await storedDrafts(context)).includes('需'.repeat(1000))).toBe(false);
  await page.reload();
  await expect(page.getByTestId('restore-offer')).toContainText('有 1 项');
  expect((await storedDrafts(context)).includes('需'.repeat(1000))).toBe(false);
});
