import * as z from 'zod/mini';
import { NoticeSchema, RequirementSchema, SourceId } from '@/utils/knowledge/schema';
import { isKnownPlatformHost } from '@/utils/platforms/match';
import { PLATFORM_IDS } from '@/utils/platforms/registry';
import { parseHostInput } from '@/utils/platforms/user-sites';
import { MappingsSchema } from '@/utils/settings/mappings';
import { packIssueMessage } from './messages';

/**
 * A knowledge pack: one versioned JSON document for the built-in knowledge (data/packs/), the notices a user
 * imports, and what a province's IT pushes through browser policy. Notices and requirements are the knowledge
 * schema's own (utils/knowledge/schema.ts), so a pack says nothing the knowledge base could not.
 * docs/pack.schema.json is generated from PackSchema (`npm run packs:schema`).
 */

export const PACK_FORMAT = 'tianbao-pack';
export const PACK_VERSION = 1;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'));

/** A requirement inside its notice: the knowledge's requirement, its `notice` given by where it stands. */
export const PackRequirementSchema = z.omit(RequirementSchema, { notice: true });

export const PackNoticeSchema = z.extend(NoticeSchema, {
  /** An imported notice may print no issuer (the page shows （导入的通知）). */
  issuer: z.nullable(z.string().check(z.minLength(1))),
  dateText: z.optional(z.nullable(z.string())),
  kind: z.optional(NoticeSchema.shape.kind),
  /** Built-in notices: the file of data/sources/ and the notice's first and last line there. */
  seed: z.optional(SourceId),
  lines: z.optional(NoticeSchema.shape.lines),
  /** The notice's own text, for notices that are not in data/sources/; its requirements' lines count in it. */
  text: z.optional(z.string()).check(z.describe('The notice text; line numbers of its requirements count in it')),
  /** The web page the notice was read from. */
  sourceUrl: z.optional(z.url({ protocol: /^https?$/ })).check(z.describe('The web page the notice was read from')),
  /** When a user imported it (ms since 1970): kept so that export → import gives back the same notice. */
  importedAt: z.optional(z.int().check(z.gte(0))),
  /** False for a notice read by the parser and not checked by a person: its requirements show 未经审核. */
  reviewed: z.boolean().check(z.describe('false: read by the parser, not checked by a person (shown 未经审核)')),
  requirements: z.array(PackRequirementSchema),
});

/** A self-hosted platform: `host[:port]` in lower case, as the dashboard's site list writes it. */
export const PackSiteSchema = z.object({
  host: z.string().check(
    z.refine((h) => {
      const r = parseHostInput(h);
      return r.ok && r.host === h;
    }, 'host'),
    z.refine((h) => !isKnownPlatformHost(h), 'known-host'),
  ),
  platform: z.enum(PLATFORM_IDS),
  addedAt: z.optional(z.int().check(z.gte(0))),
});

export const SignatureSchema = z.object({
  alg: z.literal('ES256'),
  /** Short hash of the public key (see keyIdOf in sign.ts). */
  keyId: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  /** The signer's public key, SubjectPublicKeyInfo DER in base64. */
  publicKey: z.string().check(z.regex(/^[A-Za-z0-9+/]+={0,2}$/)),
  /** ECDSA P-256 / SHA-256 signature (r ‖ s, 64 bytes) in base64 over the pack's canonical JSON. */
  value: z.string().check(z.regex(/^[A-Za-z0-9+/]+={0,2}$/)),
});

