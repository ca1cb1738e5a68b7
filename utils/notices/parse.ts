import { lastDayOfMonth } from '@/utils/deadlines/calendar';
import { PLATFORMS } from '@/utils/platforms/registry';
import { type NoticeLine, noticeLines } from './normalise';

export type ParsedKind = 'due' | 'opens' | 'window_start' | 'window_end' | 'recurring_annual' | 'undated';

export interface ParsedDeadline {
  text: string;
  date: string | null;
  kind: ParsedKind;
  month_day: string | null;
  /** True when the year was not written next to the date. */
  year_inferred: boolean;
  line: number;
}

export interface ParsedContact {
  name: string;
  phones: string[];
  text: string;
}

export interface ParsedItem {
  label: string;
  title: string;
  line: number;
  text: string;
  platforms: string[];
  new_platforms: string[];
  urls: string[];
  emails: string[];
  phones: string[];
  contacts: ParsedContact[];
  annexes: { label: string; title: string | null; text: string }[];
  deadlines: ParsedDeadline[];
}

export interface ParsedNotice {
  notice: string | null;
  title: string | null;
  issuer: string | null;
  date: string | null;
  items: ParsedItem[];
  deadlines: ParsedDeadline[];
  urls: string[];
  emails: string[];
  phones: string[];
  platforms: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const valid = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= lastDayOfMonth(y, m);
const uniq = <T>(xs: T[]) => [...new Set(xs)];

const DOC_NUMBER = /([\u4e00-\u9fa5]{1,12}[〔[［【]\s*(\d{4})\s*[〕\]］】]\s*\d+\s*号)/;
const DOC_NUMBER_PAREN = /([\u4e00-\u9fa5]{2,12}（\s*(\d{4})\s*）\s*\d+\s*号)/;
const SIGN_DATE = /^（?\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*）?$/;
const ITEM =
  /^(第[一二三四五六七八九十百零]+条|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[.．、](?!\d))/;

/** Words of a task: a date in a clause without one of them is an event or a period, not a deadline. */
const TASK = /填报|报送|上报|提交|上传|申报|注册|推荐|完成|发送|寄送|开放|审核|备案|截止|登录|报名|时间[：:]/;

/** The clause a match sits in: from the previous 。；， to the next 。；. */
function clauseAround(text: string, a: number, b: number): string {
  const before = Math.max(text.lastIndexOf('。', a), text.lastIndexOf('；', a), text.lastIndexOf('，', a - 1), -1);
  const ends = [text.indexOf('。', b), text.indexOf('；', b)].filter((x) => x >= 0);
  return text.slice(before + 1, ends.length ? Math.min(...ends) : text.length);
}

/** The deadlines written in one passage; `year` is the year the context gives for dates written without one. */
export function findDeadlines(text: string, line: number, year: number | null): ParsedDeadline[] {
  const out: ParsedDeadline[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
  let contextYear = year;
  const add = (m: RegExpExecArray, items: Omit<ParsedDeadline, 'text' | 'line'>[], needsTask = false) => {
    const a = m.index;
    const b = a + m[0].length;
    if (!free(a, b)) return;
    taken.push([a, b]);
    // A date range followed by 的 is the period some data covers (填报2022年1月1日至12月31日的数据), not a deadline.
    if (needsTask && text[b] === '的') return;
    // A date with no 前/起 is a deadline only where its clause asks for something; otherwise it is an event.
    if (needsTask && !TASK.test(clauseAround(text, a, b))) return;
    for (const it of items) out.push({ ...it, text: m[0], line });
  };
  const yearOf = (y: string | undefined) => {
    if (y) {
      contextYear = Number(y);
      return { year: Number(y), inferred: false };
    }
    return { year: contextYear, inferred: true };
  };
  const run = (re: RegExp, f: (m: RegExpExecArray) => void) => {
    for (const m of text.matchAll(re)) f(m as RegExpExecArray);
  };
  // Recurring: 每年12月15日前
  run(/每年(\d{1,2})月(\d{1,2})日(?:前|之前)?/g, (m) =>
    add(m, [
      {
        kind: 'recurring_annual',
        date: null,
        month_day: `${pad(Number(m[1]))}-${pad(Number(m[2]))}`,
        year_inferred: false,
      },
    ]),
  );
  // Windows: 2022年9月12日至30日, 2023年9月6日—10月7日, 2023年9月18日—9月24日
  run(
    /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日\s*(?:至|—+|-|~|～|到)\s*(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日/g,
    (m) => {
      const s = yearOf(m[1]);
      const e = m[4] ? Number(m[4]) : s.year;
      const sm = Number(m[2]);
      const em = m[5] ? Number(m[5]) : sm;
      if (s.year === null || e === null)
        return add(m, [{ kind: 'undated', date: null, month_day: null, year_inferred: true }]);
      const start = [s.year, sm, Number(m[3])] as const;
      const end = [e, em, Number(m[6])] as const;
      if (!valid(...start) || !valid(...end)) return;
      add(
        m,
        [
          { kind: 'window_start', date: iso(...start), month_day: null, year_inferred: s.inferred },
          { kind: 'window_end', date: iso(...end), month_day: null, year_inferred: s.inferred },
        ],
        true,
      );
    },
  );
  // Opens: 平台将于2023年3月1日开放 / 自2023年7月30日起开放
  run(/(?:将于|于|自)(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:起)?(?:正式)?开放/g, (m) => {
    const y = yearOf(m[1]);
    if (y.year === null || !valid(y.year, Number(m[2]), Number(m[3]))) return;
    add(m, [
      { kind: 'opens', date: iso(y.year, Number(m[2]), Number(m[3])), month_day: null, year_inferred: y.inferred },
    ]);
  });
  // From a day on: 2023年7月30日起，各建设单位可登录…注册
  run(/(?:自|从)?(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日起/g, (m) => {
    const y = yearOf(m[1]);
    if (y.year === null || !valid(y.year, Number(m[2]), Number(m[3]))) return;
    add(
      m,
      [{ kind: 'opens', date: iso(y.year, Number(m[2]), Number(m[3])), month_day: null, year_inferred: y.inferred }],
      true,
    );
  });
  // From a month on: 自2023年2月起
  run(/自(\d{4})年(\d{1,2})月起/g, (m) =>
    add(m, [{ kind: 'window_start', date: iso(Number(m[1]), Number(m[2]), 1), month_day: null, year_inferred: false }]),
  );
  // Approximate: 2月下旬, 3月中旬, 6月上旬
  run(/(?:(\d{4})年)?(\d{1,2})月(上旬|中旬|下旬)/g, (m) =>
    add(m, [{ kind: 'undated', date: null, month_day: null, year_inferred: !m[1] }]),
  );
  // Month end: 11月底前, 2023年10月底
  run(/(?:(\d{4})年)?(\d{1,2})月底(?:前|之前)?/g, (m) => {
    const y = yearOf(m[1]);
    const mo = Number(m[2]);
    if (y.year === null || mo < 1 || mo > 12) return;
    add(m, [
      { kind: 'due', date: iso(y.year, mo, lastDayOfMonth(y.year, mo)), month_day: null, year_inferred: y.inferred },
    ]);
  });
  // Due dates: 于2023年3月31日前, 4月25日前, 2024年2月28日前, 报送时间：2023年11月底前 (above)
  run(/(?:于|在)?(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:前|之前|以前|24时前|截止|为止)/g, (m) => {
    const y = yearOf(m[1]);
    if (y.year === null || !valid(y.year, Number(m[2]), Number(m[3]))) return;
    add(m, [
      { kind: 'due', date: iso(y.year, Number(m[2]), Number(m[3])), month_day: null, year_inferred: y.inferred },
    ]);
  });
  // Relative or unset: 另行通知, 活动周结束后, N个工作日前
  run(
    /另行通知|(?:活动周|活动|会议|评审)结束后(?:\d+\s*个?工作日(?:内|前)?|\d+\s*日内)?|提前\d+\s*个工作日|\d+\s*个工作日(?:前|内)/g,
    (m) => add(m, [{ kind: 'undated', date: null, month_day: null, year_inferred: false }]),
  );
  // Sort by position in the text, so a reader sees them in order.
  return out.sort((a, b) => text.indexOf(a.text) - text.indexOf(b.text));
}

const URL_RE =
  /<?(https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+|www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[A-Za-z0-9\-._~/?#=&%]*)>?/g;
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const PHONE_RE = /(?<![\d-])(0\d{2,3})\s*[-—]\s*(\d{7,8})|(?<!\d)(1[3-9]\d{9})(?!\d)|(?<=[、，,\s])(\d{7,8})(?![\d-])/g;

export function findUrls(text: string): string[] {
  return uniq([...text.matchAll(URL_RE)].map((m) => (m[1] ?? '').replace(/[>，。；）)]+$/, '')));
}

export function findEmails(text: string): string[] {
  return uniq([...text.matchAll(EMAIL_RE)].map((m) => m[0].replace(/\.$/, '')));
}

/** Phones as written: landlines with area code (010-66097867, 010—66097867), mobiles, and a second number
 * without its area code taking the first's (010-66096478、66097145 → 010-66097145). */
export function findPhones(text: string): string[] {
  const out: string[] = [];
  let area: string | null = null;
  for (const m of text.matchAll(PHONE_RE)) {
    if (m[1] && m[2]) {
      area = m[1];
      out.push(`${m[1]}-${m[2]}`);
    } else if (m[3]) out.push(m[3]);
    else if (m[4] && area) out.push(`${area}-${m[4]}`);
  }
  return uniq(out);
}

function findContacts(text: string): ParsedContact[] {
  const out: ParsedContact[] = [];
  for (const m of text.matchAll(
    /联系人(?:及(?:联系)?(?:电话|方式))?[：:]\s*([^，。；：]{2,20}?)[，,]?\s*((?:0\d{2,3}\s*[-—]\s*\d{7,8}|1[3-9]\d{9}|\d{7,8})(?:[、，,；\s]*(?:0\d{2,3}\s*[-—]\s*\d{7,8}|1[3-9]\d{9}|\d{7,8}))*)/g,
  )) {
    const names = (m[1] ?? '').replace(/(电话|邮箱).*$/, '').trim();
    if (names) out.push({ name: names, phones: findPhones(` ${m[2] ?? ''}`), text: m[0] });
  }
  return out;
}

function findAnnexes(text: string): ParsedItem['annexes'] {
  const out: ParsedItem['annexes'] = [];
  for (const m of text.matchAll(/(?:（|\()?(?:见)?附件\s*(\d+)(?:）|\))?(?:[：:.、\s]*([^，。；（）]{2,40}))?/g)) {
    out.push({ label: `附件${m[1]}`, title: m[2]?.trim() || null, text: m[0] });
  }
  // The first mention of each annex, usually the one with its title.
  return out.filter((a, i) => out.findIndex((b) => b.label === a.label) === i);
}

/** Registered platforms named in a passage (full, short names and hosts), and unknown 平台/系统 names. */
function findPlatforms(text: string): { known: string[]; unknown: string[] } {
  // Longest names first, each blanked out once found: 管理平台 must not match inside 继续教育信息管理平台.
  const names = PLATFORMS.flatMap((p) =>
    [p.name, p.short, ...p.signals.filter((x) => x.length >= 5), ...p.hosts].map((n) => ({ n, short: p.short })),
  ).sort((a, b) => b.n.length - a.n.length);
  const known: string[] = [];
  let rest = text;
  for (const { n, short } of names) {
    if (!rest.includes(n)) continue;
    known.push(short);
    rest = rest.split(n).join('□');
  }
  const unknown: string[] = [];
  for (const m of text.matchAll(/[“"]?([\u4e00-\u9fa5]{4,24}(?:平台|系统))[”"]?/g)) {
    const name = (m[1] ?? '').replace(/^(通过|登录|在|于|经|由|利用|依托|的)+/, '');
    if (name.length < 6 || /^(该|本|此|各|相关|有关)/.test(name)) continue;
    if (!PLATFORMS.some((p) => name.includes(p.short) || p.name.includes(name) || name.includes(p.name)))
      unknown.push(name);
  }
  return { known: uniq(known), unknown: uniq(unknown) };
}

/** Reads a ministry notice: 文号, title, issuer, date, and its items with what each asks, where and by when. */
export function parseNotice(input: string): ParsedNotice {
  const lines = noticeLines(input);
  const all = lines.map((l) => l.text).join('\n');
  const doc = DOC_NUMBER.exec(all) ?? DOC_NUMBER_PAREN.exec(all);
  const notice = doc
    ? (doc[1] ?? '')
        .replace(/\s+/g, '')
        .replace(/[[［【]/, '〔')
        .replace(/[\]］】]/, '〕')
        .replace(/（(\d{4})）/, '〔$1〕')
    : null;
  const titleLine = lines.find((l) => /^关于.{4,60}(通知|意见|办法|方案|函|公告|决定)$/.test(l.text));
  const signIdx = lines.map((l) => SIGN_DATE.test(l.text)).lastIndexOf(true);
  const sign = signIdx >= 0 ? SIGN_DATE.exec(lines[signIdx]?.text ?? '') : null;
  const date = sign ? iso(Number(sign[1]), Number(sign[2]), Number(sign[3])) : null;
  const issuerLine = signIdx > 0 ? lines[signIdx - 1]?.text : undefined;
  const issuer =
    issuerLine && /(部|厅|司|局|委员会|办公室|中心)$/.test(issuerLine) && issuerLine.length <= 30 ? issuerLine : null;
  const noticeYear = doc ? Number(doc[2]) : date ? Number(date.slice(0, 4)) : null;

  // Items: from each item heading to the next; text before the first is the preamble.
  const body = signIdx >= 0 ? lines.slice(0, signIdx) : lines;
  const items: ParsedItem[] = [];
  let current: { label: string; lines: NoticeLine[] } | null = null;
  const flush = () => {
    if (!current) return;
    const text = current.lines.map((l) => l.text).join('\n');
    const first = current.lines[0];
    const title =
      (first?.text ?? '')
        .replace(ITEM, '')
        .split(/[。；]/)[0]
        ?.slice(0, 60) ?? '';
    const platforms = findPlatforms(text);
    const yearInItem = /(\d{4})年/.exec(text);
    const deadlines = current.lines.flatMap((l) =>
      findDeadlines(l.text, l.line, yearInItem ? Number(yearInItem[1]) : noticeYear),
    );
    items.push({
      label: current.label,
      title,
      line: first?.line ?? 0,
      text,
      platforms: platforms.known,
      new_platforms: platforms.unknown,
      urls: findUrls(text),
      emails: findEmails(text),
      phones: findPhones(text),
      contacts: findContacts(text),
      annexes: findAnnexes(text),
      deadlines,
    });
  };
  for (const l of body) {
    const m = ITEM.exec(l.text);
    if (m) {
      flush();
      current = { label: m[1] ?? '', lines: [l] };
    } else if (current) current.lines.push(l);
    else current = { label: '', lines: [l] };
  }
  flush();
  const deadlines = items.flatMap((i) => i.deadlines);
  return {
    notice,
    title: titleLine?.text ?? null,
    issuer,
    date,
    items: items.filter((i) => i.label || i.deadlines.length || i.emails.length || i.urls.length),
    deadlines,
    urls: uniq(items.flatMap((i) => i.urls)),
    emails: uniq(items.flatMap((i) => i.emails)),
    phones: uniq(items.flatMap((i) => i.phones)),
    platforms: uniq(items.flatMap((i) => i.platforms)),
  };
}
