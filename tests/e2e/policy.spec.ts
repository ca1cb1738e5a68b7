import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { CHROMIUM_PATH, chromiumArgs, EXTENSION_PATH, routeSites } from '../../scripts/lib/replicas.mjs';
import { addUserSite, expect, extensionIdOf, grantHostAccess, judgeOn, openPanel, test } from './fixtures';

/**
 * Central deployment through browser policy, in real Chromium. A managed policy file reaches every Chromium on
 * the machine, and other tests run in parallel: so this test loads a copy of the build that carries another
 * public key (tests/e2e/policy-extension-key.txt, a test-only key), which gives it another extension ID, and
 * the policy names only that ID. The file has a name of its own and is removed afterwards, whatever happens.
 */

const POLICY_DIR = '/etc/chromium/policies/managed';
const TEST_KEY = fs.readFileSync(path.join(import.meta.dirname, 'policy-extension-key.txt'), 'utf8').trim();
const PACK_TEXT = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/packs/policy-pushed.json'), 'utf8');
const PUSHED_REQUIREMENT = 'policy-test-2026-1-1';

/** Chromium's extension ID: the first 128 bits of the SHA-256 of the public key, each hex digit as a–p. */
function idOfKey(base64: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

const TEST_ID = idOfKey(TEST_KEY);

async function launch(extensionDir: string, profile: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 860 },
    args: [
      ...chromiumArgs({ extension: false }),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
    env: { ...process.env, LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' },
  });
  await routeSites(context);
  return context;
}

const site = (options: Page, host: string) => options.locator(`[data-testid="site-item"][data-host="${host}"]`);

test('the unpacked build has the stable ID written in the README and docs/deploy.md', async ({ extensionId }) => {
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_PATH, 'manifest.json'), 'utf8'));
  expect(extensionId).toBe('edeifcacgjememnndehlhjmoajjmokop');
  expect(idOfKey(manifest.key)).toBe(extensionId);
  for (const doc of ['README.md', 'docs/deploy.md']) {
    expect(fs.readFileSync(path.join(import.meta.dirname, '../..', doc), 'utf8'), doc).toContain(extensionId);
  }
});

