import { addDays, lastDayOfMonth } from '@/utils/deadlines/calendar';
import type { DeadlineKindId } from '@/utils/knowledge/view';
import { foldScript } from './normalise';

/** The kinds of deadline the parser gives: the knowledge's own (utils/knowledge/view.ts). */
export type ParsedKind = DeadlineKindId;

export interface ParsedDeadline {
  text: string;
  date: string | null;
  kind: ParsedKind;
  month_day: string | null;
  /** True when the year was not written next to the date. */
  year_inferred: boolean;
  line: number;
}

/** What one match of a pattern gives, before the parser adds where it stands. */
export type FoundDeadline = Omit<ParsedDeadline, 'text' | 'line'>;

/** What a pattern may ask of the passage it reads. */
export interface DeadlineContext {
  /**
   * The year of a date: the one written beside it, else the one the context gives. A written year becomes the
   * context of the dates after it (2025年4月1日至20日 … 4月30日前), as a reader takes it. Given the month (and
   * day), a date the notice's own year would put well before the notice itself falls in the next year (a notice
   * of 20 December asking for "1月10日前").
   */
  year(written: string | undefined, month?: number, day?: number): { year: number | null; inferred: boolean };
  /** The notice's own date (its signature), which 即日起 and 自通知印发之日起 mean. */
  noticeDate: string | null;
}

export interface DeadlineExample {
  phrase: string;
  /** Every deadline the parser must find in the phrase, as `kind:date` or `kind:month-day` or `undated`; the
   * notice around an example is dated 2025-03-01 and its dates without a year are in 2025. An empty list is a
   * negative example: the pattern matches the phrase, and the parser must still find no deadline in it. */
  expect: string[];
}

/**
 * One kind of date phrase. The table is tried in order and a later pattern never takes characters an earlier one
 * took, so a longer phrase (每年…、…前, a range) comes before the phrases it contains (…日前). Patterns are written
 * in simplified characters: the parser matches them on text whose traditional characters are folded
 * (normalise.ts, foldScript), so 申報 and 於…前 need no entry of their own.
 */
