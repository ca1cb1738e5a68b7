// Issue #10: no switch-off, no fingerprint. WXT's content-script context announces itself on the page (a
// window.postMessage and a CustomEvent on document named `${extensionId}:${entrypoint}:wxt:content-script-started`)
// and tears itself down when it hears another "start". So a page could learn that the extension is installed (and
// its id), and, knowing the id, switch the overlay and the field engine off. Performance marks named tianbao:* on the
// page's timeline are a fingerprint too.
import { expect, openPanel, test } from '../fixtures';
import { APPLY, PHONE } from './helpers';

test('the page sees no message, event or performance entry that gives the extension away', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  // The page listens from the very start, before any content script runs.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    window.addEventListener('message', (e) => {
      let text: string;
      try {
        text = JSON.stringify(e.data);
      } catch {
        text = String(e.data);
      }
      seen.push(text);
    });
  });
  await page.goto(APPLY);
  await expect(page.getByTestId('fields-summary')).toContainText('附件2');
  // The engine has scanned (and would have marked the timeline); the user types (validation marks it too).
  await page.locator(PHONE).fill('12345');
  await openPanel(page);
  await expect(page.locator('[data-testid="problem"][data-field="手机"]')).toBeVisible();

  const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  for (const m of seen) {
    expect(m).not.toContain(extensionId);
    expect(m).not.toContain('content-script-started');
  }
  const entries = await page.evaluate(() => performance.getEntries().map((e) => e.name));
  expect(entries.filter((n) => n.startsWith('tianbao'))).toEqual([]);
});

test('forged "content script started" events do not switch off the overlay or the field engine', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(APPLY);
  await openPanel(page);
  await expect(page.getByTestId('platform-name')).toBeVisible();
  await expect(page.getByTestId('fields-summary')).toContainText('附件2');
  await expect(page.getByTestId('problem-count')).toHaveText('0');

  // A page that knows the id (it is easy to learn) forges the events WXT listens for.
  await page.evaluate((id) => {
    for (const name of ['platform', 'fields']) {
      document.dispatchEvent(
        new CustomEvent(`${id}:${name}:wxt:content-script-started`, {
          detail: { contentScriptName: name, messageId: 'forged' },
        }),
      );
    }
  }, extensionId);

  await openPanel(page);
  await expect(page.getByTestId('platform-name')).toBeVisible();
  await page.locator(PHONE).fill('12345');
  await expect(page.locator('[data-testid="problem"][data-field="手机"]')).toContainText('11 位手机号码');
  // (The form is now started, so its completeness rules speak too: the count is not just this problem.)
  const before = Number(await page.getByTestId('problem-count').textContent());
  expect(before).toBeGreaterThanOrEqual(1);
  await page.locator(PHONE).fill('13601198336');
  await expect(page.locator('[data-testid="problem"][data-field="手机"]')).toHaveCount(0);
  await expect(page.getByTestId('problem-count')).toHaveText(String(before - 1));
});
