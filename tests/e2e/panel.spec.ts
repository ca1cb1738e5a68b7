import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, judgeOn, launchWithExtension, openPanel, test } from './fixtures';

// Issue #11, "a panel that stays out of the way": what a person sees of the overlay on a form.
const APPLY = 'https://nzws.drce.com.cn/apply.html';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function box(l: Locator): Promise<Box> {
  const b = await l.boundingBox();
  if (!b) throw new Error('not on screen');
  return b;
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The part of the service worker's `chrome` the shortcut test uses. */
interface Chromeish {
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: object, options: object): Promise<unknown>;
  };
}

async function engineReady(page: Page): Promise<void> {
  await expect(page.getByTestId('problem-count')).toHaveCount(1);
}

/** The 申报表 with the engine up and a wrong phone number typed (its hint shown). */
async function applyWithBadPhone(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(APPLY);
  await engineReady(page);
  await page.locator('#fld_e284').fill('12345');
  return page;
}

test('by default the overlay is a small pill that covers no field; it counts problems and keeps every contract', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(APPLY);
  const pill = page.getByTestId('overlay-toggle');
  await expect(pill).toHaveAttribute('aria-expanded', 'false');
  await engineReady(page);
  const pillBox = await box(page.getByTestId('overlay-panel'));
  expect(pillBox.width).toBeLessThan(160);
  expect(pillBox.height).toBeLessThan(44);
  // No field of the form is under it.
  for (const input of await page.locator('input:visible, textarea:visible, select:visible').all()) {
    expect(overlap(pillBox, await box(input))).toBe(false);
  }
  // Collapsed, the contracts stay in the overlay's shadow DOM, hidden.
  await expect(page.getByTestId('platform-name')).toHaveText('能者为师');
  await expect(page.getByTestId('platform-name')).toBeHidden();
  await expect(page.getByTestId('problem-count')).toHaveText('0');
  await expect(page.getByTestId('pill-problems')).toHaveText('0');

  // A wrong phone number (and the form's required 意见 now missing): the pill counts them, and says it in words.
  await page.locator('#fld_e284').fill('12345');
  await page.locator('#fld_e284').blur();
  await expect(page.getByTestId('problem-count')).toHaveText('2');
  await expect(page.getByTestId('pill-problems')).toHaveText('2');
  await expect(pill).toHaveAccessibleName(/2 个校验问题/);
  await expect(page.getByTestId('problem')).toHaveCount(2);
  await expect(page.getByTestId('problem').first()).toBeHidden();

  // A click opens it: what is due, what is wrong, what can be restored, then the details behind a toggle.
  await pill.click();
  await expect(pill).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('problem').first()).toBeVisible();
  await expect(page.getByTestId('problem').first()).toHaveText(/^手机：请填写 11 位手机号码/);
  await expect(page.getByTestId('fields-summary')).toBeHidden();
  await page.getByRole('button', { name: '识别详情' }).click();
  await expect(page.getByTestId('fields-summary')).toBeVisible();
  const order = await page.getByTestId('overlay-body').evaluate((body) =>
    ['requirements', 'problems', 'drafts', 'fields-summary'].map((id) => {
      const el = body.querySelector(`[data-testid="${id}"]`);
      return el ? [...body.querySelectorAll('*')].indexOf(el) : -1;
    }),
  );
  expect(order.every((n, i) => n >= 0 && (i === 0 || n > (order[i - 1] ?? 0)))).toBe(true);
});