export interface DeadlinePattern {
  id: string;
  /** The kinds it gives (besides `undated` when the context has no year). */
  kinds: readonly ParsedKind[];
  re: RegExp;
  /** A date with no 前/起 is a deadline only where its clause asks for something; otherwise it is an event. */
  needsTask?: boolean;
  read(m: RegExpExecArray, ctx: DeadlineContext): FoundDeadline[];
  /** What a reader must know about a date this pattern gives: it is approximate, or computed, and how. */
  note?: (phrase: string) => string | null;
  /** Why a deadline of this pattern has no date, when the reason is not a missing year. */
  undatedNote?: string;
  examples: DeadlineExample[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const valid = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= lastDayOfMonth(y, m);
const UNDATED: FoundDeadline = { kind: 'undated', date: null, month_day: null, year_inferred: true };

/** The notes the table gives; they travel with an imported requirement's deadline (DeadlineView.note). */
export const DEADLINE_NOTES = {
  noYear: '通知未写年份，年份无法确定，请核对后填写日期',
  yearInferred: '年份据通知上下文推定',
  early: '“上旬”按当月10日计，为近似日期',
  middle: '“中旬”按当月20日计，为近似日期',
  late: '“下旬”按当月最后一天计，为近似日期',
  monthEnd: '“月底”按当月最后一天计',
  yearEnd: '“年底”按12月31日计',
  monthly: '每月重复的期限，知识库没有按月重复的类型，请按月跟进',
  roughTime: '只写了大致时间（上旬、中旬或下旬），没有确切日期',
  fromNotice: '相对时限：自通知日期起算',
  workingDays: '相对时限：自通知日期起按工作日推算（未计节假日和调休），为近似日期',
  noNoticeDate: '相对时限：通知日期不明，无法推算，请核对后填写日期',
  relative: '相对时限：按所说的事件日期推算',
  later: '具体时间另行通知',
} as const;

// Fragments of the patterns below. Every repeat is bounded and every optional part starts with a character the
// part before it cannot end with, so each pattern backtracks a bounded amount at each position (see the fuzz test).
const YEAR = '(?:(\\d{4})年)?';
const MONTH_DAY = '(\\d{1,2})月(\\d{1,2})日';
/**
 * A weekday, a time or a part of the day between 日 and 前: （星期五）, （周五）, 17时, 17时30分, 下午5点, 24:00 (the
 * normaliser makes : full-width), 下班.
 */
const AT =
  '(?:\\s{0,2}(?:（(?:星期|周)[一二三四五六日天]）|（含(?:当日|当天)?）|（以[^（）]{1,12}为准）|(?:上午|下午|中午|晚上)?\\d{1,2}(?:时|点|：\\d{2})(?:\\d{1,2}分)?|上午|下午|中午|晚上|下班)){0,3}';
/** By (前, 之前, 截止, 为截止日期), not 前后 (around) or 前往 (go to). */
const BEFORE = '(?:前(?![后往])|之前|以前|截止|为止|为截止(?:日期|时间|日)?)';
/** A date written in digits: 2025-05-31, 2025.5.31, 2025/5/31. */
const NUMERIC = '(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})(?![\\d.])';
const TO = '(?:至|到|—{1,4}|-|~|～)';
/** 次年 before the end of a range: the end's month coming before the start's already says so. */
const NEXT_YEAR = '(?:次年|翌年)?';
/** The rest of an enumeration of days that share the qualifier after them: 、9月30日, 和12月31日, 、20日. */
const LIST = '((?:[、和及与](?:\\d{1,2}月)?\\d{1,2}日){1,6})';
/** A part of a month: 上旬 (the 10th), 中旬 (the 20th), 下旬, 底, 末 (the last day). */
const PART = '(上旬|中旬|下旬|底|末)';
/** A count written in digits or in Chinese numerals (三十, 十五, 两). */
const COUNT = '(\\d{1,3}|[一二两三四五六七八九十]{1,3})';

/** The patterns the table's readers run on a part of a match, for the hostile-input test with the table's. */
export const DEADLINE_PART_PATTERNS = {
  listDay: /(?:(\d{1,2})月)?(\d{1,2})日/g,
  digits: /^\d{1,3}$/,
  /** A lookbehind of a pattern's source (one level of groups inside), for reading a phrase back without its context. */
  lookbehind: /\(\?<[=!](?:[^()]|\([^()]*\))*\)/g,
} as const;

/** The days of an enumeration's tail, each month carried from the day before it (3月31日、9月30日, 5日、20日). */
function listDays(month: number, tail: string | undefined): [number, number][] {
  const out: [number, number][] = [];
  let mo = month;
  for (const m of (tail ?? '').matchAll(DEADLINE_PART_PATTERNS.listDay)) {
    if (m[1]) mo = Number(m[1]);
    out.push([mo, Number(m[2])]);
  }
  return out;
}

const CN_DIGITS = '零一二三四五六七八九';

/** 30, 三十, 十五, 两 → a number; null when it is none of these. */
export function countOf(s: string): number | null {
  if (DEADLINE_PART_PATTERNS.digits.test(s)) return Number(s);
  const digit = (c: string | undefined) => (c === '两' ? 2 : c ? CN_DIGITS.indexOf(c) : -1);
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 && digit(s) > 0 ? digit(s) : null;
  const tens = ten === 0 ? 1 : digit(s[0]);
  const ones = ten === s.length - 1 ? 0 : digit(s[ten + 1]);
  if (tens < 1 || ones < 0 || s.length > ten + 2 || ten > 1) return null;
  return tens * 10 + ones;
}

/** The day `n` working days (Monday to Friday) after `day`; holidays and their swapped days are not known here. */
export function addWorkingDays(day: string, n: number): string {
  let d = day;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return d;
}

/** The same day `n` months later, or the month's last day when it has no such day (1月31日 + 1个月 → 2月28日). */
function addMonths(day: string, n: number): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  const total = m - 1 + n;
  const year = y + Math.floor(total / 12);
  const month = (total % 12) + 1;
  return iso(year, month, Math.min(d, lastDayOfMonth(year, month)));
}

/** A due date, or an undated one when nothing gives its year (a date must never vanish silently). */
function dueOn(ctx: DeadlineContext, written: string | undefined, m: number, d: number): FoundDeadline[] {
  const y = ctx.year(written, m, d);
  if (y.year === null) return [UNDATED];
  if (!valid(y.year, m, d)) return [];
  return [{ kind: 'due', date: iso(y.year, m, d), month_day: null, year_inferred: y.inferred }];
}

function opensOn(ctx: DeadlineContext, written: string | undefined, m: number, d: number): FoundDeadline[] {
  return dueOn(ctx, written, m, d).map((x) => (x.kind === 'due' ? { ...x, kind: 'opens' } : x));
}

/** The day a part of a month stands for: 上旬 the 10th, 中旬 the 20th, 下旬, 底 and 末 the last day. */
function dayOfPart(year: number, month: number, part: string | undefined): number {
  return part === '上旬' ? 10 : part === '中旬' ? 20 : lastDayOfMonth(year, month);
}

/** The day of a match whose groups are year (or none), month, day: 于2025年3月31日前, 截止日期为5月31日. */
const readDue = (m: RegExpExecArray, ctx: DeadlineContext) => dueOn(ctx, m[1], Number(m[2]), Number(m[3]));

/** The day of a match whose groups are year (or none), month, part of the month (or none: 月底). */
function readPart(m: RegExpExecArray, ctx: DeadlineContext): FoundDeadline[] {
  const mo = Number(m[2]);
  const y = ctx.year(m[1], mo);
  if (y.year === null) return [UNDATED];
  if (mo < 1 || mo > 12) return [];
  return [
    { kind: 'due', date: iso(y.year, mo, dayOfPart(y.year, mo, m[3])), month_day: null, year_inferred: y.inferred },
  ];
}

/** The note of a date read from a part of a month. */
function partNote(phrase: string): string {
  if (phrase.includes('上旬')) return DEADLINE_NOTES.early;
  if (phrase.includes('中旬')) return DEADLINE_NOTES.middle;
  if (phrase.includes('下旬')) return DEADLINE_NOTES.late;
  return DEADLINE_NOTES.monthEnd;
}

/** A window: the end's year is the start's, or the next when the end's month comes before the start's. */
function windowOf(
  ctx: DeadlineContext,
  start: { year: number | null; inferred: boolean; month: number; day: number },
  end: { year: string | undefined; month: number; day: number },
): FoundDeadline[] {
  if (start.year === null) return [UNDATED];
  const ey = end.year ? Number(end.year) : end.month < start.month ? start.year + 1 : start.year;
  if (!valid(start.year, start.month, start.day) || !valid(ey, end.month, end.day)) return [];
  if (end.year) ctx.year(end.year);
  return [
    {
      kind: 'window_start',
      date: iso(start.year, start.month, start.day),
      month_day: null,
      year_inferred: start.inferred,
    },
    { kind: 'window_end', date: iso(ey, end.month, end.day), month_day: null, year_inferred: start.inferred },
  ];
}

/** The notice's date as a deadline of the given kind; undated when the notice carries no date. */
function onNoticeDate(ctx: DeadlineContext, kind: ParsedKind): FoundDeadline {
  return ctx.noticeDate ? { kind, date: ctx.noticeDate, month_day: null, year_inferred: true } : UNDATED;
}

export const DEADLINE_PATTERNS: readonly DeadlinePattern[] = [
  {
    id: 'monthlyEnds',
    kinds: ['due'],
    re: new RegExp(
      `${YEAR}(\\d{1,2})月${TO}${NEXT_YEAR}${YEAR}(\\d{1,2})月(?:的|期间)?每月(?:月底|底|末)${BEFORE}?`,
      'g',
    ),
    read: (m, ctx) => {
      const from = Number(m[2]);
      const to = Number(m[4]);
      const y = ctx.year(m[1], from);
      if (y.year === null) return [UNDATED];
      if (from < 1 || from > 12 || to < 1 || to > 12) return [];
      const out: FoundDeadline[] = [];
      // Month by month from the first to the last, into the next year when the last comes before the first.
      const months = (to - from + 12) % 12;
      for (let i = 0; i <= months; i++) {
        const year = y.year + Math.floor((from - 1 + i) / 12);
        const mo = ((from - 1 + i) % 12) + 1;
        out.push({
          kind: 'due',
          date: iso(year, mo, lastDayOfMonth(year, mo)),
          month_day: null,
          year_inferred: y.inferred,
        });
      }
      return out;
    },
    note: () => DEADLINE_NOTES.monthEnd,
    examples: [
      {
        phrase: '于3月至6月的每月月底前报送进展',
        expect: ['due:2025-03-31', 'due:2025-04-30', 'due:2025-05-31', 'due:2025-06-30'],
      },
      { phrase: '2026年11月至次年1月每月底前上报', expect: ['due:2026-11-30', 'due:2026-12-31', 'due:2027-01-31'] },
      { phrase: '請於4月至5月每月月底前報送', expect: ['due:2025-04-30', 'due:2025-05-31'] },
    ],
  },
  {
    id: 'recurringMonthEnd',
    kinds: ['recurring_annual'],
    re: new RegExp(`每年(?:的)?(\\d{1,2})月(?:底|末)${BEFORE}?`, 'g'),
    // The last day of the month in a leap year: a common year's February ends on the 28th (dayInYear).
    read: (m) => {
      const mo = Number(m[1]);
      if (mo < 1 || mo > 12) return [];
      return [
        {
          kind: 'recurring_annual',
          date: null,
          month_day: `${pad(mo)}-${pad(lastDayOfMonth(2024, mo))}`,
          year_inferred: false,
        },
      ];
    },
    note: () => DEADLINE_NOTES.monthEnd,
    examples: [
      { phrase: '每年3月底前报送上一年度工作总结', expect: ['recurring_annual:03-31'] },
      { phrase: '每年的2月底前完成年报', expect: ['recurring_annual:02-29'] },
    ],
  },
  {
    id: 'recurring',
    kinds: ['recurring_annual'],
    re: new RegExp(`每年(?:的)?${MONTH_DAY}${LIST}?${AT}(?:前|之前)?`, 'g'),
    // Every day of 每年3月31日、9月30日前 is yearly: the qualifier is shared by the enumeration.
    read: (m) =>
      [[Number(m[1]), Number(m[2])] as [number, number], ...listDays(Number(m[1]), m[3])]
        .filter(([mo, d]) => valid(2024, mo, d))
        .map(([mo, d]) => ({
          kind: 'recurring_annual',
          date: null,
          month_day: `${pad(mo)}-${pad(d)}`,
          year_inferred: false,
        })),
    examples: [
      { phrase: '每年12月15日前填报', expect: ['recurring_annual:12-15'] },
      { phrase: '每年3月31日、9月30日前报送', expect: ['recurring_annual:03-31', 'recurring_annual:09-30'] },
      { phrase: '每年6月30日和12月31日前报送', expect: ['recurring_annual:06-30', 'recurring_annual:12-31'] },
      { phrase: '各校須於每年1月15日、7月15日前報送', expect: ['recurring_annual:01-15', 'recurring_annual:07-15'] },
    ],
  },
  {
    id: 'fromTodayUntil',
    kinds: ['window_start', 'window_end'],
    // 至20日 without a month: the notice's own month.
    re: new RegExp(`(?:自|从)?即日起${TO}${YEAR}(?:(\\d{1,2})月)?(\\d{1,2})日${AT}(?:止|截止)?`, 'g'),
    read: (m, ctx) => {
      const start = onNoticeDate(ctx, 'window_start');
      if (start.kind === 'undated' || !start.date) return [UNDATED];
      const month = m[2] ? Number(m[2]) : Number(start.date.slice(5, 7));
      const end = m[2]
        ? dueOn(ctx, m[1], month, Number(m[3]))
        : dueOn(ctx, start.date.slice(0, 4), month, Number(m[3]));
      if (end[0]?.kind !== 'due' || !end[0].date || end[0].date < start.date) return [UNDATED];
      return [start, { ...end[0], kind: 'window_end' }];
    },
    examples: [
      { phrase: '自即日起至5月31日止，各校登录平台申报', expect: ['window_start:2025-03-01', 'window_end:2025-05-31'] },
      { phrase: '报名时间为即日起至20日', expect: ['window_start:2025-03-01', 'window_end:2025-03-20'] },
      { phrase: '從即日起至4月15日17時，登錄系統填報', expect: ['window_start:2025-03-01', 'window_end:2025-04-15'] },
    ],
  },
  {
    id: 'window',
    kinds: ['window_start', 'window_end'],
    re: new RegExp(
      `${YEAR}${MONTH_DAY}${AT}(?:起)?\\s{0,4}${TO}\\s{0,4}${NEXT_YEAR}${YEAR}(?:(\\d{1,2})月)?(\\d{1,2})日${AT}(?:止)?`,
      'g',
    ),
    needsTask: true,
    read: (m, ctx) => {
      const month = Number(m[2]);
      const s = ctx.year(m[1], month, Number(m[3]));
      return windowOf(
        ctx,
        { ...s, month, day: Number(m[3]) },
        { year: m[4], month: m[5] ? Number(m[5]) : month, day: Number(m[6]) },
      );
    },
    examples: [
      { phrase: '填报时间：2022年9月12日至30日', expect: ['window_start:2022-09-12', 'window_end:2022-09-30'] },
      { phrase: '报送时间为9月28日至10月8日', expect: ['window_start:2025-09-28', 'window_end:2025-10-08'] },
      {
        phrase: '各校于9月20日至10月15日登录平台提交材料',
        expect: ['window_start:2025-09-20', 'window_end:2025-10-15'],
      },
      { phrase: '申报时间：12月20日—次年1月10日', expect: ['window_start:2025-12-20', 'window_end:2026-01-10'] },
      {
        phrase: '自2025年9月1日起至9月30日止，登录平台填报',
        expect: ['window_start:2025-09-01', 'window_end:2025-09-30'],
      },
      { phrase: '申報時間：2025年9月1日至9月30日', expect: ['window_start:2025-09-01', 'window_end:2025-09-30'] },
      { phrase: '会议时间：5月20日至22日', expect: [] },
      { phrase: '线下复核：5月20日—5月30日', expect: ['window_start:2025-05-20', 'window_end:2025-05-30'] },
      { phrase: '数据统计时段为2024年9月1日至2025年8月31日，填报时请注意', expect: [] },
      { phrase: '填报2024年1月1日至12月31日期间的数据', expect: [] },
    ],
  },
  {
    id: 'dayRange',
    kinds: ['window_start', 'window_end'],
    // 9月12—30日: the month and 日 written once for both days.
    re: new RegExp(`${YEAR}(\\d{1,2})月(\\d{1,2})\\s{0,2}(?:—{1,4}|-|~|～|至|到)\\s{0,2}(\\d{1,2})日${AT}`, 'g'),
    needsTask: true,
    read: (m, ctx) => {
      const month = Number(m[2]);
      const from = Number(m[3]);
      const to = Number(m[4]);
      if (to <= from) return [];
      return windowOf(ctx, { ...ctx.year(m[1], month, from), month, day: from }, { year: undefined, month, day: to });
    },
    examples: [
      { phrase: '网上填报时间为2025年9月12—30日', expect: ['window_start:2025-09-12', 'window_end:2025-09-30'] },
      { phrase: '大赛于11月20—22日举办', expect: [] },
    ],
  },
  {
    id: 'afterNotice',
    kinds: ['due'],
    // Counted from the notice's date: the day it is issued is not counted (30日内 from 3月1日 is 3月31日).
    re: new RegExp(
      `(?:(?:自|从)?(?:本|该)?(?:通知|文件)(?:印发|下发|发布|公布|发出|下达)|收到(?:本|该)?(?:通知|文件))(?:之日)?(?:起|后)\\s{0,2}${COUNT}\\s{0,2}(个工作日|个月|日|天)(?:之内|内|前)`,
      'g',
    ),
    read: (m, ctx) => {
      const n = countOf(m[1] ?? '');
      if (n === null || n < 1) return [];
      if (!ctx.noticeDate) return [{ ...UNDATED, year_inferred: false }];
      const date =
        m[2] === '个工作日'
          ? addWorkingDays(ctx.noticeDate, n)
          : m[2] === '个月'
            ? addMonths(ctx.noticeDate, n)
            : addDays(ctx.noticeDate, n);
      return [{ kind: 'due', date, month_day: null, year_inferred: true }];
    },
    note: (phrase) => (phrase.includes('工作日') ? DEADLINE_NOTES.workingDays : DEADLINE_NOTES.fromNotice),
    undatedNote: DEADLINE_NOTES.noNoticeDate,
    examples: [
      { phrase: '自通知印发之日起30日内报送实施方案', expect: ['due:2025-03-31'] },
      // 2025-03-01 is a Saturday: fifteen working days later is Friday 2025-03-21.
      { phrase: '收到通知后15个工作日内完成自查并报送', expect: ['due:2025-03-21'] },
      { phrase: '自本通知下发之日起一个月内提交', expect: ['due:2025-04-01'] },
    ],
  },
  {
    id: 'opens',
    kinds: ['opens'],
    re: /(?:将于|于|自)(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:起)?(?:正式)?开放/g,
    read: (m, ctx) => opensOn(ctx, m[1], Number(m[2]), Number(m[3])),
    examples: [
      { phrase: '平台将于3月15日开放', expect: ['opens:2025-03-15'] },
      { phrase: '系统自2026年7月30日起正式開放', expect: ['opens:2026-07-30'] },
    ],
  },
  {
    id: 'fromToday',
    kinds: ['opens'],
    re: /(?:自|从)?即日起/g,
    needsTask: true,
    read: (_m, ctx) => [onNoticeDate(ctx, 'opens')],
    undatedNote: DEADLINE_NOTES.noNoticeDate,
    examples: [
      { phrase: '自即日起开始申报', expect: ['opens:2025-03-01'] },
      { phrase: '即日起，各地可登錄平台申報', expect: ['opens:2025-03-01'] },
      { phrase: '本办法自即日起施行', expect: [] },
    ],
  },
  {
    id: 'fromDay',
    kinds: ['opens'],
    re: /(?:自|从)?(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日起/g,
    needsTask: true,
    read: (m, ctx) => opensOn(ctx, m[1], Number(m[2]), Number(m[3])),
    examples: [
      { phrase: '2023年7月30日起，各建设单位可登录平台注册', expect: ['opens:2023-07-30'] },
      { phrase: '本办法自2025年5月1日起施行', expect: [] },
    ],
  },
  {
    id: 'fromMonth',
    kinds: ['window_start'],
    re: /自(\d{4})年(\d{1,2})月起/g,
    read: (m) => {
      const mo = Number(m[2]);
      if (mo < 1 || mo > 12) return [];
      return [{ kind: 'window_start', date: iso(Number(m[1]), mo, 1), month_day: null, year_inferred: false }];
    },
    examples: [{ phrase: '自2025年3月起开放年度数据填报', expect: ['window_start:2025-03-01'] }],
  },
  {
    id: 'nextYear',
    kinds: ['due'],
    // 次年1月10日前, 明年3月底前: the year after the one the context gives.
    re: new RegExp(`(?:次年|翌年|明年)(\\d{1,2})月(?:(\\d{1,2})日${AT}|${PART})${BEFORE}`, 'g'),
    read: (m, ctx) => {
      const y = ctx.year(undefined);
      if (y.year === null) return [UNDATED];
      const year = y.year + 1;
      const mo = Number(m[1]);
      if (mo < 1 || mo > 12) return [];
      const day = m[2] ? Number(m[2]) : dayOfPart(year, mo, m[3]);
      if (!valid(year, mo, day)) return [];
      return [{ kind: 'due', date: iso(year, mo, day), month_day: null, year_inferred: true }];
    },
    note: (phrase) => (phrase.includes('日') ? null : partNote(phrase)),
    examples: [
      { phrase: '年度总结于次年1月10日前报送', expect: ['due:2026-01-10'] },
      { phrase: '明年3月底前完成整改', expect: ['due:2026-03-31'] },
    ],
  },
  {
    id: 'thisMonth',
    kinds: ['due'],
    // 本月25日前, 下月底前: the notice's own month, or the one after it.
    re: new RegExp(`(本|下)月(?:(\\d{1,2})日|底|末)${AT}${BEFORE}`, 'g'),
    read: (m, ctx) => {
      if (!ctx.noticeDate) return [{ ...UNDATED, year_inferred: false }];
      const [y = 0, mo = 1] = ctx.noticeDate.split('-').map(Number);
      const year = m[1] === '下' && mo === 12 ? y + 1 : y;
      const month = m[1] === '下' ? (mo % 12) + 1 : mo;
      const day = m[2] ? Number(m[2]) : lastDayOfMonth(year, month);
      if (!valid(year, month, day)) return [];
      return [{ kind: 'due', date: iso(year, month, day), month_day: null, year_inferred: true }];
    },
    note: (phrase) =>
      phrase.includes('底') || phrase.includes('末') ? DEADLINE_NOTES.monthEnd : DEADLINE_NOTES.fromNotice,
    undatedNote: DEADLINE_NOTES.noNoticeDate,
    examples: [
      { phrase: '请于本月25日前报送', expect: ['due:2025-03-25'] },
      { phrase: '下月底前完成整改', expect: ['due:2025-04-30'] },
    ],
  },
  {
    id: 'yearEnd',
    kinds: ['due'],
    re: new RegExp(`(?:(\\d{4})年(?:底|末)|年底|年末)${BEFORE}`, 'g'),
    // A plan's target (2024年底前再建设50家) asks no one for anything: a task word must stand in the clause.
    needsTask: true,
    read: (m, ctx) => {
      const y = ctx.year(m[1], 12, 31);
      if (y.year === null) return [UNDATED];
      return [{ kind: 'due', date: iso(y.year, 12, 31), month_day: null, year_inferred: y.inferred }];
    },
    note: () => DEADLINE_NOTES.yearEnd,
    examples: [
      { phrase: '2025年底前完成全部建设任务', expect: ['due:2025-12-31'] },
      { phrase: '年底前报送年度总结', expect: ['due:2025-12-31'] },
      { phrase: '2024年底前再建设50家左右', expect: [] },
    ],
  },
  {
    id: 'monthly',
    kinds: ['undated'],
    // 每月10日前: a deadline every month, which no kind of the knowledge holds; kept, undated, with a note.
    re: new RegExp(`每月(?:(\\d{1,2})日|月底|底|末)${AT}${BEFORE}`, 'g'),
    read: () => [{ ...UNDATED, year_inferred: false }],
    undatedNote: DEADLINE_NOTES.monthly,
    examples: [{ phrase: '每月10日前报送上月进展', expect: ['undated'] }],
  },
  {
    id: 'monthPartBefore',
    kinds: ['due'],
    // By a part of a month (11月底前, 6月中旬前): due on the day it stands for, noted as approximate.
    re: new RegExp(`${YEAR}(\\d{1,2})月${PART}${BEFORE}`, 'g'),
    read: readPart,
    note: partNote,
    examples: [
      { phrase: '11月底前完成', expect: ['due:2025-11-30'] },
      { phrase: '评审结果将于9月底前公布', expect: [] },
      { phrase: '2024年2月底前报送', expect: ['due:2024-02-29'] },
      { phrase: '请于6月上旬前报送推荐名单', expect: ['due:2025-06-10'] },
      { phrase: '5月中旬前完成省级审核', expect: ['due:2025-05-20'] },
      { phrase: '9月下旬前上傳材料', expect: ['due:2025-09-30'] },
    ],
  },
  {
    id: 'monthEnd',
    kinds: ['due'],
    // 截止时间为7月底: a month's end with no 前, in a clause that asks for something.
    re: new RegExp(`${YEAR}(\\d{1,2})月(?:底|末)`, 'g'),
    needsTask: true,
    read: readPart,
    note: () => DEADLINE_NOTES.monthEnd,
    examples: [
      { phrase: '典型案例报送截止时间为2022年7月底', expect: ['due:2022-07-31'] },
      { phrase: '总结大会拟于11月底召开', expect: [] },
    ],
  },
  {
    id: 'askedPart',
    kinds: ['due'],
    // 请于6月上旬将推荐名单报送我司: a part of a month asked for (not 拟于, a plan), due on the day it stands for.
    re: new RegExp(`(?:于|在)(?<=(?:请|须|需|应|务必|要)[^，。；\\d]{0,24}[于在])${YEAR}(\\d{1,2})月${PART}`, 'g'),
    needsTask: true,
    read: readPart,
    note: partNote,
    examples: [
      { phrase: '请于6月上旬将推荐名单报送我司', expect: ['due:2025-06-10'] },
      { phrase: '各地须在11月底完成数据审核', expect: ['due:2025-11-30'] },
      { phrase: '请各校于5月中旬组织人员参加会议', expect: [] },
    ],
  },
  {
    id: 'tableRowPart',
    kinds: ['due'],
    // A 时间安排 row whose date column gives a part of a month (5月上旬 | 各校完成整改): the task is due by then.
    re: new RegExp(`^(?:\\|\\s{0,4})?${YEAR}(\\d{1,2})月${PART}(?=\\s{0,4}\\|)`, 'g'),
    needsTask: true,
    read: readPart,
    note: partNote,
    examples: [
      { phrase: '5月上旬 | 各校完成整改', expect: ['due:2025-05-10'] },
      { phrase: '6月中旬 | 公布结果', expect: [] },
    ],
  },
  {
    id: 'roughTime',
    kinds: ['undated'],
    // 拟于2月下旬开展填报: when something starts, only roughly; kept undated, with what it says. An event (举办)
    // with no task around it is no deadline at all.
    re: /(?:(\d{4})年)?(\d{1,2})月(上旬|中旬|下旬)/g,
    needsTask: true,
    read: (m) => [{ ...UNDATED, year_inferred: !m[1] }],
    undatedNote: DEADLINE_NOTES.roughTime,
    examples: [
      { phrase: '拟于2月下旬开展效能数据填报', expect: ['undated'] },
      { phrase: '展示活动拟于6月下旬举办', expect: [] },
    ],
  },
  {
    id: 'dueList',
    kinds: ['due'],
    re: new RegExp(`(?:于|在)?${YEAR}${MONTH_DAY}${LIST}${AT}${BEFORE}`, 'g'),
    read: (m, ctx) =>
      [[Number(m[2]), Number(m[3])] as [number, number], ...listDays(Number(m[2]), m[4])].flatMap(([mo, d]) =>
        dueOn(ctx, m[1], mo, d),
      ),
    examples: [
      { phrase: '请于3月31日、9月30日前报送', expect: ['due:2025-03-31', 'due:2025-09-30'] },
      { phrase: '4月10日、5月20日前分别报送初审和终审材料', expect: ['due:2025-04-10', 'due:2025-05-20'] },
    ],
  },
  {
    id: 'notLaterThan',
    kinds: ['due'],
    re: new RegExp(`(?:不晚于|不迟于|最迟于|最晚于|最迟在|最晚在)${YEAR}${MONTH_DAY}${AT}`, 'g'),
    read: readDue,
    examples: [{ phrase: '推荐材料报送时间不晚于2025年5月15日', expect: ['due:2025-05-15'] }],
  },
  {
    id: 'numericDue',
    kinds: ['due'],
    re: new RegExp(`(?:于|在)?${NUMERIC}${AT}${BEFORE}`, 'g'),
    read: readDue,
    examples: [
      { phrase: '请于2025-05-31前提交', expect: ['due:2025-05-31'] },
      { phrase: '2025.6.30前上传', expect: ['due:2025-06-30'] },
    ],
  },
  {
    id: 'due',
    kinds: ['due'],
    re: new RegExp(`(?:于|在)?${YEAR}${MONTH_DAY}${AT}${BEFORE}`, 'g'),
    read: readDue,
    examples: [
      { phrase: '请于2023年3月31日前报送', expect: ['due:2023-03-31'] },
      { phrase: '5月10日前，各省级教育行政部门要完成审核', expect: ['due:2025-05-10'] },
      { phrase: '请于6月18日17时前提交', expect: ['due:2025-06-18'] },
      { phrase: '5月31日24:00前上传', expect: ['due:2025-05-31'] },
      { phrase: '请于2025年3月7日（星期五）前报送', expect: ['due:2025-03-07'] },
      { phrase: '3月7日(周五)下班前发送至邮箱', expect: ['due:2025-03-07'] },
      { phrase: '4月3日下午5点前确认', expect: ['due:2025-04-03'] },
      { phrase: '請於2025年6月30日前登錄平台申報', expect: ['due:2025-06-30'] },
      { phrase: '2024年12月31日前入职的专任教师均须填报', expect: [] },
      { phrase: '统计2024年8月31日前的在校生数', expect: [] },
      { phrase: '申报企业须为2023年1月1日前注册成立的法人单位', expect: [] },
      { phrase: '2025年6月30日前已完成验收的项目可登录平台填报', expect: [] },
      { phrase: '2025年5月31日（含）前报送', expect: ['due:2025-05-31'] },
      { phrase: '请于2025年5月31日（以邮戳为准）前寄送纸质材料', expect: ['due:2025-05-31'] },
      { phrase: '本次申报以2025年6月15日为截止日期', expect: ['due:2025-06-15'] },
    ],
  },
  {
    id: 'labelledDue',
    kinds: ['due'],
    // 截止日期为5月31日, 报名截止时间：2025年4月30日17:00: a label and a date with no 前.
    re: new RegExp(`截[止至](?:(?:日期|时间)(?:为|是)?(?:：)?|：)(?:${YEAR}${MONTH_DAY}|${NUMERIC})${AT}`, 'g'),
    read: (m, ctx) =>
      m[2] ? dueOn(ctx, m[1], Number(m[2]), Number(m[3])) : dueOn(ctx, m[4], Number(m[5]), Number(m[6])),
    examples: [
      { phrase: '申报截止日期为5月31日', expect: ['due:2025-05-31'] },
      { phrase: '報名截止時間：2025年4月30日17:00', expect: ['due:2025-04-30'] },
      { phrase: '截止日期：2025-04-30', expect: ['due:2025-04-30'] },
      { phrase: '网上报名截止：2025年5月31日', expect: ['due:2025-05-31'] },
      { phrase: '数据统计截止时间为2025年8月31日', expect: [] },
    ],
  },
  {
    id: 'askedOn',
    kinds: ['due'],
    // 请各省于5月20日将推荐材料报送…: a day asked for, with no 前, in a clause that asks for something.
    re: new RegExp(
      `(?:于|在)(?<=(?:请|须|需|应|务必|要)[^，。；\\d]{0,24}[于在])${YEAR}${MONTH_DAY}${AT}(?![起至到—~～\\d])`,
      'g',
    ),
    needsTask: true,
    read: readDue,
    examples: [
      { phrase: '请各省级教育行政部门于5月20日将推荐材料报送我司', expect: ['due:2025-05-20'] },
      { phrase: '请各校于5月20日参加线上培训会议', expect: [] },
    ],
  },
  {
    id: 'tableRow',
    kinds: ['due'],
    // A row of a 时间安排 table (cells split by |, which the normaliser makes of tabs, of ｜ and of the wide
    // spaces of a schedule's rows): the date column stands first, the task column gives the clause its task word.
    re: new RegExp(`^(?:\\|\\s{0,4})?${YEAR}${MONTH_DAY}${AT}(?=\\s{0,4}\\|)`, 'g'),
    needsTask: true,
    read: readDue,
    examples: [
      { phrase: '5月10日 | 各省完成推荐', expect: ['due:2025-05-10'] },
      { phrase: '| 4月30日（周三） | 省级审核 |', expect: ['due:2025-04-30'] },
      { phrase: '5月20日｜各校提交自评报告', expect: ['due:2025-05-20'] },
      { phrase: '6月30日 | 专家会议', expect: [] },
    ],
  },
  {
    id: 'later',
    kinds: ['undated'],
    re: /另行通知/g,
    read: () => [{ ...UNDATED, year_inferred: false }],
    undatedNote: DEADLINE_NOTES.later,
    examples: [{ phrase: '具体安排另行通知', expect: ['undated'] }],
  },
  {
    id: 'relative',
    kinds: ['undated'],
    re: /(?:活动周|活动|会议|评审)结束后(?:\d{1,3}\s{0,2}个?工作日(?:内|前)?|\d{1,3}\s{0,2}日内)?|提前\d{1,3}\s{0,2}个工作日|(?<!\d)\d{1,3}\s{0,2}个工作日(?:前|内)/g,
    read: () => [{ ...UNDATED, year_inferred: false }],
    undatedNote: DEADLINE_NOTES.relative,
    examples: [
      { phrase: '活动周结束后10个工作日内报送总结', expect: ['undated'] },
      { phrase: '须提前20个工作日报省级教育行政部门备案', expect: ['undated'] },
    ],
  },
];

/** The table's patterns by id, for the hostile-input test. */
export const DEADLINE_REGEXES: Record<string, RegExp> = {
  ...Object.fromEntries(DEADLINE_PATTERNS.map((p) => [p.id, p.re])),
  ...DEADLINE_PART_PATTERNS,
};

/**
 * Each pattern, anchored at both ends: which one a phrase is, read back from the phrase alone. What a pattern asks
 * of the text before it (请…于) is not in the phrase, so its lookbehinds are left out here.
 */
const WHOLE = DEADLINE_PATTERNS.map((p) => ({
  p,
  re: new RegExp(`^(?:${p.re.source.replace(DEADLINE_PART_PATTERNS.lookbehind, '')})$`),
}));

/**
 * What a reader must know about a deadline the parser gave: its date is approximate or computed, its year was
 * inferred, or why it has none. Read back from the phrase, so the note follows a deadline through the import
 * review (where the user may change its date and kind) without a field the `notice parse` JSON does not have.
 */
export function deadlineNote(d: Pick<ParsedDeadline, 'kind' | 'text' | 'date' | 'year_inferred'>): string | null {
  const phrase = foldScript(d.text);
  const pattern = phrase.length <= 200 ? WHOLE.find((w) => w.re.test(phrase))?.p : undefined;
  if (d.kind === 'undated') return pattern?.undatedNote ?? (phrase.includes('月') ? DEADLINE_NOTES.noYear : null);
  const own = pattern?.note?.(phrase) ?? null;
  if (pattern?.id === 'afterNotice') return own;
  const year = d.date && d.year_inferred ? DEADLINE_NOTES.yearInferred : null;
  return [own, year].filter(Boolean).join('；') || null;
}
