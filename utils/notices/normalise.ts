/**
 * Notice text as copied from a PDF or a web page, made regular enough to read: ASCII and full-width punctuation
 * unified, stray spaces between characters removed (`2023 年 3 月 31 日`), page numbers (`— 3 —`, `- 3 -`) dropped,
 * and words broken across lines joined. Line numbers of the original are kept for every output line.
 */
export interface NoticeLine {
  text: string;
  /** 1-based line of the original text where this line starts. */
  line: number;
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';

/**
 * Every pattern used here, for the same hostile-input test as the parser's (see NOTICE_PATTERNS): no run may be
 * followed by a run of the same characters or by a part that fails after it, unless both are bounded.
 */
export const NORMALISE_PATTERNS = {
  // A run of spaces is only tried where it starts (after a CJK character), so a long run costs its length once.
  spaceBetween: new RegExp(
    `(?<=[${CJK}\\d，。、；：（）《》“”])[ \\t\\u00a0\\u3000]+(?=[${CJK}\\d，。、；：（）《》“”])`,
    'g',
  ),
  pageNumber: /^\s{0,8}[—–\-－]?\s{0,8}\d{1,3}\s{0,8}[—–\-－]?\s{0,8}$/,
  // Only ever tested on one character: tested on a growing paragraph it would scan the paragraph each line.
  sentenceEndChar: /[。！？；：:;!?）)》”」】]/,
  // Anchored: one attempt per line.
  itemStart: /^(第[一二三四五六七八九十百]+条|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、]|附件)/,
  dash: /[\u2014\u2013\uff0d]/g,
  fullOpenParen: /\uff08/g,
  openParen: /\(/g,
  closeParen: /\)/g,
  comma: /,(?=\D)|,(?=$)/g,
  colon: /:(?!\/\/)/g,
  semicolon: /;/g,
  fullDigit: /[０-９]/g,
  lineBreak: /\r\n?/g,
  // A table copied from a web page or a document comes as cells split by tabs; they become " | " so the spaces
  // between characters are not removed across a cell's edge (5月10日\t完成推荐 is two cells, not one phrase).
  cellTab: /[ \u00a0\u3000]{0,8}\t[ \t\u00a0\u3000]{0,64}/g,
  // A full-width bar between cells (时间｜任务) is a cell edge like a tab.
  cellBar: /[ \u00a0\u3000]{0,8}｜[ \u00a0\u3000]{0,64}/g,
  /** The heading of a schedule (三、时间安排): the lines under it may be rows whose cells only spaces split. */
  scheduleHeading:
    /^(?:[一二三四五六七八九十]{1,4}、|（[一二三四五六七八九十]{1,4}）|\d{1,2}[.．、])?(?:(?:工作|实施)?(?:时间|进度|日程)(?:安排|节点|要求|表)|工作安排)(?:如下)?[：:]?$/,
  /** A run of spaces that may be a cell's edge in a schedule row; bounded, tried where it starts. */
  scheduleGap: /(?<![ \u00a0\u3000])[ \u00a0\u3000]{1,64}/g,
  /** The date cell of a schedule row, spaces removed: 5月10日, 4月30日前, 2025年4月1日—4月20日, 6月中旬. */
  scheduleDateCell: /^(?:\d{4}年)?\d{1,2}月[\d年月日至到—\-~～上中下旬底末前止（）星期周一二三四五六天时点：]{0,40}$/,
  spaceRun: /[ \u00a0\u3000]{1,64}/g,
} as const;
const P = NORMALISE_PATTERNS;

/**
 * Traditional characters of the words the parser reads (申報, 登錄, 於…前, 時間, 週五, 個工作日, 關於…通知, 號) and
 * their simplified forms, one UTF-16 unit each: folding keeps every index, so a phrase found in the folded text is
 * cut from the original as it was written.
 */
export const SCRIPT_FOLD = {
  traditional:
    '報錄時間於從為點週開傳註冊薦審備發號個內後與請將務關據統計會舉議辦項節單實總結條廳職評動數達區級門繳遞來臺執際證類賽獎員網線啟簽屆學資說產機構費體滿檔稱歷',
  simplified:
    '报录时间于从为点周开传注册荐审备发号个内后与请将务关据统计会举议办项节单实总结条厅职评动数达区级门缴递来台执际证类赛奖员网线启签届学资说产机构费体满档称历',
} as const;

