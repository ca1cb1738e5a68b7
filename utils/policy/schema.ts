import * as z from 'zod/mini';
import { type Pack, parsePack } from '@/utils/packs/schema';
import { pemBody, toBase64 } from '@/utils/packs/sign';
import { isKnownPlatformHost } from '@/utils/platforms/match';
import { PLATFORM_IDS, type PlatformId } from '@/utils/platforms/registry';
import { parseHostInput } from '@/utils/platforms/user-sites';
import { SAVE_REMINDER_MINUTES } from '@/utils/settings/save-reminder';

/**
 * What a province's or a college's IT may set through browser policy (`storage.managed`): Chrome/Edge read it from
 * `3rdparty.extensions.<id>` (checked first against public/managed-schema.json), Firefox from
 * `3rdparty.Extensions.<id>` of policies.json. These names are the contract with docs/deploy.md.
 */
export const POLICY_KEYS = ['packs', 'sites', 'trustedKeys', 'followed', 'disabled', 'saveReminderMinutes'] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

/** Parts of the extension a policy may turn off, next to whole platforms (by id). */
export const POLICY_FEATURES = ['drafts', 'reminders', 'import'] as const;
export type PolicyFeature = (typeof POLICY_FEATURES)[number];

/** A host the policy adds, with its platform, as the dashboard's site list writes it. */
export interface PushedSite {
  host: string;
  platform: PlatformId;
}

/** The policy's values, each present only when the policy sets it and it (or some of it) is valid. */
export interface ManagedPolicy {
  packs?: Pack[];
  sites?: PushedSite[];
  trustedKeys?: string[];
  followed?: string[];
  disabled?: (PlatformId | PolicyFeature)[];
  saveReminderMinutes?: number;
}

/** A value of the policy that was ignored, and why, in both languages (shown in the dashboard). */
export interface PolicyWarning {
  key: PolicyKey;
  /** The entry of a list or map that was ignored (a host, an index); null when the whole key was. */
  entry: string | null;
  zh: string;
  en: string;
}

export interface PolicyRead {
  policy: ManagedPolicy;
  warnings: PolicyWarning[];
}

const idString = z.string().check(z.minLength(1), z.maxLength(200));
/** Bytes of a P-256 public key as SubjectPublicKeyInfo DER: the one kind of key packs are signed with. */
const P256_SPKI_BYTES = 91;

/** A trusted key as PEM or bare base64 SPKI, given back as bare base64; null when it is not a P-256 public key. */
export function normaliseTrustedKey(text: unknown): string | null {
  if (typeof text !== 'string' || text.length > 2000) return null;
  try {
    const der = pemBody(text);
    return der.length === P256_SPKI_BYTES ? toBase64(der) : null;
  } catch {
    return null;
  }
}
const disabledName = z.enum([...PLATFORM_IDS, ...POLICY_FEATURES]);

const DISABLED_NAMES = [...PLATFORM_IDS, ...POLICY_FEATURES].join(', ');

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** A whole key of the wrong type: nothing of it is used. */
function wrongType(key: PolicyKey, expected: { zh: string; en: string }, got: unknown): PolicyWarning {
  return {
    key,
    entry: null,
    zh: `${key} 应为${expected.zh}，实际是 ${typeOf(got)}，已忽略`,
    en: `${key} must be ${expected.en}, got ${typeOf(got)}; ignored`,
  };
}

function entryWarning(key: PolicyKey, entry: string, zh: string, en: string): PolicyWarning {
  return { key, entry, zh: `${key}「${entry}」${zh}，已忽略`, en: `${key} "${entry}" ${en}; ignored` };
}

/** Checks every item of a list on its own: one bad item is ignored and the others are kept. */
function eachOf<T>(
  key: PolicyKey,
  raw: unknown,
  check: (item: unknown, index: number) => { ok: true; value: T } | { ok: false; zh: string; en: string },
  warnings: PolicyWarning[],
): T[] | undefined {
  if (!Array.isArray(raw)) {
    warnings.push(wrongType(key, { zh: '数组', en: 'an array' }, raw));
    return undefined;
  }
  const out: T[] = [];
  raw.forEach((item, i) => {
    const r = check(item, i);
    if (r.ok) out.push(r.value);
    else warnings.push(entryWarning(key, String(i + 1), r.zh, r.en));
  });
  return out;
}

function stringItem(schema: z.ZodMiniType<string>, zh: string, en: string) {
  return (item: unknown) => {
    const r = schema.safeParse(item);
    return r.success ? { ok: true as const, value: r.data } : { ok: false as const, zh, en };
  };
}

/** Each pushed pack's policy value as the browser gave it: its signature covers that, not the parsed pack. */
const SENT = new WeakMap<Pack, unknown>();

/** The policy value a pack of readPolicy was read from (the pack itself for one made elsewhere). */
export function packAsSent(pack: Pack): unknown {
  return SENT.has(pack) ? SENT.get(pack) : pack;
}

