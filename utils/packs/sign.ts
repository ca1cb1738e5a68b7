import { canonicalJson } from './canonical';
import { type Pack, type PackInput, PackSchema } from './schema';

/**
 * Pack signatures: ECDSA P-256 with SHA-256 (ES256) through WebCrypto, which Node 20, the background and the
 * extension's pages all have as `globalThis.crypto.subtle`. What is signed is the canonical JSON (keys sorted at
 * every level, no spaces) of the pack without its `signature`, as the schema reads it (defaults filled in, keys it
 * does not know dropped): signPack signs that. verifyPack also accepts a signature over the canonical JSON of the
 * pack exactly as given (what a publishing script that never saw the schema would sign): either way the signed
 * bytes determine everything the extension reads from the pack.
 *
 * The signature carries its public key, so a signature can be checked even when its key is not trusted; whether
 * it is trusted is a separate question, answered by the user's or the policy's `trustedKeys`.
 */

const ALG = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

export type VerifyStatus = 'trusted' | 'valid-untrusted' | 'unsigned' | 'invalid';

export interface VerifyResult {
  status: VerifyStatus;
  /** Why, in Chinese and English; for `invalid`, what is wrong. */
  reason: { zh: string; en: string };
  /** The signer's key id, when the pack is signed. */
  keyId: string | null;
}

/** The bytes signed for a pack: its canonical JSON as read by the schema, without the signature. */
export function signedBytes(pack: PackInput | Pack): Uint8Array<ArrayBuffer> {
  const { signature: _, ...body } = PackSchema.parse({ ...pack, signature: undefined });
  return new TextEncoder().encode(canonicalJson(body));
}

export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** The DER inside a PEM block (`-----BEGIN … KEY-----`), or the text itself when it is bare base64. */
export function pemBody(pem: string): Uint8Array<ArrayBuffer> {
  return fromBase64(pem.replace(/-----(BEGIN|END)[^-]*-----/g, '').replace(/\s+/g, ''));
}

/** A key's id: the first 16 hex digits of the SHA-256 of its SubjectPublicKeyInfo (DER). */
export async function keyIdOf(spki: Uint8Array<ArrayBuffer>): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', spki));
  return [...hash.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The public key (SPKI DER) of a PKCS#8 P-256 private key, read through its JWK coordinates. */
export async function publicKeyOf(pkcs8: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const priv = await crypto.subtle.importKey('pkcs8', pkcs8, ALG, true, ['sign']);
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', priv);
  const pub = await crypto.subtle.importKey('jwk', { kty, crv, x, y }, ALG, true, ['verify']);
  return new Uint8Array(await crypto.subtle.exportKey('spki', pub));
}

/**
 * Signs a pack with a PKCS#8 P-256 private key (DER bytes, or PEM text). Returns the pack with its signature;
 * any earlier signature is replaced. Throws when the key is not a P-256 private key or the pack is not valid.
 */
export async function signPack(pack: PackInput | Pack, pkcs8: Uint8Array<ArrayBuffer> | string): Promise<Pack> {
  const der = typeof pkcs8 === 'string' ? pemBody(pkcs8) : pkcs8;
  const key = await crypto.subtle.importKey('pkcs8', der, ALG, false, ['sign']);
  const spki = await publicKeyOf(der);
  const body = PackSchema.parse({ ...pack, signature: undefined });
  const value = await crypto.subtle.sign(SIGN, key, signedBytes(body));
  return {
    ...body,
    signature: { alg: 'ES256', keyId: await keyIdOf(spki), publicKey: toBase64(spki), value: toBase64(value) },
  };
}

/** Trusted keys given as PEM (`-----BEGIN PUBLIC KEY-----`) or bare base64 SPKI, as base64 of their DER; unreadable ones are skipped. */
export function trustedKeySet(trustedKeys: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const k of trustedKeys) {
    try {
      keys.add(toBase64(pemBody(k)));
    } catch {
      // A trusted key that cannot be read trusts nothing.
    }
  }
  return keys;
}

const invalid = (zh: string, en: string, keyId: string | null = null): VerifyResult => ({
  status: 'invalid',
  reason: { zh: `签名无效：${zh}`, en: `invalid signature: ${en}` },
  keyId,
});

/**
 * Checks a pack's signature. `trustedKeys`: public keys (PEM or base64 SPKI) the user or the policy trusts.
 * - `unsigned`: no signature (the caller decides; an unsigned pack is not refused for that alone);
 * - `invalid`: a signature is there but does not hold (content changed after signing, key id not its key,
 *   unreadable key or value): the pack must be refused, and `reason` says why;
 * - `valid-untrusted`: it holds, for a key nobody here trusts; `trusted`: it holds, for a trusted key.
 */
export async function verifyPack(pack: PackInput | Pack, trustedKeys: readonly string[]): Promise<VerifyResult> {
  const sig = pack.signature;
  if (!sig) return { status: 'unsigned', reason: { zh: '未签名', en: 'not signed' }, keyId: null };
  if (sig.alg !== 'ES256')
    return invalid(`不支持的算法 ${String(sig.alg)}`, `unsupported algorithm ${String(sig.alg)}`);
  let spki: Uint8Array<ArrayBuffer>;
  let value: Uint8Array<ArrayBuffer>;
  try {
    spki = fromBase64(sig.publicKey);
    value = fromBase64(sig.value);
  } catch {
    return invalid('公钥或签名值不是 base64', 'public key or value is not base64');
  }
  const keyId = await keyIdOf(spki);
  if (keyId !== sig.keyId) {
    return invalid(
      `keyId ${sig.keyId} 与所附公钥（${keyId}）不符`,
      `keyId ${sig.keyId} does not match the attached public key (${keyId})`,
      sig.keyId,
    );
  }
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('spki', spki, ALG, false, ['verify']);
  } catch {
    return invalid('所附公钥不是 P-256 公钥', 'the attached public key is not a P-256 key', keyId);
  }
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = signedBytes(pack);
  } catch {
    return invalid('知识包内容不符合格式，无法核对', 'the pack does not match its schema, nothing to check', keyId);
  }
  const { signature: _, ...asGiven } = pack;
  const ok =
    value.length === 64 &&
    ((await crypto.subtle.verify(SIGN, key, value, bytes)) ||
      (await crypto.subtle.verify(SIGN, key, value, new TextEncoder().encode(canonicalJson(asGiven)))));
  if (!ok) {
    return invalid(
      `内容在签名后被改动，或签名不是用密钥 ${keyId} 做的`,
      `the content was changed after signing, or the signature was not made with key ${keyId}`,
      keyId,
    );
  }
  if (trustedKeySet(trustedKeys).has(toBase64(spki))) {
    return {
      status: 'trusted',
      reason: { zh: `由受信任的密钥 ${keyId} 签名`, en: `signed by trusted key ${keyId}` },
      keyId,
    };
  }
  return {
    status: 'valid-untrusted',
    reason: {
      zh: `签名有效，但密钥 ${keyId} 不在受信任的密钥中`,
      en: `valid signature, but key ${keyId} is not among the trusted keys`,
    },
    keyId,
  };
}
