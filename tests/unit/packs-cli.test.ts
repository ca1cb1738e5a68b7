import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knowledgeFromPacks } from '@/utils/knowledge/from-packs';
import { parsePack } from '@/utils/packs/schema';
import { toBase64, verifyPack } from '@/utils/packs/sign';
import { packPhraseProblems } from './pack-phrases';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Scratch files inside the repository (test-results/ is ignored by git). */
const SCRATCH = path.join(ROOT, 'test-results', 'packs-cli');
const NOTICE_000 = 'data/sources/000_d2f98e3612e9b532.txt';
const NOTICE_001 = 'data/sources/001_d29c6ba93d2cfa34.txt';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/notice.mjs', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe('npm run notice -- pack', () => {
  let keyFile = '';
  let publicKey = '';
  beforeAll(async () => {
    fs.mkdirSync(SCRATCH, { recursive: true });
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
    const pkcs8 = toBase64(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
    publicKey = toBase64(await crypto.subtle.exportKey('spki', pair.publicKey));
    keyFile = path.join(SCRATCH, 'province.pem');
    fs.writeFileSync(
      keyFile,
      `-----BEGIN PRIVATE KEY-----\n${pkcs8.match(/.{1,64}/g)?.join('\n')}\n-----END PRIVATE KEY-----\n`,
    );
    fs.writeFileSync(path.join(SCRATCH, 'not-a-notice.txt'), '今天天气很好。\n我们去公园散步。\n');
  });
  afterAll(() => fs.rmSync(SCRATCH, { recursive: true, force: true }));

  it('prints an unreviewed pack of two notice texts that the schema accepts', () => {
    const out = execFileSync(process.execPath, ['scripts/notice.mjs', 'pack', NOTICE_000, NOTICE_001], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const read = parsePack(out);
    expect(read.ok ? [] : read.errors).toEqual([]);
    if (!read.ok) return;
    const { pack } = read;
    expect(pack.signature).toBeUndefined();
    expect(pack.notices.map((n) => n.docNumber)).toEqual(['教职成司函〔2023〕2号', '教职成司函〔2022〕8号']);
    expect(pack.notices.every((n) => n.reviewed === false)).toBe(true);
    expect(pack.title).toBe('未经审核：教职成司函〔2023〕2号、教职成司函〔2022〕8号');
    expect(pack.issued).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The notice's own text travels with it, and the parser's deadline is there with its phrase and line.
    expect(pack.notices[0]?.text).toBe(fs.readFileSync(path.join(ROOT, NOTICE_000), 'utf8'));
    const views = knowledgeFromPacks([{ pack, origin: 'imported' }]).allRequirementViews();
    const psych = views.find((v) => v.deadlines.some((d) => d.date === '2023-03-31'));
    const due = psych?.deadlines.find((d) => d.date === '2023-03-31');
    expect(due?.text).toContain('2023年3月31日');
    // Its line counts in the text the pack carries: the phrase is there (a paragraph may run over a few lines).
    const lines = (pack.notices[0]?.text ?? '').split('\n');
    const at = lines
      .slice((due?.line ?? 0) - 1, (due?.line ?? 0) + 3)
      .join('')
      .replace(/\s+/g, '');
    expect(at).toContain((due?.text ?? '?').replace(/\s+/g, ''));
    expect(psych?.channels).toContainEqual(expect.objectContaining({ type: 'email', address: 'zcsdyc@moe.edu.cn' }));
    // Every fact cites the text the pack carries, as the built-in packs cite data/sources/.
    expect(packPhraseProblems(pack)).toEqual([]);
    // Shown everywhere, labelled unreviewed.
    expect(views.length).toBeGreaterThan(8);
    expect(views.every((v) => v.reviewed === false)).toBe(true);
  }, 60_000);

  it('--sign KEY.pem signs it with the PKCS#8 key; --title and --publisher name it', async () => {
    const r = run('pack', NOTICE_001, '--sign', keyFile, '--title', '省厅审核前草稿', '--publisher', '某省教育厅');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const read = parsePack(r.stdout);
    if (!read.ok) throw new Error(read.errors[0]?.en);
    expect(read.pack.title).toBe('省厅审核前草稿');
    expect(read.pack.publisher).toBe('某省教育厅');
    expect(read.pack.signature?.publicKey).toBe(publicKey);
    expect((await verifyPack(JSON.parse(r.stdout), [publicKey])).status).toBe('trusted');
  }, 60_000);

  it('refuses a text that is no notice, or a key that is no private key, and prints no pack', () => {
    const notNotice = run('pack', NOTICE_001, path.join(SCRATCH, 'not-a-notice.txt'));
    expect(notNotice.status).toBe(1);
    expect(notNotice.stdout).toBe('');
    expect(notNotice.stderr).toContain('not-a-notice.txt：读不出通知');
    expect(notNotice.stderr).toContain('does not read as a notice');

    const badKey = run('pack', NOTICE_001, '--sign', path.join(SCRATCH, 'not-a-notice.txt'));
    expect(badKey.status).toBe(1);
    expect(badKey.stdout).toBe('');
    expect(badKey.stderr).toContain('应为 PKCS#8 格式的 P-256 私钥');

    const missing = run('pack', 'data/sources/no-such-file.txt');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('无法读取文件 / cannot read data/sources/no-such-file.txt');

    const usage = run('pack');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('npm run --silent notice -- pack FILE...');
  }, 60_000);
});