test('a policy pushes a pack, a host and a follow: shown on the platform page and as 由管理员设置, not removable; a malformed value is ignored with a warning and changes nothing', async () => {
  test.setTimeout(120_000);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tianbao-policy-'));
  const extensionDir = path.join(tmp, 'extension');
  const profile = path.join(tmp, 'profile');
  const policyFile = path.join(POLICY_DIR, `tianbao-e2e-${process.pid}-${randomUUID()}.json`);
  const partial = path.join(path.dirname(POLICY_DIR), `.${path.basename(policyFile)}.part`);
  fs.cpSync(EXTENSION_PATH, extensionDir, { recursive: true });
  const manifestFile = path.join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  expect(idOfKey(manifest.key), 'the copy must not share the real build’s ID').not.toBe(TEST_ID);
  fs.writeFileSync(manifestFile, JSON.stringify({ ...manifest, key: TEST_KEY }));

  let context: BrowserContext | null = null;
  try {
    // Before any policy: the user adds a site of their own.
    context = await launch(extensionDir, profile);
    expect(await extensionIdOf(context)).toBe(TEST_ID);
    const first = await addUserSite(context, TEST_ID, 'zt.example.edu.cn:8080', '高职状态平台');
    await expect(first.getByTestId('site-status')).toContainText('已添加 zt.example.edu.cn:8080');
    await context.close();
    context = null;

    // The IT office's policy: a pack, a host, a follow; and two malformed values (a pack that is not one, and a
    // platform that does not exist for the user's own host).
    fs.mkdirSync(POLICY_DIR, { recursive: true });
    // Written beside the folder, then moved in: a Chromium starting meanwhile never reads half a file.
    fs.writeFileSync(
      partial,
      JSON.stringify({
        '3rdparty': {
          extensions: {
            [TEST_ID]: {
              packs: [PACK_TEXT, '{"format":"tianbao-pack"'],
              sites: { 'zz.example.edu.cn': 'zhongzhi-system', 'zt.example.edu.cn:8080': 'no-such-platform' },
              followed: [PUSHED_REQUIREMENT],
              disabled: ['afse', 'import'],
            },
          },
        },
      }),
    );
    fs.renameSync(partial, policyFile);
    context = await launch(extensionDir, profile);
    const id = await extensionIdOf(context);
    expect(id).toBe(TEST_ID);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html#sites`);

    // The pushed host: 由管理员设置, and its remove button disabled with the reason.
    const pushed = site(options, 'zz.example.edu.cn');
    await expect(pushed).toContainText('中职学校系统');
    await expect(pushed.getByTestId('site-managed')).toHaveText('由管理员设置');
    const remove = pushed.getByRole('button', { name: '移除' });
    await expect(remove).toBeDisabled();
    await expect(remove).toHaveAccessibleDescription('由管理员设置，不能在这里移除');

    // The malformed values: each named in a warning; the user's own site is as it was, and still theirs.
    const warnings = options.getByTestId('policy-warning');
    await expect(warnings).toHaveCount(2);
    await expect(warnings.filter({ hasText: 'packs「2」不是有效的知识包' })).toHaveCount(1);
    await expect(
      warnings.filter({ hasText: 'sites「zt.example.edu.cn:8080」的平台「no-such-platform」不存在' }),
    ).toHaveCount(1);
    const mine = site(options, 'zt.example.edu.cn:8080');
    await expect(mine).toContainText('高职状态平台');
    await expect(mine.getByTestId('site-managed')).toHaveCount(0);
    await expect(mine.getByRole('button', { name: '移除' })).toBeEnabled();
    await expect(options.getByTestId('site-item')).toHaveCount(2);

    // The pushed pack and follow, listed as the administrator's; the follow can't be undone here.
    await expect(options.getByTestId('policy-pack')).toContainText('示例省推送包（测试用）');
    const followed = options.locator(`[data-testid="followed-item"][data-id="${PUSHED_REQUIREMENT}"]`);
    await expect(followed).toContainText('由管理员设置');
    await expect(followed.getByRole('button', { name: '取消关注' })).toBeDisabled();

    // A policy can't grant host access: the dashboard asks for the user's one click, until it is given.
    await expect(pushed.getByTestId('site-needs-grant')).toContainText('还需要您点一下允许');
    // Headless Chromium's own prompt can't be clicked: the user's answer is given as on chrome://extensions, and
    // the dashboard's permissions.request then resolves at once, as for a user who says yes.
    await grantHostAccess(context, id, 'zz.example.edu.cn');
    await pushed.getByRole('button', { name: '允许访问 zz.example.edu.cn' }).click();
    await expect(pushed.getByTestId('site-needs-grant')).toHaveCount(0);
    await expect(pushed.getByTestId('site-managed')).toHaveText('由管理员设置');

    // The pushed requirement shows on its platform's page.
    await judgeOn(context, id, '2026-12-01');
    const page = await context.newPage();
    await page.goto('https://zz.example.edu.cn/');
    await expect(page.getByTestId('platform-name')).toHaveText('中职学校系统');
    await openPanel(page);
    const requirement = page.locator(`[data-testid="requirement"][data-id="${PUSHED_REQUIREMENT}"]`);
    await expect(requirement).toContainText('中职学校数据核对（测试用）');
    await expect(requirement).toHaveAttribute('data-deadline', '2026-12-20');

    // A platform the policy turns off: listed as such, and the extension stays out of its pages.
    await expect(options.getByTestId('policy-section')).toContainText('停用：管理平台、导入通知');
    // Importing turned off: the notice and pack imports say so instead of offering a file.
    await expect(options.getByTestId('import-off')).toContainText('导入已由管理员停用。');
    await expect(options.getByTestId('pack-import-off')).toContainText('导入已由管理员停用。');
    await expect(options.getByTestId('pack-file')).toHaveCount(0);
    // First a known platform the policy leaves on: in this profile its page gets the overlay, so the policy has
    // been read and applied. The time that took bounds how long the turned-off platform's page is watched.
    const started = Date.now();
    await page.goto('https://sg.chinaeducloud.com/');
    await expect(page.locator('tianbao-overlay')).toHaveCount(1);
    await expect(page.getByTestId('platform-name')).toHaveText('双高监测平台');
    const took = Date.now() - started;
    await page.goto('https://zj.chinaafse.cn/');
    await expect(page).toHaveTitle('现代职业教育体系改革管理公共服务平台（管理平台）');
    await page.waitForTimeout(Math.max(1000, 2 * took));
    await expect(page.locator('tianbao-overlay')).toHaveCount(0);
  } finally {
    fs.rmSync(policyFile, { force: true });
    fs.rmSync(partial, { force: true });
    await context?.close().catch(() => {});
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  expect(fs.existsSync(policyFile)).toBe(false);
});
