import { lastDayOfMonth } from '@/utils/deadlines/calendar';
import type { DeadlineKindId } from '@/utils/knowledge/view';

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
   * context of the dates after it (2025年4月1日至20日 … 4月30日前), as a reader takes it.
   */
  year(written: string | undefined): { year: number | null; inferred: boolean };
  /** The notice's own date (its signature), which 即日起 means. */
  noticeDate: string | null;
}

export interface DeadlineExample {
  phrase: string;
  /** Every deadline the parser must find in the phrase, as `kind:date` or `kind:month-day` or `undated`; the
   * notice around an example is dated 2025-03-01 and its dates without a year are in 2025. */
  expect: string[];
}

/**
 * One kind of date phrase. The table is tried in order and a later pattern never takes characters an earlier one
 * took, so a longer phrase (每年…、…前, a range) comes before the phrases it contains (…日前).
 */
export interface DeadlinePattern {
  id: string;
  /** The kinds it gives (besides `undated` when the context has no year). */
  kinds: readonly ParsedKind[];
  re: RegExp;
  /** A date with no 前/起 is a deadline only where its clause asks for something; otherwise it is an event. */
  needsTask?: boolean;
  read(m: RegExpExecArray, ctx: DeadlineContext): FoundDeadline[];
  examples: DeadlineExample[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const valid = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= lastDayOfMonth(y, m);
const UNDATED: FoundDeadline = { kind: 'undated', date: null, month_day: null, year_inferred: true };

// Fragments of the patterns below. Every repeat is bounded and every optional part starts with a character the
// part before it cannot end with, so each pattern backtracks a bounded amount at each position (see the fuzz test).
const YEAR = '(?:(\\d{4})年)?';
const MONTH_DAY = '(\\d{1,2})月(\\d{1,2})日';
/** A weekday or a time between 日 and 前: （星期五）, （周五）, 17时, 17时30分, 24:00 (the normaliser makes : full-width). */
const AT =
  '(?:\\s{0,2}(?:（(?:星期|周|週)[一二三四五六日天]）|\\d{1,2}(?:时|時|点|點|[:：]\\d{2})(?:\\d{1,2}分)?)){0,2}';
const BEFORE = '(?:前|之前|以前|截止|为止|為止)';
const TO = '(?:至|到|—{1,4}|-|~|～)';
/** 次年 before the end of a range: the end's month coming before the start's already says so. */
const NEXT_YEAR = '(?:次年|翌年)?';
/** The rest of an enumeration of days that share the qualifier after them: 、9月30日, 和12月31日, 、20日. */
const LIST = '((?:[、和及与與](?:\\d{1,2}月)?\\d{1,2}日){1,6})';

/** The patterns the table's readers run on a part of a match, for the hostile-input test with the table's. */
export const DEADLINE_PART_PATTERNS = {
  listDay: /(?:(\d{1,2})月)?(\d{1,2})日/g,
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

/** A due date, or an undated one when nothing gives its year (a date must never vanish silently). */
function dueOn(ctx: DeadlineContext, written: string | undefined, m: number, d: number): FoundDeadline[] {
  const y = ctx.year(written);
  if (y.year === null) return [UNDATED];
  if (!valid(y.year, m, d)) return [];
  return [{ kind: 'due', date: iso(y.year, m, d), month_day: null, year_inferred: y.inferred }];
}

function opensOn(ctx: DeadlineContext, written: string | undefined, m: number, d: number): FoundDeadline[] {
  return dueOn(ctx, written, m, d).map((x) => (x.kind === 'due' ? { ...x, kind: 'opens' } : x));
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
      const y = ctx.year(m[1]);
      const from = Number(m[2]);
      const to = Number(m[4]);
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
    examples: [
      {
        phrase: '于3月至6月的每月月底前报送进展',
        expect: ['due:2025-03-31', 'due:2025-04-30', 'due:2025-05-31', 'due:2025-06-30'],
      },
      { phrase: '2026年11月至次年1月每月底前上报', expect: ['due:2026-11-30', 'due:2026-12-31', 'due:2027-01-31'] },
    ],
  },
  {
    id: 'recurring',
    kinds: ['recurring_annual'],
    re: new RegExp(`每年${MONTH_DAY}${LIST}?${AT}(?:前|之前)?`, 'g'),
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
    ],
  },
  {
    id: 'fromTodayUntil',
    kinds: ['window_start', 'window_end'],
    re: new RegExp(`(?:自|从|從)?即日起${TO}${YEAR}${MONTH_DAY}${AT}(?:止|截止)?`, 'g'),
    read: (m, ctx) => {
      const start = onNoticeDate(ctx, 'window_start');
      const end = dueOn(ctx, m[1], Number(m[2]), Number(m[3]));
      if (start.kind === 'undated' || end[0]?.kind !== 'due') return [UNDATED];
      return [start, { ...end[0], kind: 'window_end' }];
    },
    examples: [
      { phrase: '自即日起至5月31日止，各校登录平台申报', expect: ['window_start:2025-03-01', 'window_end:2025-05-31'] },
    ],
  },
  {
    id: 'window',
    kinds: ['window_start', 'window_end'],
    re: new RegExp(
      `${YEAR}${MONTH_DAY}${AT}\\s{0,4}${TO}\\s{0,4}${NEXT_YEAR}${YEAR}(?:(\\d{1,2})月)?(\\d{1,2})日${AT}`,
      'g',
    ),
    needsTask: true,
    read: (m, ctx) => {
      const s = ctx.year(m[1]);
      const month = Number(m[2]);
      return windowOf(
        ctx,
        { ...s, month, day: Number(m[3]) },
        { year: m[4], month: m[5] ? Number(m[5]) : month, day: Number(m[6]) },
      );
    },
    examples: [
      { phrase: '填报时间：2022年9月12日至30日', expect: ['window_start:2022-09-12', 'window_end:2022-09-30'] },
      { phrase: '报送时间为9月28日至10月8日', expect: ['window_start:2025-09-28', 'window_end:2025-10-08'] },
      { phrase: '申报时间：12月20日—次年1月10日', expect: ['window_start:2025-12-20', 'window_end:2026-01-10'] },
      { phrase: '申報時間：2025年9月1日至9月30日', expect: ['window_start:2025-09-01', 'window_end:2025-09-30'] },
    ],
  },
  {
    id: 'opens',
    kinds: ['opens'],
    re: /(?:将于|于|於|自)(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:起)?(?:正式)?[开開]放/g,
    read: (m, ctx) => opensOn(ctx, m[1], Number(m[2]), Number(m[3])),
    examples: [
      { phrase: '平台将于3月15日开放', expect: ['opens:2025-03-15'] },
      { phrase: '系统自2026年7月30日起正式開放', expect: ['opens:2026-07-30'] },
    ],
  },
  {
    id: 'fromToday',
    kinds: ['opens'],
    re: /(?:自|从|從)?即日起/g,
    needsTask: true,
    read: (_m, ctx) => [onNoticeDate(ctx, 'opens')],
    examples: [
      { phrase: '自即日起开始申报', expect: ['opens:2025-03-01'] },
      { phrase: '即日起，各地可登錄平台申報', expect: ['opens:2025-03-01'] },
    ],
  },
  {
    id: 'fromDay',
    kinds: ['opens'],
    re: /(?:自|从|從)?(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日起/g,
    needsTask: true,
    read: (m, ctx) => opensOn(ctx, m[1], Number(m[2]), Number(m[3])),
    examples: [{ phrase: '2023年7月30日起，各建设单位可登录平台注册', expect: ['opens:2023-07-30'] }],
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
    id: 'approximate',
    kinds: ['undated'],
    re: /(?:(\d{4})年)?(\d{1,2})月(上旬|中旬|下旬)/g,
    read: (m) => [{ ...UNDATED, year_inferred: !m[1] }],
    examples: [{ phrase: '展示活动拟于6月下旬举办', expect: ['undated'] }],
  },
  {
    id: 'monthEnd',
    kinds: ['due'],
    re: new RegExp(`${YEAR}(\\d{1,2})月(?:底|末)${BEFORE}?`, 'g'),
    read: (m, ctx) => {
      const y = ctx.year(m[1]);
      const mo = Number(m[2]);
      if (y.year === null) return [UNDATED];
      if (mo < 1 || mo > 12) return [];
      return [
        { kind: 'due', date: iso(y.year, mo, lastDayOfMonth(y.year, mo)), month_day: null, year_inferred: y.inferred },
      ];
    },
    examples: [
      { phrase: '11月底前完成', expect: ['due:2025-11-30'] },
      { phrase: '2024年2月底前报送', expect: ['due:2024-02-29'] },
    ],
  },
  {
    id: 'dueList',
    kinds: ['due'],
    re: new RegExp(`(?:于|於|在)?${YEAR}${MONTH_DAY}${LIST}${AT}${BEFORE}`, 'g'),
    read: (m, ctx) =>
      [[Number(m[2]), Number(m[3])] as [number, number], ...listDays(Number(m[2]), m[4])].flatMap(([mo, d]) =>
        dueOn(ctx, m[1], mo, d),
      ),
    examples: [{ phrase: '请于3月31日、9月30日前报送', expect: ['due:2025-03-31', 'due:2025-09-30'] }],
  },
  {
    id: 'due',
    kinds: ['due'],
    re: new RegExp(`(?:于|於|在)?${YEAR}${MONTH_DAY}${AT}${BEFORE}`, 'g'),
    read: (m, ctx) => dueOn(ctx, m[1], Number(m[2]), Number(m[3])),
    examples: [
      { phrase: '请于2023年3月31日前报送', expect: ['due:2023-03-31'] },
      { phrase: '5月10日前，各省级教育行政部门要完成审核', expect: ['due:2025-05-10'] },
      { phrase: '请于6月18日17时前提交', expect: ['due:2025-06-18'] },
      { phrase: '5月31日24:00前上传', expect: ['due:2025-05-31'] },
      { phrase: '请于2025年3月7日（星期五）前报送', expect: ['due:2025-03-07'] },
      { phrase: '請於2025年6月30日前登錄平台申報', expect: ['due:2025-06-30'] },
    ],
  },
  {
    id: 'tableRow',
    kinds: ['due'],
    // A row of a 时间安排 table (cells split by |, which the normaliser makes of tabs): the date column stands
    // first, the task column gives the clause its task word.
    re: new RegExp(`^(?:\\|\\s{0,4})?${YEAR}${MONTH_DAY}${AT}(?=\\s{0,4}\\|)`, 'g'),
    needsTask: true,
    read: (m, ctx) => dueOn(ctx, m[1], Number(m[2]), Number(m[3])),
    examples: [
      { phrase: '5月10日 | 各省完成推荐', expect: ['due:2025-05-10'] },
      { phrase: '| 4月30日（周三） | 省级审核 |', expect: ['due:2025-04-30'] },
      { phrase: '6月30日 | 专家会议', expect: [] },
    ],
  },
  {
    id: 'relative',
    kinds: ['undated'],
    re: /另行通知|(?:活动周|活动|会议|评审)结束后(?:\d{1,3}\s{0,2}个?工作日(?:内|前)?|\d{1,3}\s{0,2}日内)?|提前\d{1,3}\s{0,2}个工作日|(?<!\d)\d{1,3}\s{0,2}个工作日(?:前|内)/g,
    read: () => [{ ...UNDATED, year_inferred: false }],
    examples: [
      { phrase: '活动周结束后10个工作日内报送总结', expect: ['undated'] },
      { phrase: '具体安排另行通知', expect: ['undated'] },
    ],
  },
];

/** The table's patterns by id, for the hostile-input test. */
export const DEADLINE_REGEXES: Record<string, RegExp> = {
  ...Object.fromEntries(DEADLINE_PATTERNS.map((p) => [p.id, p.re])),
  ...DEADLINE_PART_PATTERNS,
};
