import * as z from 'zod/mini';
import { type ReadResult, readPack } from '@/utils/packs/read';
import type { Pack } from '@/utils/packs/schema';
import type { VerifyResult } from '@/utils/packs/sign';
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

export type PackFileRead =
  | { ok: true; pack: Pack; signature: VerifyResult & { trustedBy: 'user' | 'policy' | null } }
  | Extract<ReadResult, { ok: false }>;

/**
 * A pack file the user gives, read by readPack (its signature checked over the text as written, against the user's
 * and the policy's keys), and whose key vouches for it when it is trusted.
 */
export async function readPackFile(
  text: string,
  userKeys: readonly string[],
  policyKeys: readonly string[],
): Promise<PackFileRead> {
  const read = await readPack(text, [...userKeys, ...policyKeys]);
  if (!read.ok) return read;
  if (read.signature.status !== 'trusted') return { ...read, signature: { ...read.signature, trustedBy: null } };
  const byUser = await readPack(text, userKeys);
  const trustedBy = byUser.ok && byUser.signature.status === 'trusted' ? 'user' : 'policy';
  return { ...read, signature: { ...read.signature, trustedBy } };
}
