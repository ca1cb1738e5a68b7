import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, launchWithExtension, openPanel, test } from './fixtures';

const APPLY = 'https://nzws.drce.com.cn/apply.html';
const UNIT = '#fld_b63a'; // 申报单位
const NEED = '#fld_85bf'; // 一、当地需求 (800 字以内)
const PHONE = '#fld_e284'; // 手机

async function saved(page: Page): Promise<void> {
  await expect(page.getByTestId('draft-status')).toHaveAttribute('data-saved-at', /\d+/);
}

test('type, reload, restore: text comes back exactly, and the restore can be undone', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(APPLY);
  await openPanel(page);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  const need = '一、当地需求：\n社区“老年大学”需求旺盛，约 1,200 人次／年。\n\n  第二段。';
  await page.locator(UNIT).fill('青川市社区大学');
  await page.locator(NEED).fill(need);
  await page.locator(PHONE).fill('013601198336');
  await saved(page);

  await page.reload();
  await expect(page.getByTestId('restore-offer')).toContainText('有 3 项');
  await expect(page.locator(UNIT)).toHaveValue('');
  await openPanel(page);
  await page.getByTestId('restore-draft').click();
  await expect(page.locator(UNIT)).toHaveValue('青川市社区大学');
  await expect(page.locator(NEED)).toHaveValue(need);
  await expect(page.locator(PHONE)).toHaveValue('013601198336');
  // The page's own scripts saw the restore (its character counter follows input events).
  await expect(page.locator(`[data-for="${NEED.slice(1)}"]`)).toContainText(String(need.replace(/\s/g, '').length));

  await openPanel(page);
  await page.getByTestId('undo-restore').click();
  await expect(page.locator(UNIT)).toHaveValue('');
  await expect(page.locator(NEED)).toHaveValue('');
  // Undo changes the page only: the draft is offered again at once, and after a reload, whole.
  await expect(page.getByTestId('restore-offer')).toContainText('有 3 项');
  await page.reload();
  await expect(page.getByTestId('restore-offer')).toContainText('有 3 项');
  await openPanel(page);
  await page.getByTestId('restore-draft').click();
  await expect(page.locator(UNIT)).toHaveValue('青川市社区大学');
  await expect(page.locator(NEED)).toHaveValue(need);
});

test('a partial restore then undo keeps that field in the draft', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(APPLY);
  await openPanel(page);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  await page.locator(UNIT).fill('青川市社区大学');
  await page.locator(PHONE).fill('13601198336');
  await saved(page);
  await page.reload();
  await openPanel(page);
  await page.getByTestId('restore-diff-toggle').click();
  await page.getByRole('checkbox', { name: '手机' }).check();
  await page.getByTestId('restore-selected').click();
  await expect(page.locator(PHONE)).toHaveValue('13601198336');
  await openPanel(page);
  await page.getByTestId('undo-restore').click();
  await expect(page.locator(PHONE)).toHaveValue('');
  await page.reload();
  await expect(page.getByTestId('restore-offer')).toContainText('有 2 项');
  await openPanel(page);
  await page.getByTestId('restore-draft').click();
  await expect(page.locator(PHONE)).toHaveValue('13601198336');
  await expect(page.locator(UNIT)).toHaveValue('青川市社区大学');
});

test('restore some fields from the view of what would change', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(APPLY);
  await page.locator(UNIT).fill('青川市社区大学');
  await page.locator(PHONE).fill('13601198336');
  await saved(page);
  await page.reload();
  await page.locator(UNIT).fill('另一个单位');
  await openPanel(page);
  await page.getByTestId('restore-diff-toggle').click();
  const rows = page.getByTestId('restore-diff-row');
  await expect(rows).toHaveCount(2);
  await expect(page.locator('[data-testid="restore-diff-row"][data-field="申报单位"]')).toContainText('另一个单位');
  await page.getByRole('checkbox', { name: '手机' }).check();
  await openPanel(page);
  await page.getByTestId('restore-selected').click();
  await expect(page.locator(PHONE)).toHaveValue('13601198336');
  await expect(page.locator(UNIT)).toHaveValue('另一个单位');
});

test('closing the tab loses nothing; the site’s own storage holds nothing of ours', async ({ context }) => {
  let page = await context.newPage();
  await page.goto(APPLY);
  await openPanel(page);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  await page.locator(UNIT).fill('关闭标签页前输入的内容');
  await page.close(); // pagehide flushes what is pending
  page = await context.newPage();
  await page.goto(APPLY);
  await openPanel(page);
  await page.getByTestId('restore-draft').click();
  await expect(page.locator(UNIT)).toHaveValue('关闭标签页前输入的内容');
  const siteStorage = await page.evaluate(async () => ({
    idb: (await indexedDB.databases()).map((d) => d.name),
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
  }));
  expect(siteStorage).toEqual({ idb: [], local: [], session: [] });
});

