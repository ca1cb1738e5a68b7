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
} as const;
const P = NORMALISE_PATTERNS;

export function normaliseInline(s: string): string {
  return s
    .replace(P.cellTab, ' | ')
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
  raw.forEach((line, i) => {
    const t = normaliseInline(line.trim());
    // Blank lines don't end a paragraph in PDF copies (a word can break across one); sentences and items do.
    if (!t || P.pageNumber.test(t)) return;
    // A table row (cells split by |) is a line of its own, and so is the line after it.
    const row = t.includes('|');
    const startsItem = P.itemStart.test(t) || row || pending?.row === true;
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
