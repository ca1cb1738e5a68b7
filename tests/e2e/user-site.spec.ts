import { addUserSite, expect, test } from './fixtures';

test('a self-hosted 高职状态平台 works once the user adds and grants its host', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto('https://zt.example.edu.cn:8080/');
  await page.waitForTimeout(800);
  await expect(page.locator('tianbao-overlay'), 'nothing before the user adds the site').toHaveCount(0);

  const options = await addUserSite(context, extensionId, 'zt.example.edu.cn:8080', '高职状态平台');
  await expect(options.getByTestId('site-status')).toContainText('已添加 zt.example.edu.cn:8080');
  await expect(options.getByTestId('site-item')).toHaveAttribute('data-host', 'zt.example.edu.cn:8080');

  await page.reload();
  await expect(page.getByTestId('platform-name')).toHaveText('高职状态平台');

  // Another port on the same server is another system: not added, so nothing there.
  await page.goto('https://zt.example.edu.cn:9090/');
  await page.waitForTimeout(800);
  await expect(page.locator('tianbao-overlay')).toHaveCount(0);

  // Removing the site stops the extension there.
  await options.bringToFront();
  await options.getByRole('button', { name: '移除' }).click();
  await expect(options.getByTestId('site-item')).toHaveCount(0);
  await page.goto('https://zt.example.edu.cn:8080/');
  await page.waitForTimeout(800);
  await expect(page.locator('tianbao-overlay')).toHaveCount(0);
});

test('a bad address is refused with a Chinese message and nothing is added', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const cases: [string, string][] = [
    ['', '请填写站点地址'],
    ['ftp://10.1.2.3', '只支持 http 或 https'],
    ['10.1.2.300', '地址格式不正确'],
    ['sg.chinaeducloud.com', '是已知平台的网址'],
  ];
  for (const [input, message] of cases) {
    await options.getByTestId('site-host').fill(input);
    await options.getByTestId('site-add').click();
    await expect(options.getByTestId('site-status'), input).toContainText(message);
  }
  await expect(options.getByTestId('site-item')).toHaveCount(0);
});