test('the pill shows a dot when a draft can be restored, and the days to the nearest deadline', async ({
  context,
  extensionId,
}) => {
  await judgeOn(context, extensionId, '2026-11-24');
  const page = await context.newPage();
  await page.goto('https://zj.chinaafse.cn/');
  // Collapsed, the requirements are in the shadow DOM with their contract, hidden.
  const due = page.locator('[data-testid="requirement"][data-id="s003-jzcth-2023-20-3-2"]');
  await expect(due).toHaveAttribute('data-deadline', '2026-12-15');
  await expect(due).toHaveAttribute('data-status', 'upcoming');
  await expect(due).toBeHidden();
  await expect(page.getByTestId('pill-days')).toHaveText('21天');
  await expect(page.getByTestId('overlay-toggle')).toHaveAccessibleName(/最近截止还有 21 天/);

  await page.goto(APPLY);
  await engineReady(page);
  await expect(page.getByTestId('pill-draft')).toHaveCount(0);
  await page.locator('#fld_b63a').fill('江北省青川市社区大学');
  await expect(page.getByTestId('draft-status')).toHaveAttribute('data-saved-at', /\d+/);
  await page.reload();
  await page.locator('#fld_b63a').fill('');
  await page.reload();
  await expect(page.getByTestId('pill-draft')).toBeVisible();
  await expect(page.getByTestId('overlay-toggle')).toHaveAccessibleName(/有可恢复的草稿/);
  await expect(page.getByTestId('restore-draft')).toBeAttached();
});

test('opened on one platform, the panel stays open there only; keyboard and the toolbar shortcut open and close it', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(APPLY);
  const pill = page.getByTestId('overlay-toggle');
  await pill.focus();
  await page.keyboard.press('Enter');
  await expect(pill).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('overlay-body')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(pill).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Space');
  await expect(pill).toHaveAttribute('aria-expanded', 'true');

  await page.waitForTimeout(300);
  await page.reload();
  await expect(page.getByTestId('overlay-toggle')).toHaveAttribute('aria-expanded', 'true');
  await page.goto('https://www.shequ.edu.cn/');
  await expect(page.getByTestId('overlay-toggle')).toHaveAttribute('aria-expanded', 'false');

  // The manifest's command, as the background receives it, toggles the panel of the tab's top frame.
  const [sw] = context.serviceWorkers();
  if (!sw) throw new Error('no service worker');
  const shortcut = await sw.evaluate(async () => {
    const ext = (globalThis as unknown as { chrome: Chromeish }).chrome;
    return (await ext.commands.getAll()).find((c) => c.name === 'toggle-overlay')?.shortcut;
  });
  expect(shortcut).toBe('Alt+Shift+Y');
  const send = () =>
    sw.evaluate(async () => {
      const ext = (globalThis as unknown as { chrome: Chromeish }).chrome;
      const [tab] = await ext.tabs.query({ url: 'https://www.shequ.edu.cn/*' });
      return ext.tabs.sendMessage(tab?.id ?? -1, { type: 'overlay/toggle', payload: {} }, { frameId: 0 });
    });
  await send();
  await expect(page.getByTestId('overlay-toggle')).toHaveAttribute('aria-expanded', 'true');
  await send();
  await expect(page.getByTestId('overlay-toggle')).toHaveAttribute('aria-expanded', 'false');
});

test('open, the panel steps aside from the field in focus, and a problem it lists takes you to a field it does not cover', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(APPLY);
  await engineReady(page);
  await openPanel(page);
  const panel = page.getByTestId('overlay-panel');
  const unit = page.locator('#fld_b63a');
  // Open on the right, it covers the end of the 申报单位 input.
  expect(overlap(await box(panel), await box(unit))).toBe(true);
  await unit.focus();
  await expect.poll(async () => overlap(await box(panel), await box(unit))).toBe(false);
  await expect(panel).toBeInViewport({ ratio: 1 });

  // A problem in the list: the field it names is focused, in view, and not under the panel.
  const phone = page.locator('#fld_e284');
  await phone.fill('12345');
  await page
    .locator('h1, .crumb, body')
    .first()
    .click({ position: { x: 5, y: 5 } });
  const problem = page.getByTestId('problem').filter({ hasText: '手机' });
  await problem.click();
  await expect(phone).toBeFocused();
  await expect(phone).toBeInViewport();
  await expect.poll(async () => overlap(await box(panel), await box(phone))).toBe(false);
  // The hint of that field is not under the panel either.
  const hint = page.locator('tianbao-hints').getByTestId('field-hint').filter({ hasText: '11 位手机号码' });
  await expect(hint).toBeVisible();
  await expect.poll(async () => overlap(await box(panel), await box(hint))).toBe(false);
});

