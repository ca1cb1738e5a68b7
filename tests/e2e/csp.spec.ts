import { expect, test } from './fixtures';

// Every http(s) request of the test browser is answered from the replica pages (example.org has one), so
// without the manifest's Content Security Policy these requests would succeed: a failure here means the
// browser itself blocked them.

test('the options page cannot reach the network: fetch and images are blocked by the CSP', async ({
  context,
  extensionId,
}) => {
  // Chromium may start a blocked request and fail it at once: only an answered one counts as reaching out.
  const answered: string[] = [];
  context.on('requestfinished', (r) => {
    if (r.url().startsWith('https://example.org/')) answered.push(r.url());
  });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('notice-text')).toBeVisible();

  const outcome = await options.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
    const fetched = await fetch('https://example.org/').then(
      (r) => `status ${r.status}`,
      (e: unknown) => (e instanceof Error ? e.name : String(e)),
    );
    const image = await new Promise<string>((resolve) => {
      const img = new Image();
      img.onload = () => resolve('loaded');
      img.onerror = () => resolve('error');
      img.src = 'https://example.org/logo.png';
    });
    // The package's own files stay reachable (the language switch reads _locales this way).
    const own = await fetch('/_locales/zh_CN/messages.json').then((r) => r.status);
    await new Promise((r) => setTimeout(r, 100));
    return { fetched, image, own, violations };
  });
  expect(outcome.fetched).toBe('TypeError');
  expect(outcome.image).toBe('error');
  expect(outcome.own).toBe(200);
  expect(outcome.violations).toEqual(expect.arrayContaining(['connect-src', 'img-src']));
  expect(answered).toEqual([]);
});

test('the background service worker cannot fetch from the network either', async ({ context, extensionId }) => {
  const [worker] = context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  if (!worker) throw new Error('no background service worker');
  const fetched = await worker.evaluate(() =>
    fetch('https://example.org/').then(
      (r) => `status ${r.status}`,
      (e: unknown) => (e instanceof Error ? e.name : String(e)),
    ),
  );
  expect(fetched).toBe('TypeError');
});
