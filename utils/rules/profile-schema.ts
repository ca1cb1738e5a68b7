import * as z from 'zod/mini';

/**
 * Form profiles: the annex forms printed in the seed notices, field by field, with the rules each field must
 * follow. Every rule carries the phrase of the seed it comes from (or says it is implied, and why). The data files
 * in ./profiles are plain typed objects checked against these schemas by a unit test.
 */

export const SourcePhrase = z.object({
  seed: z.enum(['000', '001']),
  line: z.int().check(z.gt(0)),
  /** The phrase as printed, copied character for character. */
  text: z.string().check(z.minLength(1)),
  /** True when the rule is implied rather than stated (e.g. a count is a non-negative integer); say why in `why`. */
  implied: z._default(z.boolean(), false),
  why: z.optional(z.string()),
});

export const FieldRuleSpec = z.discriminatedUnion('kind', [
  /** Whole number, e.g. counts of schools or people (人数, 学校数). */
  z.object({ kind: z.literal('integer'), min: z.optional(z.number()), max: z.optional(z.number()) }),
  /** Decimal number, e.g. 万元 amounts; `scale` = decimals allowed. */
  z.object({ kind: z.literal('decimal'), min: z.optional(z.number()), scale: z.optional(z.int()) }),
  /** Phone: landline with area code (010-66096478), mobile (13601198336), or either. */
  z.object({ kind: z.literal('phone'), accept: z.enum(['landline', 'mobile', 'any']) }),
  z.object({ kind: z.literal('email') }),
  z.object({ kind: z.literal('url') }),
  /** A date: `day` (2023-03-01, 2023年3月1日, 2023.3.1) or `month` (出生年月: 1970-05, 1970年5月, 1970.05). */
  z.object({ kind: z.literal('date'), precision: z.enum(['day', 'month']) }),
  /** One of these exact values. */
  z.object({ kind: z.literal('enum'), values: z.array(z.string().check(z.minLength(1))).check(z.minLength(2)) }),
  /** At most this many characters (字), counted without whitespace. */
  z.object({ kind: z.literal('maxChars'), max: z.int().check(z.gt(0)) }),
  /** At least this many characters (e.g. 省级报告 一般不低于8000字). */
  z.object({ kind: z.literal('minChars'), min: z.int().check(z.gt(0)) }),
  z.object({ kind: z.literal('required') }),
  /** "没有请填‘无’": must not be left empty; write 无 when there is none. */
  z.object({ kind: z.literal('noneIfEmpty'), word: z.string() }),
  /** Age in whole years at most `max` (年龄 field, or derived from 出生年月 on the notice's date). */
  z.object({ kind: z.literal('maxAge'), max: z.int().check(z.gt(0)) }),
  /** Yes/no question (本地区是否…): 是 or 否. */
  z.object({ kind: z.literal('yesNo') }),
  /** A value that must be a URL when another field has a given value (办学地点 of 网络培训 is the platform's address). */
  z.object({ kind: z.literal('urlWhen'), field: z.string(), equals: z.array(z.string()).check(z.minLength(1)) }),
]);

/**
 * How a rule speaks, as the reporting systems do: an `error` must be fixed (formats, enums, sums, required fields,
 * hard limits); a `warning` may stand with a written 说明 (the source says 原则上, 一般, 建议 or 尽量). Recorded on every
 * rule; tests/unit/rule-severity.test.ts holds each one to its source phrase (utils/rules/severity.ts).
 */
export const Severity = z.enum(['error', 'warning']);

export const RuleWithSource = z.object({ rule: FieldRuleSpec, severity: Severity, source: SourcePhrase });

export const ProfileField = z.object({
  /** Stable ascii key, unique in the profile, e.g. `contact_phone`. */
  key: z.string().check(z.regex(/^[a-z][a-z0-9_]*$/)),
  /** The label exactly as printed in the annex (keep PDF spacing and bracket widths as printed). */
  label: z.string().check(z.minLength(1)),
  /** Other ways platforms print the same label (shorter forms, without notes); used for matching only. */
  aliases: z._default(z.array(z.string()), []),
  /** `cell`: one value per form; `column`: a table column, one value per row. */
  layout: z.enum(['cell', 'column']),
  rules: z.array(RuleWithSource),
});

export const CrossRuleSpec = z.discriminatedUnion('kind', [
  /** total = sum of parts (总数 = 专职 + 兼职). */
  z.object({ kind: z.literal('sum'), total: z.string(), parts: z.array(z.string()).check(z.minLength(2)) }),
  /** left ≤ right (counts of schools ≤ 本地区中职学校数). */
  z.object({ kind: z.literal('lte'), left: z.string(), right: z.string() }),
  /** start ≤ end (开始时间 ≤ 结束时间). */
  z.object({ kind: z.literal('dateOrder'), start: z.string(), end: z.string() }),
  /** end − start ≤ maxMonths (项目周期 within two years). */
  z.object({ kind: z.literal('spanWithin'), start: z.string(), end: z.string(), maxMonths: z.int() }),
  /** In a table, at most `max` rows share the same value of `field` (每个方面不超过15名). */
  z.object({ kind: z.literal('maxPerValue'), field: z.string(), max: z.int().check(z.gt(0)) }),
]);

export const CrossRuleWithSource = z.object({ rule: CrossRuleSpec, severity: Severity, source: SourcePhrase });

/** A pair of fields, one of this profile and one of the other, that hold the same thing. */
const FieldPair = z.object({ here: z.string(), there: z.string() });

/**
 * Checks across the tables or forms of the same platform and period (表间审核). The other side's values come from
 * its draft on this machine (same origin); an other side not filled yet is said, never passed silently.
 */
export const AcrossRuleSpec = z.discriminatedUnion('kind', [
  /**
   * Each row of this table that names an entry (`key`: 项目名称, 姓名) matches the form of `other` with the same
   * value, and agrees with it on `same` (负责人, 主题, 擅长领域): a 汇总表 row against the 申报表 it summarises.
   */
  z.object({
    kind: z.literal('rowsMatch'),
    other: z.string(),
    key: FieldPair,
    same: z.array(FieldPair).check(z.minLength(1)),
  }),
]);

export const AcrossRuleWithSource = z.object({ rule: AcrossRuleSpec, severity: Severity, source: SourcePhrase });

export const FormProfile = z.object({
  /** e.g. `s000-annex1` */
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  /** The annex's title as printed. */
  title: z.string(),
  annex: z.string(),
  /** 文号 of the notice the annex belongs to. */
  notice: z.string(),
  seed: z.enum(['000', '001']),
  /** First and last line of the annex in the seed. */
  lines: z.tuple([z.int().check(z.gt(0)), z.int().check(z.gt(0))]),
  /** `form`: label/value cells; `table`: a header row and one row per entry; `mixed`: both. */
  layout: z.enum(['form', 'table', 'mixed']),
  /** Reference date for ages (the notice's date), YYYY-MM-DD. */
  referenceDate: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  fields: z.array(ProfileField).check(z.minLength(3)),
  cross: z.array(CrossRuleWithSource),
  /** Checks against other forms of the same platform and period (their drafts). */
  across: z.optional(z.array(AcrossRuleWithSource)),
  note: z.optional(z.string()),
});

export type FormProfileInput = z.input<typeof FormProfile>;
export type FormProfileT = z.infer<typeof FormProfile>;
export type FieldRule = z.infer<typeof FieldRuleSpec>;
export type CrossRule = z.infer<typeof CrossRuleSpec>;
export type AcrossRule = z.infer<typeof AcrossRuleSpec>;
