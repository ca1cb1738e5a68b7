import * as z from 'zod/mini';
import type { FieldRule } from './types';

/** Values as typed: full-width digits and letters made half-width, outer spaces dropped. */
export function normaliseValue(v: string): string {
  return v.normalize('NFKC').trim();
}

/** Characters as the notices count 字: everything but whitespace. */
export function countChars(v: string): number {
  return v.replace(/\s+/g, '').length;
}

const LANDLINE = /^0\d{2,3}[-—–－]?\d{7,8}(?:(?:转|-|—)\d{1,6})?$/;
const LOCAL = /^\d{7,8}$/;
const MOBILE = /^1[3-9]\d{9}$/;
const EMAIL = /^[^\s@，,；;]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
const URL_RE =
  /^(https?:\/\/)?([A-Za-z0-9-]+\.)+[A-Za-z]{2,}(:\d+)?(\/\S*)?$|^(https?:\/\/)?\d{1,3}(\.\d{1,3}){3}(:\d+)?(\/\S*)?$/;
const DAY = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const MONTH = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;

export function parseDay(v: string): { y: number; m: number; d: number } | null {
  const m = DAY.exec(normaliseValue(v));
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return mo >= 1 && mo <= 12 && d >= 1 && d <= last ? { y, m: mo, d } : null;
}

export function parseMonth(v: string): { y: number; m: number } | null {
  const s = normaliseValue(v);
  const day = parseDay(s);
  if (day) return { y: day.y, m: day.m };
  const m = MONTH.exec(s);
  if (!m) return null;
  const mo = Number(m[2]);
  return mo >= 1 && mo <= 12 ? { y: Number(m[1]), m: mo } : null;
}

function phonesOk(v: string, accept: 'landline' | 'mobile' | 'any'): boolean {
  const parts = normaliseValue(v)
    .split(/[、,，;；/\s]+/)
    .filter(Boolean);
  if (!parts.length) return false;
  let areaSeen = false;
  return parts.every((p) => {
    const digits = p.replace(/[()（）]/g, '');
    if (accept !== 'landline' && MOBILE.test(digits)) return true;
    if (accept !== 'mobile' && LANDLINE.test(digits)) {
      areaSeen = true;
      return true;
    }
    // A second number without its area code takes the first's (010-66096478、66097145).
    return accept !== 'mobile' && areaSeen && LOCAL.test(digits);
  });
}

function ageOn(birth: { y: number; m: number }, ref: string): number {
  const [ry, rm] = ref.split('-').map(Number);
  return (ry ?? 0) - birth.y - ((rm ?? 0) < birth.m ? 1 : 0);
}

export interface RuleContext {
  /** The day ages are counted on (the notice's date). */
  referenceDate?: string;
  /** Value of another field of the same form or row, by profile key (for urlWhen). */
  other?: (key: string) => string | undefined;
}

/**
 * A rule as a zod/mini schema over the typed text, with a Chinese message that says how to fix it. Empty values
 * pass every rule except `required` and `noneIfEmpty`: a field not filled yet is not wrong yet.
 */