test('the panel never runs past the bottom of the window: its end is reached by scrolling inside it', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(APPLY);
  await engineReady(page);
  await openPanel(page, { diagnostics: true });
  await page.getByTestId('fields-toggle').click();
  const panel = page.getByTestId('overlay-panel');
  // Moved down by the keyboard, far from the top.
  await page.getByTestId('overlay-grip').focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowDown');
  const p = await box(panel);
  expect(p.y).toBeGreaterThan(250);
  expect(p.y + p.height).toBeLessThanOrEqual(600);
  const last = page.getByTestId('recognised-field').last();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  // The way to close it stays in reach, however far its body scrolled.
  await expect(page.getByTestId('overlay-toggle')).toBeInViewport();
});

test('hints stay inside the window and off the panel, and show their full text while their field has focus', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto(APPLY);
  await engineReady(page);
  const phone = page.locator('#fld_e284');
  await phone.fill('12345');
  await page.locator('#fld_8785').fill('2024-05-01');
  await page.locator('#fld_6f85').fill('2023-01-01');
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await openPanel(page);
  const panel = await box(page.getByTestId('overlay-panel'));
  const hints = page.locator('tianbao-hints').getByTestId('field-hint');
  await expect(hints.first()).toBeVisible();
  for (const h of await hints.all()) {
    if (!(await h.isVisible())) continue;
    const b = await box(h);
    expect(overlap(b, panel)).toBe(false);
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(900);
  }
  // Painted under our panel, never over it: the panel's host is the one the browser finds at its centre.
  const onTop = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x ?? 0, y ?? 0)?.tagName,
    [panel.x + panel.width / 2, panel.y + 20],
  );
  expect(onTop).toBe('TIANBAO-OVERLAY');

  // The phone hint, one line at rest, shows its whole text while the field has focus.
  const phoneHint = page.locator('tianbao-hints [data-testid="field-hint"]').filter({ hasText: '11 位手机号码' });
  await phone.focus();
  await expect(phoneHint).toBeVisible();
  const clipped = () => phoneHint.evaluate((n) => n.scrollWidth > n.clientWidth || n.scrollHeight > n.clientHeight);
  await expect.poll(clipped).toBe(false);
  await expect(phoneHint).toBeInViewport({ ratio: 1 });
});

test('a long hint near the right edge wraps and shifts left: its whole text inside the window, off its field and off other hints', async ({
  context,
}) => {
  const page = await applyWithBadPhone(context);
  await page.locator('#fld_8785').fill('2024-05-01');
  const end = page.locator('#fld_6f85');
  await end.fill('2023-01-01');
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  const hints = page.locator('tianbao-hints [data-testid="field-hint"]');
  const hint = hints.filter({ hasText: '不能早于' });
  const phoneHint = hints.filter({ hasText: '11 位手机号码' });
  const phone = page.locator('#fld_e284');
  // Wide, then narrow windows: the end date sits ever nearer the right edge (or past it), its hint wraps.
  for (const width of [1280, 900, 640]) {
    await page.setViewportSize({ width, height: 720 });
    await end.scrollIntoViewIfNeeded();
    // The phone field, two rows up, on screen too: its hint is there to be kept clear of.
    await phone.scrollIntoViewIfNeeded();
    await expect(end).toBeInViewport();
    await expect(phone).toBeInViewport();
    await expect(hint).toHaveText('必须修改：“结束时间”不能早于“开始时间”');
    await expect(hint).toBeInViewport({ ratio: 1 });
    await expect
      .poll(async () => {
        const b = await box(hint);
        return b.x >= 0 && b.x + b.width <= width && b.y >= 0 && b.y + b.height <= 720;
      })
      .toBe(true);
    // Nothing of it is cut: no ellipsis, no hidden overflow.
    expect(await hint.evaluate((n) => n.scrollWidth <= n.clientWidth && n.scrollHeight <= n.clientHeight)).toBe(true);
    expect(await hint.evaluate((n) => getComputedStyle(n).textOverflow)).not.toBe('ellipsis');
    expect(overlap(await box(hint), await box(end))).toBe(false);
    await expect(phoneHint).toBeVisible();
    expect(overlap(await box(hint), await box(phoneHint))).toBe(false);
  }
  // Beside the open panel too, with another field in focus.
  await page.setViewportSize({ width: 1280, height: 720 });
  await openPanel(page);
  await page.locator('#fld_e284').focus();
  await expect(hint).toBeInViewport({ ratio: 1 });
  await expect(hint).toHaveText('必须修改：“结束时间”不能早于“开始时间”');
  expect(await hint.evaluate((n) => n.scrollWidth <= n.clientWidth && n.scrollHeight <= n.clientHeight)).toBe(true);
  expect(overlap(await box(hint), await box(page.getByTestId('overlay-panel')))).toBe(false);
});

