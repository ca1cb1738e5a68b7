import { expect, openPanel, test } from './fixtures';

test('the overlay opens from its pill, docks and moves, by mouse and keyboard, and remembers it', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto('https://www.shequ.edu.cn/');
  const panel = page.getByTestId('overlay-panel');
  await expect(panel).toHaveAttribute('data-side', 'right');
  // A pill at first: the body is there (hidden), the name too.
  await expect(panel).toHaveAttribute('data-collapsed', 'true');
  await expect(page.getByTestId('overlay-body')).toBeHidden();
  await expect(page.getByTestId('platform-name')).toHaveText('中国社区教育网');

  // Open with the mouse, collapse with the mouse.
  await openPanel(page);
  await expect(page.getByTestId('overlay-body')).toBeVisible();
  await expect(page.getByTestId('platform-name')).toBeVisible();

  // Dock left and move down with the keyboard.
  await page.getByTestId('overlay-dock').click();
  await expect(panel).toHaveAttribute('data-side', 'left');
  const before = await panel.boundingBox();
  await page.getByTestId('overlay-grip').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await panel.boundingBox())?.y).toBeGreaterThan((before?.y ?? 0) + 50);
  const box = await panel.boundingBox();
  expect(box?.x).toBeLessThan(20);
  await page.getByTestId('overlay-toggle').click();
  await expect(panel).toHaveAttribute('data-collapsed', 'true');

  // Side and height are remembered everywhere; open or not, per platform.
  await page.waitForTimeout(300);
  await page.goto('https://nzws.drce.com.cn/');
  await expect(page.getByTestId('overlay-panel')).toHaveAttribute('data-collapsed', 'true');
  await expect(page.getByTestId('overlay-panel')).toHaveAttribute('data-side', 'left');
  expect(Math.round((await page.getByTestId('overlay-panel').boundingBox())?.y ?? 0)).toBe(Math.round(box?.y ?? 0));

  // Expand with the keyboard, collapse with Escape.
  await page.getByTestId('overlay-toggle').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('overlay-body')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('overlay-panel')).toHaveAttribute('data-collapsed', 'true');
  await expect(page.getByTestId('overlay-toggle')).toBeFocused();
});

test('dragging the panel moves it and docks it to the nearer side', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://www.shequ.edu.cn/');
  const grip = page.getByTestId('overlay-grip');
  const g = await grip.boundingBox();
  if (!g) throw new Error('no grip');
  await page.mouse.move(g.x + g.width / 2, g.y + g.height / 2);
  await page.mouse.down();
  await page.mouse.move(200, g.y + 200, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByTestId('overlay-panel')).toHaveAttribute('data-side', 'left');
  const p = await page.getByTestId('overlay-panel').boundingBox();
  expect(p?.y).toBeGreaterThan(g.y + 150);
});

test('the overlay does not shift the page layout', async ({ context }) => {
  const body = '<h1>中国社区教育网</h1><p id="p" style="margin:0">正文</p><div style="height:3000px"></div>';
  const page = await context.newPage();
  for (const url of ['https://example.org/layout.html', 'https://www.shequ.edu.cn/layout.html']) {
    await page.route(url, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body }));
  }
  const measure = () =>
    page.evaluate(() => {
      const r = document.getElementById('p')?.getBoundingClientRect();
      return { x: r?.x, y: r?.y, w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight };
    });
  await page.goto('https://example.org/layout.html');
  const without = await measure();
  await page.goto('https://www.shequ.edu.cn/layout.html');
  await expect(page.getByTestId('platform-name')).toHaveText('中国社区教育网');
  expect(await measure()).toEqual(without);
});
