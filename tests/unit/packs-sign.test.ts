import { beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '@/utils/knowledge/data';
import { canonicalJson } from '@/utils/packs/canonical';
import { readPack } from '@/utils/packs/read';
import { type Pack, type PackInput, parsePack } from '@/utils/packs/schema';
import { keyIdOf, publicKeyOf, signPack, toBase64, verifyPack } from '@/utils/packs/sign';

const ALG = { name: 'ECDSA', namedCurve: 'P-256' } as const;

async function newKey(): Promise<{ pkcs8: Uint8Array<ArrayBuffer>; pem: string; publicPem: string; spki: string }> {
  const pair = await crypto.subtle.generateKey(ALG, true, ['sign', 'verify']);
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const spki = toBase64(await crypto.subtle.exportKey('spki', pair.publicKey));
  const wrap = (label: string, b64: string) =>
    `-----BEGIN ${label}-----\n${b64.match(/.{1,64}/g)?.join('\n')}\n-----END ${label}-----\n`;
  return { pkcs8, pem: wrap('PRIVATE KEY', toBase64(pkcs8)), publicPem: wrap('PUBLIC KEY', spki), spki };
}

const small = (): PackInput => ({ ...(structuredClone(BUILTIN_PACKS[0]) as PackInput), title: '省教育厅审核包' });

describe('pack signatures (ES256 through WebCrypto)', () => {
  let province: Awaited<ReturnType<typeof newKey>>;
  let other: Awaited<ReturnType<typeof newKey>>;
  let signed: Pack;
  beforeAll(async () => {
    province = await newKey();
    other = await newKey();
    signed = await signPack(small(), province.pem);
  });

  it('canonical JSON sorts keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });

  it('a signature carries the key id (a short hash of the public key) and its public key', async () => {
    const spki = new Uint8Array(await publicKeyOf(province.pkcs8));
    expect(toBase64(spki)).toBe(province.spki);
    expect(signed.signature?.keyId).toBe(await keyIdOf(spki));
    expect(signed.signature?.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(signed.signature?.publicKey).toBe(province.spki);
    expect(parsePack(JSON.stringify(signed)).ok).toBe(true);
  });

  it('trusted when its key is trusted (PEM or bare base64), valid-untrusted otherwise', async () => {
    expect((await verifyPack(signed, [province.publicPem])).status).toBe('trusted');
    expect((await verifyPack(signed, [province.spki])).status).toBe('trusted');
    const untrusted = await verifyPack(signed, [other.publicPem]);
    expect(untrusted.status).toBe('valid-untrusted');
    expect(untrusted.reason.zh).toBe(`签名有效，但密钥 ${signed.signature?.keyId} 不在受信任的密钥中`);
    expect((await verifyPack(signed, [])).status).toBe('valid-untrusted');
  });

  it('still verifies after travelling as JSON and being parsed', async () => {
    const read = parsePack(JSON.parse(JSON.stringify(signed)));
    if (!read.ok) throw new Error('not read');
    expect((await verifyPack(read.pack, [province.spki])).status).toBe('trusted');
  });

  it('a script that signs the canonical JSON of the file as it wrote it (defaults left out) is understood', async () => {
    const file = small();
    const key = await crypto.subtle.importKey('pkcs8', province.pkcs8, ALG, false, ['sign']);
    const bytes = new TextEncoder().encode(canonicalJson(file));
    const value = toBase64(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key, bytes));
    const keyId = signed.signature?.keyId ?? '';
    const byScript = { ...file, signature: { alg: 'ES256' as const, keyId, publicKey: province.spki, value } };
    expect((await verifyPack(byScript, [province.spki])).status).toBe('trusted');
    const read = parsePack(JSON.stringify(byScript));
    expect(read.ok).toBe(true);
    // Parsing fills in defaults, so the check goes on what was sent: readPack does both in that order.
    if (read.ok) expect((await verifyPack(read.pack, [province.spki])).status).toBe('invalid');
    const both = await readPack(JSON.stringify(byScript), [province.publicPem]);
    expect(both.ok && both.signature.status).toBe('trusted');
  });

  it('readPack refuses a pack whose signature is wrong, with the reason as its error', async () => {
    const tampered = structuredClone(signed);
    tampered.title = '改过的标题';
    const r = await readPack(JSON.stringify(tampered), [province.spki]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      {
        path: 'signature',
        zh: `签名无效：内容在签名后被改动，或签名不是用密钥 ${signed.signature?.keyId} 做的`,
        en: `invalid signature: the content was changed after signing, or the signature was not made with key ${signed.signature?.keyId}`,
      },
    ]);
    const fine = await readPack(signed, []);
    expect(fine.ok && fine.signature.status).toBe('valid-untrusted');
    const broken = await readPack('{', []);
    expect(broken.ok ? '' : broken.errors[0]?.zh).toMatch(/^不是有效的 JSON/);
  });

  it('unsigned when there is no signature', async () => {
    const r = await verifyPack(small(), [province.spki]);
    expect(r).toEqual({ status: 'unsigned', reason: { zh: '未签名', en: 'not signed' }, keyId: null });
  });

  it('invalid, saying why, when the content was changed after signing', async () => {
    const tampered = structuredClone(signed);
    const d = tampered.notices[0]?.requirements[0]?.deadlines[0];
    if (!d) throw new Error('no deadline');
    d.date = '2023-05-31';
    const r = await verifyPack(tampered, [province.spki]);
    expect(r.status).toBe('invalid');
    expect(r.reason.zh).toBe(`签名无效：内容在签名后被改动，或签名不是用密钥 ${signed.signature?.keyId} 做的`);
    expect(r.reason.en).toContain('the content was changed after signing');
  });

  it('invalid when the signature was made with another key than the one it names', async () => {
    const byOther = await signPack(small(), other.pem);
    const forged = {
      ...signed,
      signature: { ...(signed.signature as NonNullable<Pack['signature']>), value: byOther.signature?.value ?? '' },
    };
    expect((await verifyPack(forged, [province.spki])).status).toBe('invalid');
    // Swapping in another public key without its key id is caught by the key id.
    const swapped = {
      ...signed,
      signature: { ...(signed.signature as NonNullable<Pack['signature']>), publicKey: other.spki },
    };
    const r = await verifyPack(swapped, [province.spki, other.spki]);
    expect(r.status).toBe('invalid');
    expect(r.reason.zh).toContain('与所附公钥');
  });

  it('refuses to sign with something that is not a P-256 private key', async () => {
    await expect(signPack(small(), province.publicPem)).rejects.toThrow();
  });
});