test('in English the overlay speaks English: singular counts, English punctuation, no Chinese marks', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tianbao-en-'));
  const context = await launchWithExtension(dir, { lang: 'en' });
  try {
    const page = await context.newPage();
    await page.goto(APPLY);
    await engineReady(page);
    // A valid phone number leaves one problem: the form's required 意见, now that the form is started.
    await page.locator('#fld_e284').fill('13601198336');
    await page.locator('#fld_e284').blur();
    await expect(page.getByTestId('pill-problems')).toHaveText('1');
    const pill = page.getByTestId('overlay-toggle');
    await expect(pill).toHaveAccessibleName(/^Open Tianbao; .*; 1 problem$/);
    await page.locator('#fld_e284').fill('12345');
    await expect(pill).toHaveAccessibleName(/^Open Tianbao; .*; 2 problems$/);
    await openPanel(page);
    await expect(pill).toHaveAccessibleName('Collapse');
    const problems = page.getByTestId('problem');
    await expect(problems.filter({ hasText: '11 位手机号码' })).toHaveText(/^手机: /);
    for (const p of await problems.all()) await expect(p).not.toContainText(/^[^：]*：/);
    await page.getByRole('button', { name: 'Recognition details' }).click();
    await expect(page.getByTestId('fields-summary')).toHaveText(/^Fields recognised: \d+ of \d+/);
    await expect(page.getByTestId('draft-status')).toHaveText(/^(What you type|Draft saved)/);
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the submit guard is a real modal: focus stays in it, Esc and the backdrop go back, 去修改 goes to the field', async ({
  context,
}) => {
  const page = await applyWithBadPhone(context);
  const submit = page.getByRole('button', { name: '提交', exact: true });
  await submit.click();
  const guard = page.getByRole('alertdialog');
  await expect(guard).toBeVisible();
  await expect(guard).toHaveAttribute('aria-modal', 'true');
  await expect(guard.getByRole('button', { name: '返回检查' })).toBeFocused();
  // Each item that a field can fix says where, and has its button.
  await expect(guard.getByRole('button', { name: /^去修改：手机/ })).toBeVisible();

  // Tab and Shift+Tab go round the dialog's buttons, never to the page.
  const inGuard = () => page.evaluate(() => document.activeElement?.tagName);
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    expect(await inGuard()).toBe('TIANBAO-GUARD');
  }
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await inGuard()).toBe('TIANBAO-GUARD');
  }
  // Esc still works after all that, and goes back to the page's button.
  await page.keyboard.press('Escape');
  await expect(guard).toHaveCount(0);
  await expect(submit).toBeFocused();

  // A click on the backdrop goes back too.
  await submit.click();
  await expect(guard).toBeVisible();
  await page.mouse.click(10, 10);
  await expect(guard).toHaveCount(0);

  // 去修改 closes the guard and puts the user in the field, with the overlay off it.
  await submit.click();
  await guard.getByRole('button', { name: /^去修改：手机/ }).click();
  await expect(guard).toHaveCount(0);
  const phone = page.locator('#fld_e284');
  await expect(phone).toBeFocused();
  await expect(phone).toBeInViewport();
  await expect.poll(async () => overlap(await box(page.getByTestId('overlay-panel')), await box(phone))).toBe(false);
});
