import { daysBetween, lastDayOfMonth } from '@/utils/deadlines/calendar';
import { PLATFORMS } from '@/utils/platforms/registry';
import { isWebUrl } from '@/utils/web-url';
import { countOf, DEADLINE_PATTERNS, type DeadlineContext, type ParsedDeadline } from './deadline-patterns';
import { foldScript, type NoticeLine, noticeLines } from './normalise';
import { platformNameIn } from './platform-names';

export type { ParsedDeadline, ParsedKind } from './deadline-patterns';

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
  /** A signature in Chinese numerals, as some offices print it: 二〇二五年三月一日. */
  signDateCn:
    /^（?\s{0,4}([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日\s{0,4}）?$/,
  /** The date a web page gives its notice when the copy has no signature line (发布时间：2025-03-05). */
  publishDate:
    /(?:发布|印发|成文|发文)(?:日期|时间)[：:]\s{0,4}(\d{4})\s{0,2}[-年./]\s{0,2}(\d{1,2})\s{0,2}[-月./]\s{0,2}(\d{1,2})/,
  item: /^(第[一二三四五六七八九十百零]{1,6}条|[一二三四五六七八九十]{1,4}、|（[一二三四五六七八九十]{1,4}）|\d{1,2}[.．、](?!\d))/,
  /**
   * Words of a task: a date in a clause without one of them is an event or a period, not a deadline. Tested on
   * folded text, so a traditional-script notice's 申報, 登錄, 報送 count as theirs (normalise.ts, foldScript).
   */
  task: /填报|报送|上报|提交|上传|申报|注册|推荐|完成|发送|寄送|递交|上交|反馈|开放|审核|备案|截止|登录|报名|填写|录入|采集|确认|汇总|复核|核查/,
  /** What stands right before a date that is a data period or a count's reference day, not a deadline. */
  periodBefore: /(?:统计|数据)(?:时点|时段|时间|期间|区间|范围)?(?:为|是|：)?$|时点(?:为|是|：)?$|截至$/,
  /** What follows a date that scopes some data or people (…前入职的教师, …前的数据), not a deadline. */
  scopeAfter:
    /^(?:的|已|期间的|期间内的|以来|出生|入职|入学|招生|参加工作|取得|获得|获批|发表|出版|立项|结题|毕业|成立|设立|建立|注册成立|建成|认定|离职|退休)/,
  /** What the issuer does on a date (结果将于9月底前公布): an event for the reader unless its clause asks too. */
  announce: /公布|公示|发布|揭晓|通报/,
  /** Words of an event: a date in their own clause is when it takes place. */
  event: /举办|举行|召开|开幕|闭幕|报到|比赛|竞赛|展演|会议期间/,
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
  /** A year that is not a data year (2024年度): a title's 2025年…工作安排. */
  yearNotOfData: /(\d{4})年(?!度)/,
  /** A year written with a month: the year of a date, not of some data (2022年度) or of a form's name. */
  yearOfDate: /(\d{4})年\d{1,2}月/,
  annexLine: /^附件/,
  /** A line of the list of annexes (附件：…, 附件2．…), not a sentence that begins with the word. */
  annexName: /^附件\s{0,4}\d{0,3}\s{0,4}[：:.．、]/,
  openBracket: /[[［【]/,
  closeBracket: /[\]］】]/,
  parenYear: /（(\d{4})）/,
} as const;
const P = NOTICE_PATTERNS;

/**
 * How far before the notice's date a date written without a year may fall and still be in the notice's year (a
 * date just before it is one the notice recalls); further back, it is next year's (a December notice's 1月10日前).
 */
const ROLL_FORWARD_DAYS = 60;

/**
 * At most this many deadlines from one passage (a line, or a paragraph a PDF broke): more is an archive or hostile
 * text, not a sentence that asks for something, and what reads it (the page reader quotes each one's sentence)
 * must not pay for thousands.
 */
const PASSAGE_DEADLINES_MAX = 48;

/** A clause longer than this is not a sentence of a notice; looking further would make long lines quadratic. */
const CLAUSE_REACH = 300;

/**
 * The clause a match sits in: from the previous 。；， to the next 。； (or ， too: the match's own clause), looking
 * at most CLAUSE_REACH each way.
 */
function clauseAround(text: string, a: number, b: number, atComma = false): string {
  const isEnd = (c: number) => c === FULL_STOP || c === SEMICOLON || (atComma && c === COMMA);
  let start = a;
  const stop = Math.max(0, a - CLAUSE_REACH);
  while (start > stop && !(isEnd(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === COMMA)) start--;
  let end = b;
  const limit = Math.min(text.length, b + CLAUSE_REACH);
  while (end < limit && !isEnd(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

const FULL_STOP = '。'.charCodeAt(0);
const SEMICOLON = '；'.charCodeAt(0);
const COMMA = '，'.charCodeAt(0);

/**
 * The deadlines written in one passage; `year` is the year the context gives for dates written without one, and
 * `noticeDate` the notice's own date (即日起). The phrases are those of DEADLINE_PATTERNS, tried in its order.
 */
export function findDeadlines(
  text: string,
  line: number,
  year: number | null,
  noticeDate: string | null = null,
  /** The text folded (foldScript), when the caller has it already. */
  folded: string = foldScript(text),
): ParsedDeadline[] {
  // Matched on the folded text (申報 reads as 申报), the phrase cut from the text as written: folding keeps indices.
  const out: (ParsedDeadline & { at: number })[] = [];
  // Characters already taken by a match: checking a new match costs its own length, not the number of matches.
  const taken = new Uint8Array(text.length);
  const free = (a: number, b: number) => {
    for (let i = a; i < b; i++) if (taken[i]) return false;
    return true;
  };
  let contextYear = year;
  // The year the notice's own date gives: a date it would put well before the notice is in the next year. A year
  // written in the passage is taken as written.
  let rollable = year !== null && noticeDate !== null && Number(noticeDate.slice(0, 4)) === year;
  const ctx: DeadlineContext = {
    year: (written, month, day) => {
      if (written) {
        contextYear = Number(written);
        rollable = false;
        return { year: contextYear, inferred: false };
      }
      if (rollable && contextYear !== null && noticeDate && month && month >= 1 && month <= 12) {
        const d = Math.min(day ?? lastDayOfMonth(contextYear, month), lastDayOfMonth(contextYear, month));
        if (daysBetween(iso(contextYear, month, d), noticeDate) > ROLL_FORWARD_DAYS)
          return { year: contextYear + 1, inferred: true };
      }
      return { year: contextYear, inferred: true };
    },
    noticeDate,
  };
  for (const pattern of DEADLINE_PATTERNS) {
    for (const m of folded.matchAll(pattern.re)) {
      const a = m.index;
      const b = a + m[0].length;
      if (!free(a, b)) continue;
      taken.fill(1, a, b);
      // A date that scopes data or people (…前入职的, 填报…期间的数据), or a data period's reference day.
      if (P.scopeAfter.test(folded.slice(b, b + 4))) continue;
      // A date with 前 asks for something by then, whatever its label (采集时点：8月30日前填报).
      if (folded[b - 1] !== '前' && P.periodBefore.test(folded.slice(Math.max(0, a - 8), a))) continue;
      const own = clauseAround(folded, a, b, true);
      if (P.announce.test(own) && !P.task.test(own)) continue;
      if (pattern.needsTask) {
        // The task may stand later in the sentence (6月下旬，开展…填报); an event's own clause says it is one
        // (会议定于10月20日至21日在天津举办，请于…报名).
        if (!P.task.test(clauseAround(folded, a, b))) continue;
        if (P.event.test(own)) continue;
      }
      const phrase = text.slice(a, b).trim();
      for (const d of pattern.read(m, ctx)) out.push({ ...d, text: phrase, line, at: a });
      if (out.length >= PASSAGE_DEADLINES_MAX) break;
    }
  }
  // By position in the text, so a reader sees them in order (a window's start and end keep theirs).
  return out.sort((a, b) => a.at - b.at).map(({ at: _, ...d }) => d);
}

/** The day, or null when it is no calendar day (2月30日). */
function dayOf(y: number, mo: number, d: number): string | null {
  return mo >= 1 && mo <= 12 && d >= 1 && d <= lastDayOfMonth(y, mo) ? iso(y, mo, d) : null;
}

/** A date matched as year, month, day in digits. */
const dateOf = (m: RegExpExecArray | null) => (m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : null);

/** 二〇二五年三月一日 as a date: the year digit by digit, the month and day as counts. */
function dateOfCn(m: RegExpExecArray | null): string | null {
  if (!m) return null;
  const year = [...(m[1] ?? '')].map((c) => (c === '○' || c === '零' ? 0 : '〇一二三四五六七八九'.indexOf(c))).join('');
  const month = countOf(m[2] ?? '');
  const day = countOf(m[3] ?? '');
  return month && day ? dayOf(Number(year), month, day) : null;
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
  const label = P.item.exec(foldScript(line));
  const sentence = (line.slice(label ? label[0].length : 0).split(P.sentenceEnd)[0] ?? '')
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
  // Structure is found on folded text (關於…通知, 教職成廳函〔2025〕12號, 第八條) and cut from the text as written.
  const foldedAll = foldScript(all);
  // Each line folded once, for every test below: folding keeps indices, so a line's folded text is its own slice.
  const folds = new Map<NoticeLine, string>();
  let at = 0;
  for (const l of lines) {
    folds.set(l, foldedAll.slice(at, at + l.text.length));
    at += l.text.length + 1;
  }
  const fold = (l: NoticeLine) => folds.get(l) ?? foldScript(l.text);
  const doc = P.docNumber.exec(foldedAll) ?? P.docNumberParen.exec(foldedAll);
  const notice = doc
    ? all
        .slice(doc.index, doc.index + (doc[1] ?? '').length)
        .replace(P.spaces, '')
        .replace(P.openBracket, '〔')
        .replace(P.closeBracket, '〕')
        .replace(P.parenYear, '〔$1〕')
    : null;
  const titleLine = lines.find((l) => P.title.test(fold(l)));
  const signIdx = lines.map((l) => P.signDate.test(l.text) || P.signDateCn.test(l.text)).lastIndexOf(true);
  const signText = lines[signIdx]?.text ?? '';
  const date =
    signIdx < 0
      ? dateOf(P.publishDate.exec(foldedAll))
      : (dateOf(P.signDate.exec(signText)) ?? dateOfCn(P.signDateCn.exec(signText)));
  const issuerLine = signIdx > 0 ? lines[signIdx - 1]?.text : undefined;
  const issuer = issuerLine && P.issuer.test(foldScript(issuerLine)) && issuerLine.length <= 30 ? issuerLine : null;
  // Items: from each item heading to the next; text before the first is the preamble.
  const body = signIdx >= 0 ? lines.slice(0, signIdx) : lines;
  // An annex's name carries the year of its form or data (附件：2018年…统计表), not the notice's: never read a
  // year there.
  const ownText = (ls: NoticeLine[]) =>
    ls
      .filter((l) => !P.annexLine.test(l.text))
      .map((l) => l.text)
      .join('\n');
  const firstItem = body.findIndex((l) => P.item.test(fold(l)));
  const preamble = ownText(firstItem >= 0 ? body.slice(0, firstItem) : body.slice(0, 3));
  const preambleYear = P.yearNotOfData.exec(preamble) ?? P.yearWritten.exec(preamble);
  // The notice's year: its 文号's, its date's, else the one its title or preamble writes ("2025年…工作安排"), so a
  // later "5月10日前" still has a year.
  const noticeYear = doc
    ? Number(doc[2])
    : date
      ? Number(date.slice(0, 4))
      : preambleYear
        ? Number(preambleYear[1])
        : null;
  const items: ParsedItem[] = [];
  let current: { label: string; lines: NoticeLine[] } | null = null;
  const flush = () => {
    if (!current) return;
    const text = current.lines.map((l) => l.text).join('\n');
    const first = current.lines[0];
    const title = itemTitle(first?.text ?? '');
    const platforms = findPlatforms(text);
    // A year written with a date is the context of the dates read after it, line after line, as a reader takes
    // it; the dates before it keep the notice's year (请于5月31日前报送2024年1月1日至12月31日期间的数据). Without
    // a year of the notice, the first year the item writes with a month stands in; one written alone may be a
    // data year (填报2022年度数据) or a form's (附件：2018年…统计表).
    const yearInItem = P.yearOfDate.exec(ownText(current.lines));
    let year = noticeYear ?? (yearInItem ? Number(yearInItem[1]) : null);
    const deadlines: ParsedDeadline[] = [];
    for (const l of current.lines) {
      // The list of annexes names forms and their data (附件：2018年10月31日前设立的…统计表), never a deadline.
      if (P.annexName.test(l.text)) continue;
      const found = findDeadlines(l.text, l.line, year, date, fold(l));
      deadlines.push(...found);
      const written = found.filter((d) => !d.year_inferred && d.date && d.kind !== 'window_end').at(-1);
      if (written?.date) year = Number(written.date.slice(0, 4));
    }
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
    const m = P.item.exec(fold(l));
    if (m) {
      flush();
      current = { label: l.text.slice(0, (m[1] ?? '').length), lines: [l] };
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