export const PackSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    version: z.literal(PACK_VERSION),
    title: z.string().check(z.minLength(1), z.describe('What the pack is, e.g. 某省教育厅 2025 年审核通知')),
    publisher: z.string().check(z.minLength(1), z.describe('Who publishes it, e.g. 某省教育厅信息中心')),
    issued: isoDate.check(z.describe('Day of issue, YYYY-MM-DD')),
    notices: z.array(PackNoticeSchema).check(z.describe('Notices with their requirements')),
    sites: z.array(PackSiteSchema).check(z.describe('Self-hosted platforms: host[:port] → platform id')),
    /** Requirement ids to follow (this pack's or the built-in ones). */
    followed: z.array(z.string().check(z.minLength(1))).check(z.describe('Requirement ids to follow (reminders)')),
    /** Manual field mappings, as the dashboard stores them: per <platform>|<path>, per field, a label and/or a rule. */
    mappings: MappingsSchema,
    signature: z
      .optional(SignatureSchema)
      .check(z.describe('ES256 over the canonical JSON of the pack without signature')),
  })
  .check(
    z.superRefine((p, ctx) => {
      const seen = new Set<string>();
      p.notices.forEach((n, i) => {
        if (seen.has(n.id)) ctx.addIssue({ code: 'custom', path: ['notices', i, 'id'], message: 'duplicate-id' });
        seen.add(n.id);
      });
      const reqs = new Set<string>();
      p.notices.forEach((n, i) => {
        n.requirements.forEach((r, j) => {
          if (reqs.has(r.id)) {
            ctx.addIssue({ code: 'custom', path: ['notices', i, 'requirements', j, 'id'], message: 'duplicate-id' });
          }
          reqs.add(r.id);
        });
      });
      const hosts = new Set<string>();
      p.sites.forEach((s, i) => {
        if (hosts.has(s.host)) ctx.addIssue({ code: 'custom', path: ['sites', i, 'host'], message: 'duplicate-host' });
        hosts.add(s.host);
      });
    }),
  );

/** A pack after parsing (defaults filled in). */
export type Pack = z.infer<typeof PackSchema>;
/** A pack as written (the built-in JSON files, a script's output): defaults may be left out. */
export type PackInput = z.input<typeof PackSchema>;
export type PackNotice = z.infer<typeof PackNoticeSchema>;
export type PackNoticeInput = z.input<typeof PackNoticeSchema>;
export type PackRequirement = z.infer<typeof PackRequirementSchema>;
export type PackRequirementInput = z.input<typeof PackRequirementSchema>;
export type PackSite = z.infer<typeof PackSiteSchema>;
export type PackSignature = z.infer<typeof SignatureSchema>;

/** One problem of a pack, where it is and what is wrong, in Chinese and in English. */
export interface PackError {
  path: string;
  zh: string;
  en: string;
}

export type ParseResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

/** Problems listed at most: a broken file would otherwise list thousands. */
const MAX_ERRORS = 20;

/**
 * Reads a pack from JSON text or from an already parsed value. Never throws: a value that is not a pack gives its
 * problems, each with its path (`notices[0].requirements[2].deadlines[0].date`) and a message in both languages.
 */
export function parsePack(json: unknown): ParseResult {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return { ok: false, errors: [{ path: '', zh: `不是有效的 JSON：${why}`, en: `not valid JSON: ${why}` }] };
    }
  }
  const head = headProblem(value);
  if (head) return { ok: false, errors: [head] };
  // With each issue's input: a field of the wrong type is told apart from a missing one (packIssueMessage).
  const parsed = PackSchema.safeParse(value, { reportInput: true });
  if (parsed.success) return { ok: true, pack: parsed.data };
  return { ok: false, errors: parsed.error.issues.slice(0, MAX_ERRORS).map(packIssueMessage) };
}

/** The pack's first lines, checked first: a file that is not a pack at all, or a newer version, is said so plainly. */
function headProblem(value: unknown): PackError | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { path: '', zh: '不是知识包：应为一个 JSON 对象', en: 'not a pack: expected a JSON object' };
  }
  const v = value as Record<string, unknown>;
  if (v.format !== PACK_FORMAT) {
    return {
      path: 'format',
      zh: `不是填报助手知识包：format 应为 "${PACK_FORMAT}"`,
      en: `not a tianbao pack: format must be "${PACK_FORMAT}"`,
    };
  }
  if (typeof v.version === 'number' && v.version > PACK_VERSION) {
    return {
      path: 'version',
      zh: `知识包版本 ${v.version} 比本扩展支持的版本 ${PACK_VERSION} 新，请先更新扩展`,
      en: `pack version ${v.version} is newer than this extension supports (${PACK_VERSION}); update the extension`,
    };
  }
  return null;
}

/** The notice a requirement belongs to, and the requirement, by the requirement's id. */
export function packRequirements(
  pack: Pack | PackInput,
): { notice: PackNoticeInput; requirement: PackRequirementInput }[] {
  return pack.notices.flatMap((notice) => notice.requirements.map((requirement) => ({ notice, requirement })));
}
