// Issue #16: the field engine (fields.js) carries no Preact or zod of its own; it uses the ones the overlay's
// script (platform.js) publishes in the extension's isolated world. The page's own world must not see them, and
// the engine run anywhere they are missing must stop with its error, not start half-way.
import { expect, openPanel, test } from './fixtures';

const KEY = 'Symbol(tianbao.shared-libs)';

/** What the service worker's `chrome` gives here (the tests have no chrome types). */
interface Chrome {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  scripting: { executeScript(d: object): Promise<unknown> };
}

test('the page cannot see what the overlay shares, and the field engine without it stops with an error', async ({
  context,
}) => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('https://nzws.drce.com.cn/apply.html');
  await openPanel(page);
  // The field engine rendered in the panel with the overlay's Preact (it was injected after the overlay).
  await expect(page.getByTestId('problem-count')).toBeVisible();
  expect(await page.evaluate(() => Object.getOwnPropertySymbols(globalThis).map(String))).not.toContain(KEY);
  expect(errors).toEqual([]);

  // The same script run in the page's own world, where nothing was published: it stops at once and says why.
  const [worker] = context.serviceWorkers();
  await worker?.evaluate(async (url) => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    const tab = (await chrome.tabs.query({})).find((t) => t.url?.startsWith(url));
    if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
    await chrome.scripting.executeScript({
      target: { tabId: tab.id, frameIds: [0] },
      world: 'MAIN',
      files: ['/content-scripts/fields.js'],
    });
  }, 'https://nzws.drce.com.cn/apply.html');
  await expect.poll(() => errors).toEqual([expect.stringContaining('字段引擎未启动')]);
  // The engine did not start there (it marks the world it runs in), and the page's overlay still shows its count.
  expect(await page.evaluate(() => Object.getOwnPropertySymbols(globalThis).map(String))).not.toContain(
    'Symbol(tianbao.fields)',
  );
  await expect(page.getByTestId('problem-count')).toBeVisible();
});
