import { lastDayOfMonth } from '@/utils/deadlines/calendar';
import type { DeadlineKindId } from '@/utils/knowledge/view';
import { PLATFORMS } from '@/utils/platforms/registry';
import { isWebUrl } from '@/utils/web-url';
import { type NoticeLine, noticeLines } from './normalise';
import { platformNameIn } from './platform-names';

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

const PHONE = '0\\d{2,3}\\s{0,3}[-—]\\s{0,3}\\d{7,8}|1[3-9]\\d{9}|\\d{7,8}';

/**
 * Every pattern the parser uses, in one place so a test can run each on hostile input. The text comes from files
 * and web pages anyone can write, so no pattern may backtrack more than a bounded amount at each position: no
 * unbounded run before a part that can fail (`[a-z]+@` tried at every letter of a long word is quadratic), no two
 * adjacent runs of the same characters. A run that must start where a word starts says so with a lookbehind, and
 * repeats are bounded by what a real notice ever writes.
 */
export const NOTICE_PATTERNS = {
  docNumber: /([\u4e00-\u9fa5]{1,12}[〔[［【]\s{0,4}(\d{4})\s{0,4}[〕\]］】]\s{0,4}\d{1,6}\s{0,4}号)/,
  docNumberParen: /([\u4e00-\u9fa5]{2,12}（\s{0,4}(\d{4})\s{0,4}）\s{0,4}\d{1,6}\s{0,4}号)/,
  signDate: /^（?\s{0,4}(\d{4})年(\d{1,2})月(\d{1,2})日\s{0,4}）?$/,
  item: /^(第[一二三四五六七八九十百零]{1,6}条|[一二三四五六七八九十]{1,4}、|（[一二三四五六七八九十]{1,4}）|\d{1,2}[.．、](?!\d))/,
  /** Words of a task: a date in a clause without one of them is an event or a period, not a deadline. */
  task: /填报|报送|上报|提交|上传|申报|注册|推荐|完成|发送|寄送|开放|审核|备案|截止|登录|报名|时间[：:]/,
  recurring: /每年(\d{1,2})月(\d{1,2})日(?:前|之前)?/g,
  window:
    /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日\s{0,4}(?:至|—{1,4}|-|~|～|到)\s{0,4}(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日/g,
  opens: /(?:将于|于|自)(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:起)?(?:正式)?开放/g,
  fromDay: /(?:自|从)?(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日起/g,
  fromMonth: /自(\d{4})年(\d{1,2})月起/g,
  approximate: /(?:(\d{4})年)?(\d{1,2})月(上旬|中旬|下旬)/g,
  monthEnd: /(?:(\d{4})年)?(\d{1,2})月底(?:前|之前)?/g,
  due: /(?:于|在)?(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:前|之前|以前|24时前|截止|为止)/g,
  relative:
    /另行通知|(?:活动周|活动|会议|评审)结束后(?:\d{1,3}\s{0,2}个?工作日(?:内|前)?|\d{1,3}\s{0,2}日内)?|提前\d{1,3}\s{0,2}个工作日|(?<!\d)\d{1,3}\s{0,2}个工作日(?:前|内)/g,
  url: /<?(https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]{1,2048}|(?<![A-Za-z0-9-])www\.[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}[A-Za-z0-9\-._~/?#=&%]{0,2048})>?/g,
  email: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g,
  phone: /(?<![\d-])(0\d{2,3})\s{0,3}[-—]\s{0,3}(\d{7,8})|(?<!\d)(1[3-9]\d{9})(?!\d)|(?<=[、，,\s])(\d{7,8})(?![\d-])/g,
  contact: new RegExp(
    `联系人(?:及(?:联系)?(?:电话|方式))?[：:]\\s{0,4}([^，。；：]{2,20}?)[，,]?\\s{0,4}((?:${PHONE})(?:[、，,；\\s]{0,4}(?:${PHONE})){0,8})`,
    'g',
  ),
  contactNameTail: /(电话|邮箱).*$/,
  annex: /(?:（|\()?(?:见)?附件\s{0,4}(\d{1,3})(?:）|\))?(?:[：:.、\s]{0,8}([^，。；（）]{2,40}))?/g,
  platformName: /[“"]?([\u4e00-\u9fa5]{4,24}(?:平台|系统))[”"]?/g,
  title: /^关于.{4,60}(通知|意见|办法|方案|函|公告|决定)$/,
  /** A bracketed aside of a sentence, and the kind an item's title leaves out: an address (网址：<http://…>). */
  aside: /（[^（）\n]{0,300}）|\([^()\n]{0,300}\)/g,
  asideAddress: /网址|https?:|www\.|@/,
  issuer: /(部|厅|司|局|委员会|办公室|中心)$/,
  sentenceEnd: /[。；]/,
  spaces: /\s+/g,
  yearWritten: /(\d{4})年/,
  openBracket: /[[［【]/,
  closeBracket: /[\]］】]/,
  parenYear: /（(\d{4})）/,
} as const;
const P = NOTICE_PATTERNS;

/** A clause longer than this is not a sentence of a notice; looking further would make long lines quadratic. */
const CLAUSE_REACH = 300;

/** The clause a match sits in: from the previous 。；， to the next 。；, looking at most CLAUSE_REACH each way. */
function clauseAround(text: string, a: number, b: number): string {
  let start = a;
  const stop = Math.max(0, a - CLAUSE_REACH);
  while (start > stop && !'。；，'.includes(text[start - 1] ?? '')) start--;
  let end = b;
  const limit = Math.min(text.length, b + CLAUSE_REACH);
  while (end < limit && !'。；'.includes(text[end] ?? '')) end++;
  return text.slice(start, end);
}

/** The deadlines written in one passage; `year` is the year the context gives for dates written without one. */
export function findDeadlines(text: string, line: number, year: number | null): ParsedDeadline[] {
  const out: (ParsedDeadline & { at: number })[] = [];
  // Characters already taken by a match: checking a new match costs its own length, not the number of matches.
  const taken = new Uint8Array(text.length);
  const free = (a: number, b: number) => {
    for (let i = a; i < b; i++) if (taken[i]) return false;
    return true;
  };
  let contextYear = year;
  const add = (m: RegExpExecArray, items: Omit<ParsedDeadline, 'text' | 'line'>[], needsTask = false) => {
    const a = m.index;
    const b = a + m[0].length;
    if (!free(a, b)) return;
    taken.fill(1, a, b);
    // A date range followed by 的 is the period some data covers (填报2022年1月1日至12月31日的数据), not a deadline.
    if (needsTask && text[b] === '的') return;
    // A date with no 前/起 is a deadline only where its clause asks for something; otherwise it is an event.
    if (needsTask && !P.task.test(clauseAround(text, a, b))) return;
    for (const it of items) out.push({ ...it, text: m[0], line, at: a });
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
  run(P.recurring, (m) =>
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
  run(P.window, (m) => {
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
  });
  // Opens: 平台将于2023年3月1日开放 / 自2023年7月30日起开放
  run(P.opens, (m) => {
    const y = yearOf(m[1]);
    if (y.year === null || !valid(y.year, Number(m[2]), Number(m[3]))) return;
    add(m, [
      { kind: 'opens', date: iso(y.year, Number(m[2]), Number(m[3])), month_day: null, year_inferred: y.inferred },
    ]);
  });
  // From a day on: 2023年7月30日起，各建设单位可登录…注册
  run(P.fromDay, (m) => {
    const y = yearOf(m[1]);
    if (y.year === null || !valid(y.year, Number(m[2]), Number(m[3]))) return;
    add(
      m,
      [{ kind: 'opens', date: iso(y.year, Number(m[2]), Number(m[3])), month_day: null, year_inferred: y.inferred }],
      true,
    );
  });
  // From a month on: 自2023年2月起
  run(P.fromMonth, (m) =>
    add(m, [{ kind: 'window_start', date: iso(Number(m[1]), Number(m[2]), 1), month_day: null, year_inferred: false }]),
  );
  // Approximate: 2月下旬, 3月中旬, 6月上旬
  run(P.approximate, (m) => add(m, [{ kind: 'undated', date: null, month_day: null, year_inferred: !m[1] }]));
  // Month end: 11月底前, 2023年10月底
  run(P.monthEnd, (m) => {
    const y = yearOf(m[1]);
    const mo = Number(m[2]);
    if (y.year === null || mo < 1 || mo > 12) return;
    add(m, [
      { kind: 'due', date: iso(y.year, mo, lastDayOfMonth(y.year, mo)), month_day: null, year_inferred: y.inferred },
    ]);
  });
  // Due dates: 于2023年3月31日前, 4月25日前, 2024年2月28日前, 报送时间：2023年11月底前 (above)
  run(P.due, (m) => {
    const y = yearOf(m[1]);
    if (y.year === null || !valid(y.year, Number(m[2]), Number(m[3]))) return;
    add(m, [
      { kind: 'due', date: iso(y.year, Number(m[2]), Number(m[3])), month_day: null, year_inferred: y.inferred },
    ]);
  });
  // Relative or unset: 另行通知, 活动周结束后, N个工作日前
  run(P.relative, (m) => add(m, [{ kind: 'undated', date: null, month_day: null, year_inferred: false }]));
  // By position in the text, so a reader sees them in order (a window's start and end keep theirs).
  return out.sort((a, b) => a.at - b.at).map(({ at: _, ...d }) => d);
}

/** Cuts characters that close a sentence or a bracket off the end of a URL, without a pattern. */
function trimUrlEnd(url: string): string {
  let end = url.length;
  while (end > 0 && '>，。；）)'.includes(url[end - 1] ?? '')) end--;
  return url.slice(0, end);
}

export function findUrls(text: string): string[] {
  return uniq(
    [...text.matchAll(P.url)]
      .map((m) => trimUrlEnd(m[1] ?? ''))
      // Only web addresses become sources; a www. address is taken as http, as a browser would.
      .filter((u) => isWebUrl(u.startsWith('www.') ? `http://${u}` : u)),
  );
}

export function findEmails(text: string): string[] {
  return uniq([...text.matchAll(P.email)].map((m) => (m[0].endsWith('.') ? m[0].slice(0, -1) : m[0])));
}

/** Phones as written: landlines with area code (010-66097867, 010—66097867), mobiles, and a second number
 * without its area code taking the first's (010-66096478、66097145 → 010-66097145). */
export function findPhones(text: string): string[] {
  const out: string[] = [];
  let area: string | null = null;
  for (const m of text.matchAll(P.phone)) {
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
  for (const m of text.matchAll(P.contact)) {
    const names = (m[1] ?? '').replace(P.contactNameTail, '').trim();
    if (names) out.push({ name: names, phones: findPhones(` ${m[2] ?? ''}`), text: m[0] });
  }
  return out;
}

function findAnnexes(text: string): ParsedItem['annexes'] {
  const out: ParsedItem['annexes'] = [];
  for (const m of text.matchAll(P.annex)) {
    out.push({ label: `附件${m[1]}`, title: m[2]?.trim() || null, text: m[0] });
  }
  // The first mention of each annex, usually the one with its title.
  return out.filter((a, i) => out.findIndex((b) => b.label === a.label) === i);
}

/** Registered platforms named in a passage (full, short names and hosts), and the names of unknown ones. */
// Longest names first, each blanked out once found: 管理平台 must not match inside 继续教育信息管理平台.
const PLATFORM_NAMES = PLATFORMS.flatMap((p) =>
  [p.name, p.short, ...p.signals.filter((x) => x.length >= 5), ...p.hosts].map((n) => ({ n, short: p.short })),
).sort((a, b) => b.n.length - a.n.length);

function findPlatforms(text: string): { known: string[]; unknown: string[] } {
  const names = PLATFORM_NAMES;
  const known: string[] = [];
  let rest = text;
  for (const { n, short } of names) {
    if (!rest.includes(n)) continue;
    known.push(short);
    rest = rest.split(n).join('□');
  }
  const unknown: string[] = [];
  for (const m of text.matchAll(P.platformName)) {
    const name = platformNameIn(m[1] ?? '');
    if (!name) continue;
    if (!PLATFORMS.some((p) => name.includes(p.short) || p.name.includes(name) || name.includes(p.name)))
      unknown.push(name);
  }
  return { known: uniq(known), unknown: uniq(unknown) };
}

/** Characters of an item's title: the timeline, the followed list and the drafts' groups show it on one line. */
const TITLE_CHARS = 60;

/**
 * An item's title: its first sentence without the item number and without bracketed addresses, cut where a
 * clause ends when it is too long ("请各建设单位登录…平台，于2027年1月15日前填报…", not "…），于20").
 */
function itemTitle(line: string): string {
  const sentence = (line.replace(P.item, '').split(P.sentenceEnd)[0] ?? '')
    .replace(P.aside, (aside) => (P.asideAddress.test(aside) ? '' : aside))
    .trim();
  if (sentence.length <= TITLE_CHARS) return sentence;
  const head = sentence.slice(0, TITLE_CHARS);
  const clause = Math.max(head.lastIndexOf('，'), head.lastIndexOf('；'), head.lastIndexOf('、'));
  return clause >= TITLE_CHARS / 2 ? head.slice(0, clause) : `${head}…`;
}

/** Reads a ministry notice: 文号, title, issuer, date, and its items with what each asks, where and by when. */
export function parseNotice(input: string): ParsedNotice {
  const lines = noticeLines(input);
  const all = lines.map((l) => l.text).join('\n');
  const doc = P.docNumber.exec(all) ?? P.docNumberParen.exec(all);
  const notice = doc
    ? (doc[1] ?? '')
        .replace(P.spaces, '')
        .replace(P.openBracket, '〔')
        .replace(P.closeBracket, '〕')
        .replace(P.parenYear, '〔$1〕')
    : null;
  const titleLine = lines.find((l) => P.title.test(l.text));
  const signIdx = lines.map((l) => P.signDate.test(l.text)).lastIndexOf(true);
  const sign = signIdx >= 0 ? P.signDate.exec(lines[signIdx]?.text ?? '') : null;
  const date = sign ? iso(Number(sign[1]), Number(sign[2]), Number(sign[3])) : null;
  const issuerLine = signIdx > 0 ? lines[signIdx - 1]?.text : undefined;
  const issuer = issuerLine && P.issuer.test(issuerLine) && issuerLine.length <= 30 ? issuerLine : null;
  const noticeYear = doc ? Number(doc[2]) : date ? Number(date.slice(0, 4)) : null;

  // Items: from each item heading to the next; text before the first is the preamble.
  const body = signIdx >= 0 ? lines.slice(0, signIdx) : lines;
  const items: ParsedItem[] = [];
  let current: { label: string; lines: NoticeLine[] } | null = null;
  const flush = () => {
    if (!current) return;
    const text = current.lines.map((l) => l.text).join('\n');
    const first = current.lines[0];
    const title = itemTitle(first?.text ?? '');
    const platforms = findPlatforms(text);
    const yearInItem = P.yearWritten.exec(text);
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
    const m = P.item.exec(l.text);
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
