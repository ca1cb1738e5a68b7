// Issue #10, what held: regression guards that pass today and must keep passing. The extension fetches nothing; page
// text never becomes markup in our UI; the package exposes no web-accessible resources a page could probe for.
import fs from 'node:fs';
import path from 'node:path';
import type { Page, Request } from '@playwright/test';
import { EXTENSION_PATH } from '../../../scripts/lib/replicas.mjs';
import { expect, openPanel, test } from '../fixtures';
import { APPLY, optionsPage, PHONE, saved, UNIT } from './helpers';

test('over a whole flow, nothing is requested but the pages opened and the extension’s own files', async ({
  context,
  extensionId,
}) => {
  const requests: string[] = [];
  const record = (r: Request) => requests.push(r.url());
  context.on('request', record);
  const opened = new Set<string>();
  const open = async (page: Page, url: string) => {
    opened.add(url);
    await page.goto(url);
  };

  const page = await context.newPage();
  await open(page, APPLY);
  await openPanel(page);
  await expect(page.getByTestId('draft-status')).toBeVisible();
  await page.locator(UNIT).fill('青川市社区大学');
  await page.locator(PHONE).fill('12345');
  await saved(page);
  await page.reload();
  await openPanel(page);
  await page.getByTestId('restore-draft').click();
  await expect(page.locator(UNIT)).toHaveValue('青川市社区大学');

  const other = await context.newPage();
  await open(other, 'https://sg.cutech.edu.cn/');
  await openPanel(other, { diagnostics: true });
  await expect(other.getByTestId('fields-summary')).toBeVisible();

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('body')).not.toBeEmpty();
  const options = await optionsPage(context, extensionId);
  await expect(options.getByTestId('draft-item')).toHaveCount(1);
  context.off('request', record);

  const strange = requests.filter((u) => !u.startsWith(`chrome-extension://${extensionId}/`) && !opened.has(u));
  expect(strange).toEqual([]);
  // The recording did see the flow (so an empty list above means something).
  expect(requests).toContain(APPLY);
});

test('markup in titles, headers, labels and placeholders never runs in the overlay, the hints or the dashboard', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto('https://nzws.drce.com.cn/hostile-labels.html');
  await openPanel(page, { diagnostics: true });
  await expect(page.getByTestId('fields-summary')).toBeVisible();
  // Problems and hints carry the labels: raise one per hostile label.
  await page.locator('#h_2').fill('123'); // …手机
  await page.locator('#h_3').fill('not-an-address'); // …电子邮箱
  await page.locator('#h_4').fill('1'); // …联系电话
  await expect(page.getByTestId('problem')).toHaveCount(3);
  await openPanel(page, { diagnostics: true });
  await page.getByTestId('fields-toggle').click();
  await openPanel(page, { diagnostics: true });
  await expect(page.getByTestId('recognised-field').first()).toBeVisible();
  await page.locator('#h_1').fill('青川市社区大学');
  await page.locator('#h_5').fill('社区课堂');
  await page.locator('#h_6').fill('青川市');
  await saved(page);

  const built = await page.evaluate(() =>
    ['tianbao-overlay', 'tianbao-hints'].map(
      (host) =>
        document.querySelector(host)?.shadowRoot?.querySelectorAll('img, script, svg[onload], iframe').length ?? 0,
    ),
  );
  expect(built).toEqual([0, 0]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  const options = await optionsPage(context, extensionId);
  const item = options.getByTestId('draft-item');
  await expect(item).toHaveCount(1);
  // The page's title shows as text on the dashboard (literally, or cleaned), never as elements.
  await expect(item).toContainText('项目申报');
  expect(await item.locator('script, img, iframe').count()).toBe(0);
  expect(await options.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await page.reload();
  await openPanel(page);
  await expect(page.getByTestId('restore-offer')).toBeVisible();
  await page.getByTestId('restore-diff-toggle').click();
  await expect(page.getByTestId('restore-diff-row').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('the built manifest declares no web-accessible resources', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_PATH, 'manifest.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  expect(manifest.manifest_version).toBe(3);
  expect(manifest).not.toHaveProperty('web_accessible_resources');
});