export function ruleSchema(rule: FieldRule, ctx: RuleContext = {}) {
  const s = z.string();
  const nonEmpty = (check: (v: string) => boolean) => (v: string) => !normaliseValue(v) || check(v);
  const refine = (ok: (v: string) => boolean, message: string | ((v: string) => string)) =>
    s.check(
      z.superRefine((v, c) => {
        if (!ok(v))
          c.issues.push({ code: 'custom', message: typeof message === 'string' ? message : message(v), input: v });
      }),
    );
  switch (rule.kind) {
    case 'integer': {
      const { min = 0, max } = rule;
      return refine(
        nonEmpty((v) => {
          const t = normaliseValue(v);
          return /^-?\d+$/.test(t) && Number(t) >= min && (max === undefined || Number(t) <= max);
        }),
        (v) =>
          !/^-?\d+$/.test(normaliseValue(v))
            ? `请填写${min >= 0 ? '非负' : ''}整数（如 12），不要带单位、小数或文字`
            : max !== undefined && Number(normaliseValue(v)) > max
              ? `不能大于 ${max}`
              : `不能小于 ${min}`,
      );
    }
    case 'decimal': {
      const { min = 0, scale } = rule;
      const re = scale === undefined ? /^-?\d+(\.\d+)?$/ : new RegExp(`^-?\\d+(\\.\\d{1,${scale}})?$`);
      return refine(
        nonEmpty(
          (v) => re.test(normaliseValue(v).replace(/,/g, '')) && Number(normaliseValue(v).replace(/,/g, '')) >= min,
        ),
        scale === undefined
          ? `请填写不小于 ${min} 的数字（可带小数，如 12.5），不要带单位`
          : `请填写数字，最多 ${scale} 位小数（如 12.5），不要带单位`,
      );
    }
    case 'phone':
      return refine(
        nonEmpty((v) => phonesOk(v, rule.accept)),
        rule.accept === 'mobile'
          ? '请填写 11 位手机号码，如 13601198336'
          : rule.accept === 'landline'
            ? '请填写带区号的固定电话，如 010-66096478'
            : '请填写带区号的固定电话（如 010-66096478）或 11 位手机号码',
      );
    case 'email':
      return refine(
        nonEmpty((v) => EMAIL.test(normaliseValue(v))),
        '电子邮箱格式不正确，应如 name@example.edu.cn',
      );
    case 'url':
      return refine(
        nonEmpty((v) => URL_RE.test(normaliseValue(v))),
        '请填写网址，如 https://www.example.edu.cn',
      );
    case 'date':
      return rule.precision === 'day'
        ? refine(
            nonEmpty((v) => parseDay(v) !== null),
            '请填写有效日期，如 2023-03-01 或 2023年3月1日',
          )
        : refine(
            nonEmpty((v) => parseMonth(v) !== null),
            '请填写年月，如 1970-05 或 1970年5月',
          );
    case 'enum':
      return refine(
        nonEmpty((v) => rule.values.includes(normaliseValue(v))),
        `只能填写以下之一：${rule.values.map((x) => `“${x}”`).join('、')}`,
      );
    case 'maxChars':
      return refine(
        (v) => countChars(v) <= rule.max,
        (v) => `不超过 ${rule.max} 字，现有 ${countChars(v)} 字，请删减 ${countChars(v) - rule.max} 字`,
      );
    case 'minChars':
      return refine(
        nonEmpty((v) => countChars(v) >= rule.min),
        (v) => `一般不少于 ${rule.min} 字，现有 ${countChars(v)} 字`,
      );
    case 'required':
      return refine((v) => normaliseValue(v) !== '', '此项必填');
    case 'noneIfEmpty':
      return refine((v) => normaliseValue(v) !== '', `没有请填“${rule.word}”，不要留空`);
    case 'yesNo':
      return refine(
        nonEmpty((v) => ['是', '否'].includes(normaliseValue(v))),
        '请填写“是”或“否”',
      );
    case 'maxAge': {
      const ref = ctx.referenceDate;
      return refine(
        nonEmpty((v) => {
          const t = normaliseValue(v);
          if (/^\d{1,3}$/.test(t)) return Number(t) <= rule.max;
          const birth = parseMonth(t);
          return !birth || !ref || ageOn(birth, ref) <= rule.max;
        }),
        (v) => {
          const t = normaliseValue(v);
          const age = /^\d{1,3}$/.test(t)
            ? Number(t)
            : ref && parseMonth(t)
              ? ageOn(parseMonth(t) as { y: number; m: number }, ref)
              : NaN;
          return `年龄原则上不超过 ${rule.max} 周岁（${ref ? `按 ${ref} 计算，` : ''}现为 ${age} 周岁）`;
        },
      );
    }
    case 'urlWhen':
      return refine(
        (v) => {
          const other = normaliseValue(ctx.other?.(rule.field) ?? '');
          return !rule.equals.includes(other) || !normaliseValue(v) || URL_RE.test(normaliseValue(v));
        },
        `${rule.equals.join('、')}的办学地点请填写平台网址，如 https://www.example.edu.cn`,
      );
  }
}

/** Checks a value against a rule; the Chinese message of the first problem, or null. */
export function checkRule(rule: FieldRule, value: string, ctx: RuleContext = {}): string | null {
  const r = ruleSchema(rule, ctx).safeParse(value);
  return r.success ? null : (r.error.issues[0]?.message ?? '格式不正确');
}