function readPacks(raw: unknown, warnings: PolicyWarning[]): Pack[] | undefined {
  return eachOf(
    'packs',
    raw,
    (item) => {
      // Chrome's policy schema can't type a pack (no null, no "any"), so Chrome carries each pack as the text of its
      // file; Firefox's policies.json may carry the object itself. parsePack reads both.
      if (typeof item !== 'string' && (typeof item !== 'object' || item === null)) {
        return { ok: false, zh: '应为知识包（JSON 文本或对象）', en: 'must be a pack (JSON text or object)' };
      }
      const r = parsePack(item);
      if (r.ok) {
        SENT.set(r.pack, item);
        return { ok: true, value: r.pack };
      }
      const first = r.errors[0];
      const at = first?.path ? ` ${first.path}` : '';
      return {
        ok: false,
        zh: `不是有效的知识包：${at ? `${first?.path}：` : ''}${first?.zh ?? ''}`,
        en: `is not a valid pack:${at} ${first?.en ?? ''}`,
      };
    },
    warnings,
  );
}

function readSites(raw: unknown, warnings: PolicyWarning[]): PushedSite[] | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    warnings.push(wrongType('sites', { zh: '对象（主机 → 平台）', en: 'an object (host → platform)' }, raw));
    return undefined;
  }
  const out: PushedSite[] = [];
  const platform = z.enum(PLATFORM_IDS);
  for (const [host, value] of Object.entries(raw)) {
    const parsed = parseHostInput(host);
    if (!parsed.ok) {
      warnings.push(entryWarning('sites', host, '不是有效的主机地址', 'is not a valid host'));
      continue;
    }
    if (isKnownPlatformHost(parsed.host)) {
      warnings.push(entryWarning('sites', host, '是已知平台的网址，无需添加', 'is a known platform already'));
      continue;
    }
    const p = platform.safeParse(value);
    if (!p.success) {
      warnings.push(
        entryWarning(
          'sites',
          host,
          `的平台「${String(value)}」不存在（可用：${PLATFORM_IDS.join(', ')}）`,
          `names no known platform "${String(value)}" (known: ${PLATFORM_IDS.join(', ')})`,
        ),
      );
      continue;
    }
    if (out.some((s) => s.host === parsed.host)) continue;
    out.push({ host: parsed.host, platform: p.data });
  }
  return out;
}

/**
 * Reads what `storage.managed` holds, each key on its own: a key of the wrong type, or an entry that is not
 * valid, is ignored with a warning, and everything else still applies. Unknown keys are ignored silently (a newer
 * policy template may carry keys this version does not know).
 */
export function readPolicy(raw: unknown): PolicyRead {
  const warnings: PolicyWarning[] = [];
  const policy: ManagedPolicy = {};
  if (typeof raw !== 'object' || raw === null) return { policy, warnings };
  const v = raw as Record<string, unknown>;
  if (v.packs !== undefined) policy.packs = readPacks(v.packs, warnings);
  if (v.sites !== undefined) policy.sites = readSites(v.sites, warnings);
  if (v.trustedKeys !== undefined) {
    policy.trustedKeys = eachOf(
      'trustedKeys',
      v.trustedKeys,
      (item) => {
        const key = normaliseTrustedKey(item);
        return key
          ? { ok: true, value: key }
          : {
              ok: false,
              zh: '不是 P-256 公钥（PEM 或 base64 的 SPKI）',
              en: 'is not a P-256 public key (PEM or base64 SPKI)',
            };
      },
      warnings,
    );
  }
  if (v.followed !== undefined) {
    policy.followed = eachOf(
      'followed',
      v.followed,
      stringItem(idString, '不是要求编号', 'is not a requirement id'),
      warnings,
    );
  }
  if (v.disabled !== undefined) {
    policy.disabled = eachOf(
      'disabled',
      v.disabled,
      (item) => {
        const r = disabledName.safeParse(item);
        return r.success
          ? { ok: true, value: r.data }
          : {
              ok: false,
              zh: `「${String(item)}」不是平台或功能名（可用：${DISABLED_NAMES}）`,
              en: `"${String(item)}" is no platform or feature (known: ${DISABLED_NAMES})`,
            };
      },
      warnings,
    );
  }
  if (v.saveReminderMinutes !== undefined) {
    const r = SAVE_REMINDER_MINUTES.schema.safeParse(v.saveReminderMinutes);
    if (r.success) policy.saveReminderMinutes = r.data;
    else {
      warnings.push({
        key: 'saveReminderMinutes',
        entry: null,
        zh: `saveReminderMinutes 应为 0–240 的整数分钟（0 为不提醒），实际是 ${JSON.stringify(v.saveReminderMinutes)}，已忽略`,
        en: `saveReminderMinutes must be whole minutes from 0 to 240 (0: never), got ${JSON.stringify(v.saveReminderMinutes)}; ignored`,
      });
    }
  }
  for (const key of POLICY_KEYS) if (policy[key] === undefined) delete policy[key];
  return { policy, warnings };
}
