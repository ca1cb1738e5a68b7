import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { signPack, toBase64 } from '../../utils/packs/sign';
import { expect, launchWithExtension, test } from './fixtures';

/** The dashboard's 知识包: import (signature, what changes, all or nothing), trusted keys, export. */

const PACK_FILE = path.join(import.meta.dirname, '../fixtures/packs/policy-pushed.json');
const PACK = JSON.parse(fs.readFileSync(PACK_FILE, 'utf8'));
const REQUIREMENT = 'policy-test-2026-1-1';

async function keyPair() {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  return {
    pkcs8: new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey)),
    spki: toBase64(await crypto.subtle.exportKey('spki', pair.publicKey)),
  };
}

async function choose(options: Page, name: string, content: unknown): Promise<void> {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  await options
    .getByTestId('pack-file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('import shows the signature and what the pack adds, then applies all of it; a malformed or forged pack changes nothing', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#packs`);
  const status = options.getByTestId('pack-status');

  // Not a pack: refused in Chinese, saying why, and nothing offered to apply.
  await choose(options, 'broken.json', '{"format":"tianbao-pack","version":1,');
  await expect(status).toHaveText(/^无法导入：不是有效的 JSON.*什么也没有改变。$/);
  await choose(options, 'other.json', { format: 'tianbao-pack', version: 1, title: '缺少内容' });
  await expect(status).toContainText('无法导入：');
  await expect(status).toContainText('什么也没有改变');
  await expect(options.getByTestId('pack-diff')).toHaveCount(0);

  // Signed, then changed: refused with the reason.
  const { pkcs8, spki } = await keyPair();
  const signed = await signPack(PACK, pkcs8);
  await choose(options, 'forged.json', { ...signed, title: '被改动的标题' });
  await expect(status).toContainText('拒绝导入：签名无效：内容在签名后被改动');
  await expect(options.getByTestId('pack-diff')).toHaveCount(0);

  // Signed by a key the user does not trust yet: valid but untrusted.
  await choose(options, 'signed.json', signed);
  await expect(options.getByTestId('pack-signature')).toHaveAttribute('data-status', 'valid-untrusted');
  await expect(options.getByTestId('pack-signature')).toContainText('签名有效，但密钥');

  // The user adds the publisher's key: the same pack is now trusted. A key that is none is refused.
  await options.getByTestId('pack-key-input').fill('不是公钥');
  await options.getByTestId('pack-key-add').click();
  await expect(options.getByTestId('pack-key-status')).toHaveText(
    '公钥格式不正确：应为 ECDSA P-256 公钥（PEM 或 base64 SPKI）。',
  );
  await options.getByTestId('pack-key-input').fill(spki);
  await options.getByTestId('pack-key-add').click();
  await expect(options.getByTestId('pack-key-status')).toContainText('已添加公钥');
  await expect(options.getByTestId('pack-key')).toHaveCount(1);
  await choose(options, 'signed.json', signed);
  const diff = options.getByTestId('pack-diff');
  await expect(diff.getByTestId('pack-signature')).toHaveAttribute('data-status', 'trusted');
  await expect(diff).toContainText('导入「示例省推送包（测试用）」将会：');
  await expect(diff.getByTestId('pack-add').first()).toContainText(
    '示例省教育厅关于做好中职学校数据核对工作的通知（测试用，非真实通知）',
  );
  await expect(options.locator(`[data-testid="timeline-entry"][data-id="${REQUIREMENT}"]`)).toHaveCount(0);

  await diff.getByRole('button', { name: '全部导入' }).click();
  await expect(status).toHaveText('已导入「示例省推送包（测试用）」。');
  await expect(options.locator(`[data-testid="timeline-entry"][data-id="${REQUIREMENT}"]`)).toHaveCount(1);

  // The same pack again: nothing new.
  await choose(options, 'signed.json', signed);
  await expect(options.getByTestId('pack-add')).toHaveCount(0);
});

test('an unreviewed pack says 未经审核 before it is imported', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#packs`);
  const unreviewed = { ...PACK, notices: PACK.notices.map((n: object) => ({ ...n, reviewed: false })) };
  await choose(options, 'unreviewed.json', unreviewed);
  await expect(options.getByTestId('pack-unreviewed')).toContainText('未经审核');
  await expect(options.getByTestId('pack-signature')).toHaveText('未签名：无法确认发布者，请核对来源后再导入。');
});

test('export → import on a fresh profile gives the same notices, sites and follows', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#packs`);
  await choose(options, 'pack.json', {
    ...PACK,
    sites: [{ host: 'zz.example.edu.cn', platform: 'zhongzhi-system' }],
    followed: [REQUIREMENT],
  });
  await options.getByTestId('pack-diff').getByRole('button', { name: '全部导入' }).click();
  await expect(options.getByTestId('pack-status')).toContainText('已导入');

  // Export what the user now has (the counts follow the import at once).
  const exportForm = options.getByTestId('pack-export');
  await expect(exportForm).toContainText('导入的通知（1 条）');
  await expect(exportForm).toContainText('站点（1 个）');
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByTestId('pack-export-button').click(),
  ]);
  await expect(options.getByTestId('pack-export-status')).toContainText('已导出 tianbao-pack-');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tianbao-pack-')), 'export.json');
  await download.saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(exported.format).toBe('tianbao-pack');
  expect(exported.followed).toEqual([REQUIREMENT]);

  // A fresh profile imports the file.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tianbao-e2e-'));
  const fresh = await launchWithExtension(dir);
  try {
    const sw = fresh.serviceWorkers()[0] ?? (await fresh.waitForEvent('serviceworker'));
    const id = new URL(sw.url()).host;
    const other = await fresh.newPage();
    await other.goto(`chrome-extension://${id}/options.html#packs`);
    await other.getByTestId('pack-file').setInputFiles(file);
    await other.getByTestId('pack-diff').getByRole('button', { name: '全部导入' }).click();
    await expect(other.getByTestId('pack-status')).toContainText('已导入');
    const site = other.locator('[data-testid="site-item"][data-host="zz.example.edu.cn"]');
    await expect(site).toContainText('中职学校系统');
    // A pack can't grant host access either: the site waits for the user's click.
    await expect(site.getByTestId('site-needs-grant')).toContainText('此站点还没有访问权限');
    await expect(other.locator(`[data-testid="followed-item"][data-id="${REQUIREMENT}"]`)).toContainText(
      '中职学校数据核对（测试用）',
    );
    await expect(other.locator(`[data-testid="timeline-entry"][data-id="${REQUIREMENT}"]`)).toHaveCount(1);
  } finally {
    await fresh.close();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
});
