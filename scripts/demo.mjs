// `npm run demo`: opens Chromium with the built extension on every replica platform page. With a display it is
// headed and stays open until you close it; without one (a server, CI) it runs headless and writes a screenshot
// of each page to the folder it names, and the README's screenshots to docs/screenshots/: the overlay (pill and
// open panel) and the submit guard in Chinese and English, light and dark (`--lang` comes from the browser's locale,
// dark from the page's colour scheme), and the popup and dashboard in both languages.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildReplicas } from './build-replicas.mjs';
import {
  DEMO_USER_SITES,
  extensionIdOf,
  grantHostAccess,
  launchWithExtension,
  REPLICA_PAGES,
  ROOT,
} from './lib/replicas.mjs';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outDir = path.join(ROOT, 'demo-screenshots');
const docsDir = path.join(ROOT, 'docs/screenshots');
const APPLY = 'https://nzws.drce.com.cn/apply.html';

/** Opens the overlay's panel by its pill, as a user does. */
async function openPanel(page) {
  const toggle = page.getByTestId('overlay-toggle');
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

/** The README's screenshots of one language and colour scheme, from a fresh profile. */
async function docsShots(lang, scheme) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tianbao-docs-'));
  const ctx = await launchWithExtension(dir, { lang });
  const tag = `${lang === 'en' ? 'en' : 'zh'}-${scheme}`;
  const shot = async (page, name) => {
    const file = path.join(docsDir, `${name}-${tag}.png`);
    await page.screenshot({ path: file });
    console.log(`  → ${path.relative(ROOT, file)}`);
  };
  const page = await ctx.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  // A form with two mistakes, as the user left it: the pill counts them, hints sit beside the fields.
  await page.goto(APPLY);
  await page.getByTestId('draft-status').waitFor({ state: 'attached' });
  await page.locator('#fld_b63a').fill(lang === 'en' ? 'Qingchuan Community College' : '江北省青川市社区大学');
  await page.locator('#fld_e284').fill('12345');
  await page.locator('#fld_8785').fill('2024-05-01');
  await page.locator('#fld_6f85').fill('2023-01-01');
  await page.locator('body').click({ position: { x: 5, y: 400 } });
  await page.waitForTimeout(400);
  await shot(page, 'overlay-pill');
  // Open, with the phone field in focus: the panel stands aside, the field's hint shows its whole text.
  await openPanel(page);
  await page.locator('#fld_e284').focus();
  await page.waitForTimeout(400);
  await shot(page, 'overlay-nzws-apply');
  // The page's own 提交 button (the replica page is Chinese in every locale).
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await page.getByTestId('submit-guard').waitFor();
  await shot(page, 'submit-guard');
  // The 管理平台: its form inside a frame, the panel open on what is due there.
  await page.goto('https://zj.chinaafse.cn/');
  await page.getByTestId('problem-count').waitFor({ state: 'attached' });
  await openPanel(page);
  await page.waitForTimeout(600);
  await shot(page, 'overlay-zj-chinaafse');
  {
    // The popup and the dashboard in each language and scheme too.
    const apply = await ctx.newPage();
    await apply.goto(APPLY);
    await apply.getByTestId('draft-status').waitFor({ state: 'attached' });
    await apply.locator('#fld_e284').fill('12345');
    const [sw] = ctx.serviceWorkers();
    const tabId = await sw.evaluate(
      async () => (await chrome.tabs.query({ url: 'https://nzws.drce.com.cn/*' }))[0]?.id,
    );
    const popup = await ctx.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.goto(`chrome-extension://${await extensionIdOf(ctx)}/popup.html?tab=${tabId}`);
    await popup.getByTestId('ready').waitFor();
    await popup.waitForTimeout(300);
    await shot(popup, 'popup-checklist');
    const options = await ctx.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${await extensionIdOf(ctx)}/options.html`);
    await options.waitForTimeout(800);
    await shot(options, 'options-dashboard');
    // The annex workbench: 000 附件2 as printed, one value wrong and hinted beside its field.
    const workbench = await ctx.newPage();
    await workbench.emulateMedia({ colorScheme: scheme });
    await workbench.goto(`chrome-extension://${await extensionIdOf(ctx)}/workbench.html#s000-annex2`);
    const field = (key) => workbench.getByTestId(`wb-field-${key}`);
    await field('recommending_unit').fill('江北省教育厅');
    await field('name').fill('王一');
    await field('gender').fill('男性');
    await field('birth_month').fill('1970-05');
    await field('expertise').fill('心理健康教育');
    await field('phone').fill('0571-87654321');
    await workbench.getByTestId('wb-hint-gender').waitFor();
    await workbench.waitForTimeout(500);
    await shot(workbench, 'workbench');
  }
  await ctx.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
// The UI-framework replica pages need their frameworks' bundles beside them.
buildReplicas();
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tianbao-demo-'));

const context = await launchWithExtension(profile, { headless, viewport: headless ? undefined : null });
const id = await extensionIdOf(context);

// Add the self-hosted sites as a user would: grant access, then add each in the options page.
const options = await context.newPage();
await options.goto(`chrome-extension://${id}/options.html`);
for (const site of DEMO_USER_SITES) {
  await grantHostAccess(context, id, site.host);
  await options.getByTestId('site-host').fill(site.host);
  await options.getByTestId('site-platform').selectOption(site.platform);
  await options.getByTestId('site-add').click();
  await options.getByText(site.host, { exact: true }).waitFor();
}
// Give the background a moment to register the content script on those hosts.
await options.waitForTimeout(500);

if (headless) {
  fs.mkdirSync(outDir, { recursive: true });
  const page = await context.newPage();
  for (const [url, what] of REPLICA_PAGES) {
    await page.goto(url);
    try {
      await page.getByTestId('platform-name').waitFor({ state: 'attached', timeout: 5000 });
    } catch {
      console.warn(`  no overlay on ${url}`);
    }
    await page.waitForTimeout(900); // late-rendered forms
    await openPanel(page).catch(() => {});
    await page.waitForTimeout(300);
    const name = `${new URL(url).hostname}${new URL(url).pathname.replace(/\/|\.html$/g, '-')}`.replace(/-+$/, '');
    const file = path.join(outDir, `${name}.png`);
    await page.screenshot({ path: file });
    console.log(`${what}\n  ${url}\n  → ${path.relative(ROOT, file)}`);
  }
  // The popup of a platform tab (its checklist), opened as a page for that tab, and the dashboard.
  const apply = await context.newPage();
  await apply.goto('https://nzws.drce.com.cn/apply.html');
  await apply.getByTestId('draft-status').waitFor({ state: 'attached' });
  await apply.locator('#fld_e284').fill('12345');
  const [sw] = context.serviceWorkers();
  const tabId = await sw.evaluate(async () => (await chrome.tabs.query({ url: 'https://nzws.drce.com.cn/*' }))[0]?.id);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
  await popup.getByTestId('ready').waitFor();
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: path.join(outDir, 'popup.png') });
  await apply.bringToFront();
  await apply.getByRole('button', { name: '提交' }).click();
  await apply.getByTestId('submit-guard').waitFor();
  await apply.screenshot({ path: path.join(outDir, 'submit-guard.png') });
  await options.reload();
  await options.getByTestId('timeline').waitFor();
  await options.screenshot({ path: path.join(outDir, 'options.png'), fullPage: true });
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
  console.log(`\nScreenshots written to ${outDir}`);
  fs.mkdirSync(docsDir, { recursive: true });
  for (const lang of ['zh-CN', 'en']) {
    for (const scheme of ['light', 'dark']) {
      console.log(`docs/screenshots: ${lang}, ${scheme}`);
      await docsShots(lang, scheme);
    }
  }
} else {
  for (const [url] of REPLICA_PAGES) {
    const page = await context.newPage();
    await page.goto(url).catch(() => {});
  }
  console.log('Chromium is open with 填报助手 on the replica pages. Close the browser window to end the demo.');
  await new Promise((resolve) => context.on('close', resolve));
  fs.rmSync(profile, { recursive: true, force: true });
}
