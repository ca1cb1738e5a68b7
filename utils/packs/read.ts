import { type Pack, type PackError, parsePack } from './schema';
import { type VerifyResult, verifyPack } from './sign';

export type ReadResult =
  | { ok: true; pack: Pack; signature: VerifyResult }
  | { ok: false; errors: PackError[]; signature?: VerifyResult };

/**
 * A pack someone gives (a file's text, a policy value), read and checked in one step: the schema first, then the
 * signature over what was sent (before parsing fills in defaults, so a publishing script's signature holds).
 * A signature that is there but wrong refuses the pack, with the reason as its error.
 */
export async function readPack(json: unknown, trustedKeys: readonly string[]): Promise<ReadResult> {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch {
      return parsePack(json) as ReadResult;
    }
  }
  const read = parsePack(value);
  if (!read.ok) return read;
  const signature = await verifyPack(value as Pack, trustedKeys);
  if (signature.status === 'invalid') {
    return { ok: false, errors: [{ path: 'signature', zh: signature.reason.zh, en: signature.reason.en }], signature };
  }
  return { ok: true, pack: read.pack, signature };
}