test('a late-rendered form and an iframe editor get their drafts back', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://sg.chinaeducloud.com/');
  await expect(page.getByTestId('fields-summary')).toContainText(/已识别 1\d/);
  const filler = page.locator('.el-form-item', { hasText: '填报人' }).locator('input');
  await filler.fill('王老师');
  await saved(page);
  await page.reload();
  await openPanel(page);
  await page.getByTestId('restore-draft').click();
  await expect(page.locator('.el-form-item', { hasText: '填报人' }).locator('input')).toHaveValue('王老师');

  await page.goto('https://jxjy.moe.edu.cn/report.html');
  await openPanel(page);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  const editor = page.frameLocator('iframe').locator('body');
  await editor.click();
  await page.keyboard.type('特色案例：社区学院服务老年教育。');
  await saved(page);
  await page.reload();
  await openPanel(page);
  await page.getByTestId('restore-draft').click();
  await expect(page.frameLocator('iframe').locator('body')).toHaveText('特色案例：社区学院服务老年教育。');
});

test('killing the browser mid-typing loses at most the last second', async ({ userDataDir }) => {
  test.setTimeout(90_000);
  let context = await launchWithExtension(userDataDir);
  let page = await context.newPage();
  await page.goto(APPLY);
  await openPanel(page);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  const text = '一二三四五六七八九十'.repeat(4);
  await page.locator(UNIT).click();
  // About 4 seconds of steady typing, then the browser process dies without warning.
  for (const ch of text) {
    await page.keyboard.insertText(ch);
    await page.waitForTimeout(100);
  }
  // No shell in between: its own command line would match the pattern too.
  execFileSync('pkill', ['-9', '-f', `user-data-dir=${userDataDir}`]);
  await context.close().catch(() => undefined);

  context = await launchWithExtension(userDataDir);
  page = await context.newPage();
  await page.goto(APPLY);
  await openPanel(page);
  await page.getByTestId('restore-draft').click();
  const restored = await page.locator(UNIT).inputValue();
  expect(text.startsWith(restored)).toBe(true);
  // 10 characters a second: at most the last second's ~10 (plus one in flight) may be missing.
  expect(restored.length).toBeGreaterThanOrEqual(text.length - 11);
  await context.close();
});

test('the options page lists, exports, deletes and re-imports drafts; a bad file changes nothing', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(APPLY);
  await openPanel(page);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  await page.locator(UNIT).fill('青川市社区大学');
  await saved(page);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const item = options.getByTestId('draft-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('项目申报');
  await options.getByTestId('drafts-search').fill('不存在的内容');
  await expect(item).toHaveCount(0);
  await options.getByTestId('drafts-search').fill('青川');
  await expect(item).toHaveCount(1);

  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByTestId('drafts-export').click(),
  ]);
  const file = await download.path();
  expect(JSON.parse(await (await import('node:fs/promises')).readFile(file, 'utf8')).format).toBe('tianbao-drafts');

  await options.getByTestId('draft-delete').click();
  await expect(item).toHaveCount(0);

  // A foreign or broken file: a clear message, nothing imported.
  await options.getByTestId('drafts-import').setInputFiles({
    name: 'x.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"something-else"}'),
  });
  await expect(options.getByTestId('drafts-status')).toContainText('不是填报助手导出的草稿文件');
  await options.getByTestId('drafts-import').setInputFiles({
    name: 'x.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"tianbao-drafts","version":1,"exportedAt":1,"drafts":[{"id":"x"}]}'),
  });
  await expect(options.getByTestId('drafts-status')).toContainText('未导入任何内容');
  await expect(item).toHaveCount(0);

  await options.getByTestId('drafts-import').setInputFiles(file);
  await expect(options.getByTestId('drafts-status')).toContainText('已导入 1 份草稿');
  await expect(item).toHaveCount(1);
  await page.reload();
  await openPanel(page);
  await page.getByTestId('restore-draft').click();
  await expect(page.locator(UNIT)).toHaveValue('青川市社区大学');
});

