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
const SPACE_BETWEEN = new RegExp(
  `(?<=[${CJK}\\d，。、；：（）《》“”])[ \\t\\u00a0\\u3000]+(?=[${CJK}\\d，。、；：（）《》“”])`,
  'g',
);
const PAGE_NUMBER = /^\s*[—–\-－]?\s*\d{1,3}\s*[—–\-－]?\s*$/;
const SENTENCE_END = /[。！？；：:;!?）)》”」】]$|^附件|^\s*$/;

export function normaliseInline(s: string): string {
  return s
    .replace(/[\u2014\u2013\uff0d]/g, '—')
    .replace(/\uff08/g, '（')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/,(?=\D)|,(?=$)/g, '，')
    .replace(/:(?!\/\/)/g, '：')
    .replace(/;/g, '；')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(SPACE_BETWEEN, '');
}

/** Splits, cleans and re-joins lines that a PDF broke in the middle of a sentence. */
export function noticeLines(text: string): NoticeLine[] {
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  const out: NoticeLine[] = [];
  let pending: NoticeLine | null = null;
  raw.forEach((line, i) => {
    const t = normaliseInline(line.trim());
    // Blank lines don't end a paragraph in PDF copies (a word can break across one); sentences and items do.
    if (!t || PAGE_NUMBER.test(t)) return;
    const startsItem =
      /^(第[一二三四五六七八九十百]+条|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、]|附件)/.test(t);
    // Short unpunctuated lines are headings (文号, title, issuer); long ones are text the PDF broke.
    const continues = pending && pending.text.length >= 30 && !SENTENCE_END.test(pending.text) && !startsItem;
    if (pending && continues) {
      // A URL broken across lines joins without a space; so does Chinese text.
      pending = { text: pending.text + t, line: pending.line };
    } else {
      if (pending) out.push(pending);
      pending = { text: t, line: i + 1 };
    }
  });
  if (pending) out.push(pending);
  return out;
}