const FOLD = new Map([...SCRIPT_FOLD.traditional].map((c, i) => [c, SCRIPT_FOLD.simplified[i] ?? c]));
const TRADITIONAL = new RegExp(`[${SCRIPT_FOLD.traditional}]`, 'g');

/** The text with the traditional characters of SCRIPT_FOLD in their simplified form, index for index. */
export function foldScript(s: string): string {
  return s.replace(TRADITIONAL, (c) => FOLD.get(c) ?? c);
}

/**
 * A row of a schedule whose cells only spaces split (5月10日  各省完成推荐, 4月30日前 省级审核): its first cell
 * edge becomes a tab, so the normaliser makes it a cell edge and keeps the date apart from the task. The date
 * cell is the text before the first run of two or more spaces (or an ideographic one), or before a single space
 * when the cell has no space inside (a PDF copy spaces its dates: 4 月 30 日 前).
 */
export function scheduleRow(raw: string): string | null {
  let runs = 0;
  for (const gap of raw.matchAll(P.scheduleGap)) {
    if (++runs > 12 || gap.index > 60) break;
    const head = raw.slice(0, gap.index);
    if (!head) continue;
    const wide = gap[0].length >= 2 || gap[0].includes('\u3000');
    const compact = head.replace(P.spaceRun, '');
    if (!P.scheduleDateCell.test(normaliseInline(compact))) continue;
    if (!wide && compact !== head) continue;
    const rest = raw.slice(gap.index + gap[0].length);
    return rest ? `${head}\t${rest}` : null;
  }
  return null;
}

export function normaliseInline(s: string): string {
  return s
    .replace(P.cellTab, ' | ')
    .replace(P.cellBar, ' | ')
    .replace(P.dash, '—')
    .replace(P.fullOpenParen, '（')
    .replace(P.openParen, '（')
    .replace(P.closeParen, '）')
    .replace(P.comma, '，')
    .replace(P.colon, '：')
    .replace(P.semicolon, '；')
    .replace(P.fullDigit, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(P.spaceBetween, '');
}

/** The longest heading of a schedule: （十二）工作进度安排如下： */
const SCHEDULE_HEADING_CHARS = 16;

/** Splits, cleans and re-joins lines that a PDF broke in the middle of a sentence. */
export function noticeLines(text: string): NoticeLine[] {
  const raw = text.replace(P.lineBreak, '\n').split('\n');
  const out: NoticeLine[] = [];
  // A paragraph being joined is kept in pieces: reading the end of a string built by `+` flattens it, and doing
  // that once per line made a long paragraph of short lines quadratic.
  let pending: { parts: string[]; length: number; line: number; row: boolean } | null = null;
  const flush = () => {
    if (pending) out.push({ text: pending.parts.join(''), line: pending.line });
  };
  // Under a schedule's heading (时间安排), until the next item that is not one of its rows.
  let inSchedule = false;
  raw.forEach((line, i) => {
    const trimmed = line.trim();
    // A row whose cells a tab or a bar already splits needs no more.
    const split = trimmed.includes('\t') || trimmed.includes('|') || trimmed.includes('｜');
    const cells = inSchedule && !split ? scheduleRow(trimmed) : null;
    const t = normaliseInline(cells ?? trimmed);
    // Blank lines don't end a paragraph in PDF copies (a word can break across one); sentences and items do.
    if (!t || P.pageNumber.test(t)) return;
    // A table row (cells split by |) is a line of its own, and so is the line after it.
    const row = t.includes('|');
    // A heading is a short line of its own: longer ones are not folded and tested at all.
    const heading = t.length <= SCHEDULE_HEADING_CHARS && P.scheduleHeading.test(foldScript(t));
    if (heading) inSchedule = true;
    else if (P.itemStart.test(t) && !row) inSchedule = false;
    const startsItem = P.itemStart.test(t) || row || heading || pending?.row === true;
    // Short unpunctuated lines are headings (文号, title, issuer); long ones are text the PDF broke.
    const ended =
      pending &&
      ((pending.parts[0] ?? '').startsWith('附件') || P.sentenceEndChar.test(pending.parts.at(-1)?.at(-1) ?? ''));
    if (pending && pending.length >= 30 && !ended && !startsItem) {
      // A URL broken across lines joins without a space; so does Chinese text.
      pending.parts.push(t);
      pending.length += t.length;
    } else {
      flush();
      pending = { parts: [t], length: t.length, line: i + 1, row };
    }
  });
  flush();
  return out;
}
