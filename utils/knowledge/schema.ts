import * as z from 'zod/mini';
import { PLATFORM_IDS } from '@/utils/platforms/registry';
import { DEADLINE_KINDS } from './view';

/**
 * The shape of the knowledge taken by hand from the seed notices. Every fact keeps the phrase and the line of
 * the seed it comes from, so a reader can check it and a test can find it again in the text.
 */

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'));
const monthDay = z.string().check(z.regex(/^\d{2}-\d{2}$/, 'MM-DD'));

/**
 * The text a fact comes from: a file of `data/sources/` by its number (`000` …) for the built-in packs, or the
 * id of an imported notice whose own text the pack carries. Any id: adding a notice touches data, not this schema.
 */
export const SourceId = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/, 'a-z, 0-9, -'));

/** A place in a source text: its id and 1-based line (0 for an item added by hand during an import's review). */
export const SourceRef = z.object({
  seed: SourceId,
  line: z.int().check(z.gte(0)),
});

export const NoticeSchema = z.object({
  /** Stable slug, e.g. `jzcshan-2023-2`. */
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  /** 文号 exactly as printed, e.g. 教职成司函〔2023〕2号; null when the text prints none. */
  docNumber: z.nullable(z.string()),
  title: z.string().check(z.minLength(1)),
  /** Signature or publication date; null when the text gives none. */
  date: z.nullable(isoDate),
  /** Phrase the date comes from, and whether it was read from the text or inferred from context. */
  dateText: z.nullable(z.string()),
  issuer: z.string().check(z.minLength(2)),
  /** First and last line of the notice in its seed. */
  seed: SourceId,
  lines: z.tuple([z.int().check(z.gt(0)), z.int().check(z.gt(0))]),
  /** Work plans and press Q&A are kept as context, not as tasks. */
  kind: z.enum(['notice', 'work-plan', 'measures', 'qa', 'announcement']),
  /** Why a notice yields no requirement, or what is ambiguous about it. */
  note: z.optional(z.string()),
});

export { DEADLINE_KINDS };
export const DeadlineKind = z.enum(DEADLINE_KINDS);

export const DeadlineSchema = z
  .object({
    kind: DeadlineKind,
    /** Calendar day in Asia/Shanghai; null for undated and recurring deadlines. */
    date: z.nullable(isoDate),
    /** For recurring_annual: the month and day it recurs on. */
    monthDay: z.nullable(monthDay),
    /** True when the year was not printed and was taken from the notice's context. */
    yearInferred: z.boolean(),
    /** True for "X月底" read as the last day of the month. */
    monthEnd: z._default(z.boolean(), false),
    /** The exact phrase of the seed, copied character for character. */
    text: z.string().check(z.minLength(2)),
    source: SourceRef,
    /** What the deadline is for when a requirement has several (e.g. 完成数据填报, 省级审核). */
    label: z.optional(z.string()),
    /** Ambiguity spelled out, e.g. "原则上", "另行通知", "年份未写明". */
    note: z.optional(z.string()),
  })
  .check(
    z.superRefine((d, ctx) => {
      if (d.kind === 'recurring_annual' && !d.monthDay) {
        ctx.addIssue({ code: 'custom', message: 'recurring_annual needs monthDay' });
      }
      if (d.kind === 'undated' && d.date) {
        ctx.addIssue({ code: 'custom', message: 'undated deadline has a date' });
      }
      if (d.kind !== 'undated' && d.kind !== 'recurring_annual' && !d.date) {
        ctx.addIssue({ code: 'custom', message: `${d.kind} deadline needs a date` });
      }
    }),
  );

export const ChannelSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('platform'), platform: z.enum(PLATFORM_IDS), text: z.string() }),
  z.object({ type: z.literal('email'), address: z.email(), text: z.string() }),
  z.object({
    type: z.literal('post'),
    address: z.string().check(z.minLength(6)),
    recipient: z.optional(z.string()),
    text: z.string(),
  }),
  /** A site that is not a registered platform (e.g. 中国成人教育协会网站), or an unnamed channel (报送我司). */
  z.object({ type: z.literal('other'), text: z.string() }),
]);

export const ContactSchema = z.object({
  name: z.string().check(z.minLength(1)),
  /** As written, e.g. 010-66096478 or 66097145 (a second number without area code stays as printed). */
  phones: z.array(z.string()),
  emails: z._default(z.array(z.email()), []),
  /** Organisation or role when the text gives one (e.g. 中国成人教育协会). */
  org: z.optional(z.string()),
});

export const AnnexSchema = z.object({
  /** e.g. 附件1 */
  label: z.string(),
  title: z.string(),
  /** Form profile id in utils/rules when the annex is a form we validate. */
  form: z.optional(z.string()),
});

/** A step the user must do by hand before the submission is complete (盖章, 审议, 寄送 …). */
export const ManualStepSchema = z.object({
  text: z.string().check(z.minLength(2)),
  source: SourceRef,
});

export const RequirementSchema = z.object({
  /** Stable slug: `<notice id>-<item>`, e.g. `jzcshan-2023-2-1-3`. */
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  notice: z.string(),
  /** Item label as printed, e.g. （三）, 三、, 1., 第十条. */
  item: z.string(),
  title: z.string().check(z.minLength(1)),
  /** Who acts, as the text says: 省级教育行政部门, 建设单位, 高校 … */
  actor: z.string().check(z.minLength(2)),
  /** What they must do, one sentence, Chinese. */
  action: z.string().check(z.minLength(1)),
  platforms: z.array(z.enum(PLATFORM_IDS)),
  channels: z.array(ChannelSchema),
  deadlines: z.array(DeadlineSchema),
  contacts: z.array(ContactSchema),
  annexes: z.array(AnnexSchema),
  steps: z.array(ManualStepSchema),
  /** Line numbers of the seed that the requirement is built from. */
  source: z.object({ seed: SourceId, lines: z.array(z.int().check(z.gte(0))).check(z.minLength(1)) }),
  /** The sentence of the notice that sets the task, verbatim. */
  quote: z.string().check(z.minLength(1)),
  note: z.optional(z.string()),
});

export type Notice = z.infer<typeof NoticeSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type Channel = z.infer<typeof ChannelSchema>;
export type Contact = z.infer<typeof ContactSchema>;
export type Annex = z.infer<typeof AnnexSchema>;
export type ManualStep = z.infer<typeof ManualStepSchema>;
export type Requirement = z.infer<typeof RequirementSchema>;
/** Input types: what a data file writes (defaults may be left out). */
export type RequirementInput = z.input<typeof RequirementSchema>;
export type NoticeInput = z.input<typeof NoticeSchema>;