test('a field the user excludes, and a platform turned off, are never stored', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(APPLY);
  await openPanel(page);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  await openPanel(page, { diagnostics: true });
  await page.getByTestId('fields-toggle').click();
  await page.locator('[data-testid="recognised-field"][data-label="手机"]').getByTestId('field-no-draft').check();
  await page.locator(PHONE).fill('13601198336');
  await page.locator(UNIT).fill('青川市社区大学');
  await saved(page);
  const sw = context.serviceWorkers()[0];
  const stored = async () =>
    JSON.stringify(
      await sw?.evaluate(
        () =>
          new Promise((res) => {
            const r = indexedDB.open('tianbao');
            r.onsuccess = () => {
              const g = r.result.transaction('drafts').objectStore('drafts').getAll();
              g.onsuccess = () => res(g.result);
            };
          }),
      ),
    );
  expect(await stored()).toContain('青川市社区大学');
  expect(await stored()).not.toContain('13601198336');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('[data-testid="drafts-off"] input[data-platform="nzws"]').check();
  await page.reload();
  await expect(page.getByTestId('draft-status')).toContainText('不保存草稿');
  await page.locator(UNIT).fill('关闭后输入的内容');
  await page.waitForTimeout(1500);
  expect(await stored()).not.toContain('关闭后输入的内容');
});

test('drafts are grouped by platform and by the requirement they serve', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto('https://zj.chinaafse.cn/');
  await openPanel(page);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  await page.frameLocator('iframe').locator('input[aria-label="联系电话"]').fill('010-66097867');
  await saved(page);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const group = options.locator('[data-testid="drafts-group"][data-requirement="年度绩效数据填报与年度工作报告"]');
  await expect(group.getByTestId('draft-item')).toHaveCount(1);
});

test('Chinese typed through IME composition is saved once composed, and restored', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(APPLY);
  await openPanel(page);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  // A real IME session through the browser (trusted composition events, as a user's input method gives).
  await page.locator(UNIT).focus();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'qingchuan', selectionStart: 9, selectionEnd: 9 });
  await cdp.send('Input.insertText', { text: '青川' });
  await expect(page.locator(UNIT)).toHaveValue('青川');
  await saved(page);
  await page.reload();
  await openPanel(page);
  await page.getByTestId('restore-draft').click();
  await expect(page.locator(UNIT)).toHaveValue('青川');
});

// A page whose framework tracks the value it last set (as React does): a value written through the element's own
// `value` property would be invisible to it; ours goes through the native setter, so its input handler sees it.
const TRACKING_PAGE = `<!doctype html><meta charset="utf-8"><title>能者为师</title><h1>能者为师</h1>
<table><tr><th>申报单位</th><td><input id="unit"></td></tr>
<tr><th>主题</th><td><select id="theme"><option value="">请选择</option><option>家庭教育</option><option>乡村振兴</option></select></td></tr>
<tr><th>同意公开</th><td><input type="checkbox" id="agree" value="是"></td></tr></table>
<p id="model"></p>
<script>
  const model = {};
  for (const el of document.querySelectorAll('input, select')) {
    const proto = Object.getPrototypeOf(el);
    const desc = Object.getOwnPropertyDescriptor(proto, el.type === 'checkbox' ? 'checked' : 'value');
    let tracked = el.type === 'checkbox' ? el.checked : el.value;
    Object.defineProperty(el, el.type === 'checkbox' ? 'checked' : 'value', {
      configurable: true,
      get() { return desc.get.call(this); },
      set(v) { tracked = v; desc.set.call(this, v); },
    });
    const onChange = () => {
      const now = el.type === 'checkbox' ? el.checked : el.value;
      if (now === tracked) return; // what the framework set itself: not a user change
      tracked = now;
      model[el.id] = now;
      document.getElementById('model').textContent = JSON.stringify(model);
    };
    el.addEventListener('input', onChange);
    el.addEventListener('change', onChange);
  }
</script>`;

test('restored values reach a framework that tracks its own values (selects and checkboxes too)', async ({
  context,
}) => {
  await context.route('https://nzws.drce.com.cn/tracking.html', (r) =>
    r.fulfill({ contentType: 'text/html; charset=utf-8', body: TRACKING_PAGE }),
  );
  const page = await context.newPage();
  await page.goto('https://nzws.drce.com.cn/tracking.html');
  await openPanel(page);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  await page.locator('#unit').fill('青川市社区大学');
  // Picked with the keyboard, as a user does (selectOption would set it from script: not the user's edit).
  await page.locator('#theme').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#theme')).toHaveValue('乡村振兴');
  await page.locator('#agree').check();
  await expect(page.locator('#model')).toContainText('乡村振兴');
  await saved(page);
  await page.reload();
  await expect(page.locator('#model')).toHaveText('');
  await openPanel(page);
  await page.getByTestId('restore-draft').click();
  await expect(page.locator('#model')).toHaveText('{"unit":"青川市社区大学","theme":"乡村振兴","agree":true}');
});
