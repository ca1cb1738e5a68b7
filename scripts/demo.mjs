// `npm run demo`: opens Chromium with the built extension on every replica platform page. With a display it is
// headed and stays open until you close it; without one (a server, CI) it runs headless and writes a screenshot
// of each page to the folder it names.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
      await page.getByTestId('platform-name').waitFor({ timeout: 5000 });
    } catch {
      console.warn(`  no overlay on ${url}`);
    }
    await page.waitForTimeout(900); // late-rendered forms
    const name = `${new URL(url).hostname}${new URL(url).pathname.replace(/\/|\.html$/g, '-')}`.replace(/-+$/, '');
    const file = path.join(outDir, `${name}.png`);
    await page.screenshot({ path: file });
    console.log(`${what}\n  ${url}\n  → ${path.relative(ROOT, file)}`);
  }
  // The popup of a platform tab (its checklist), opened as a page for that tab, and the dashboard.
  const apply = await context.newPage();
  await apply.goto('https://nzws.drce.com.cn/apply.html');
  await apply.getByTestId('draft-status').waitFor();
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
} else {
  for (const [url] of REPLICA_PAGES) {
    const page = await context.newPage();
    await page.goto(url).catch(() => {});
  }
  console.log('Chromium is open with 填报助手 on the replica pages. Close the browser window to end the demo.');
  await new Promise((resolve) => context.on('close', resolve));
  fs.rmSync(profile, { recursive: true, force: true });
}
