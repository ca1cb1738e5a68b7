import * as z from 'zod/mini';
import type { Pack } from '@/utils/packs/schema';
import { type VerifyResult, verifyPack } from '@/utils/packs/sign';
import { defineSetting, readSetting, writeSetting } from '@/utils/settings/store';
import { normaliseTrustedKey } from './schema';

/** Public keys the user trusts for signed packs (bare base64 SPKI), next to those the policy pushes. */
export const TRUSTED_KEYS = defineSetting<string[]>('trustedKeys', z.array(z.string()), []);

export type AddKeyResult = { ok: true; key: string } | { ok: false; error: 'invalid' | 'duplicate' };

/** Adds a key the user pasted (PEM or base64), if it is a P-256 public key not in the list yet. */
export async function addTrustedKey(text: string): Promise<AddKeyResult> {
  const key = normaliseTrustedKey(text.trim());
  if (!key) return { ok: false, error: 'invalid' };
  const keys = await readSetting(TRUSTED_KEYS);
  if (keys.includes(key)) return { ok: false, error: 'duplicate' };
  await writeSetting(TRUSTED_KEYS, [...keys, key]);
  return { ok: true, key };
}

export async function removeTrustedKey(key: string): Promise<void> {
  await writeSetting(
    TRUSTED_KEYS,
    (await readSetting(TRUSTED_KEYS)).filter((k) => k !== key),
  );
}

/** A pack's signature checked against the user's and the policy's keys, and whose key it is when it is trusted. */
export async function packSignature(
  pack: Pack,
  userKeys: readonly string[],
  policyKeys: readonly string[],
): Promise<VerifyResult & { trustedBy: 'user' | 'policy' | null }> {
  const result = await verifyPack(pack, [...userKeys, ...policyKeys]);
  if (result.status !== 'trusted') return { ...result, trustedBy: null };
  const byUser = (await verifyPack(pack, userKeys)).status === 'trusted';
  return { ...result, trustedBy: byUser ? 'user' : 'policy' };
}
