import { attribute, scanXml } from './xml-scan';

/**
 * The labels Word draws in front of auto-numbered paragraphs (一、 （一） 1. ①), rebuilt from word/numbering.xml.
 * The notice parser finds items by these labels, and in a .docx they are not in the text.
 *
 * Supported: abstract numbering definitions with their levels (start, numFmt, lvlText, suff, isLgl), numbering
 * instances (w:num) with lvlOverride/startOverride and overriding w:lvl, counters shared by the instances of one
 * abstract definition, deeper levels restarting when a higher one advances. Formats: decimal (and zero-padded,
 * full-width, enclosed in circles/parentheses/full stops), Chinese counting (一 … 十一 … 九千九百九十九; every
 * Chinese counting format is written the spoken way), 壹贰叁 (chineseLegalSimplified), 甲乙丙, 子丑寅,
 * upper/lower letters and Roman numerals, bullet and none.
 * Not supported: numbering that comes from a paragraph style (w:pStyle → styles.xml) or a numbering style link,
 * w:lvlRestart other than the default, legal-style overrides. An unknown definition still gets a stable label
 * (`1.`, `2.` … per list and level), so item boundaries are kept.
 */
interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
  legal: boolean;
}

interface Instance {
  abstract: string;
  starts: Map<number, number>;
  levels: Map<number, Level>;
}

const MAX_LEVEL = 9;
/** Word's own limit for a level's text is short; a hostile definition must not repeat megabytes per paragraph. */
const MAX_LEVEL_TEXT = 64;
export const NUMBERING_PATTERNS = {
  digit: /\d/g,
  chineseLabelEnd: /[、）)．。]$/,
};
const DIGITS = '零一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

function chinese(n: number, digits: string, units: readonly string[]): string {
  if (n <= 0 || n > 9999) return String(n);
  const parts = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let zero = false;
  parts.forEach((d, i) => {
    const unit = units[3 - i] ?? '';
    if (d === 0) {
      if (out) zero = true;
      return;
    }
    if (zero) out += digits[0];
    zero = false;
    out += (digits[d] ?? '') + unit;
  });
  // 十一, not 一十一, when the number starts at the tens.
  return n >= 10 && n < 20 ? out.slice(1) : out;
}

const letters = (n: number, base: number) => {
  const c = String.fromCharCode(base + ((n - 1) % 26));
  return c.repeat(Math.floor((n - 1) / 26) + 1);
};

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'none':
      return '';
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return chinese(n, DIGITS, ['', '十', '百', '千']);
    case 'chineseLegalSimplified':
      return chinese(n, LEGAL_DIGITS, ['', '拾', '佰', '仟']);
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? (STEMS[n - 1] ?? String(n)) : String(n);
    case 'ideographZodiac':
      return n >= 1 && n <= 12 ? (BRANCHES[n - 1] ?? String(n)) : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(NUMBERING_PATTERNS.digit, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'upperLetter':
      return letters(n, 65);
    case 'lowerLetter':
      return letters(n, 97);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    default:
      return String(n);
  }
}

const int = (v: string | null, fallback: number) => {
  const n = v === null ? Number.NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : fallback;
};

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<string, Instance>();
  private readonly counters = new Map<string, (number | null)[]>();
  private readonly used = new Set<string>();
  private readonly fallback = new Map<string, number>();

  constructor(xml: string | null) {
    if (xml) this.read(xml);
  }

  private read(xml: string): void {
    let abstract: Map<number, Level> | null = null;
    let instance: Instance | null = null;
    let overrideLevel: number | null = null;
    let level: { ilvl: number; def: Level } | null = null;
    scanXml(xml, {
      tag: (tag) => {
        const val = () => attribute(xml, tag, 'w:val');
        if (tag.end) {
          if (tag.name === 'w:abstractNum') abstract = null;
          else if (tag.name === 'w:num') instance = null;
          else if (tag.name === 'w:lvlOverride') overrideLevel = null;
          else if (tag.name === 'w:lvl' && level) {
            const owner = instance ? instance.levels : abstract;
            owner?.set(level.ilvl, level.def);
            level = null;
          }
          return;
        }
        switch (tag.name) {
          case 'w:abstractNum': {
            const id = attribute(xml, tag, 'w:abstractNumId');
            abstract = new Map();
            if (id !== null && !tag.empty) this.abstracts.set(id, abstract);
            break;
          }
          case 'w:num': {
            const id = attribute(xml, tag, 'w:numId');
            instance = { abstract: '', starts: new Map(), levels: new Map() };
            if (id !== null && !tag.empty) this.instances.set(id, instance);
            break;
          }
          case 'w:abstractNumId':
            if (instance) instance.abstract = val() ?? '';
            break;
          case 'w:lvlOverride':
            overrideLevel = int(attribute(xml, tag, 'w:ilvl'), 0);
            break;
          case 'w:startOverride':
            if (instance && overrideLevel !== null) instance.starts.set(overrideLevel, int(val(), 1));
            break;
          case 'w:lvl': {
            const ilvl = int(attribute(xml, tag, 'w:ilvl'), 0);
            if (ilvl < 0 || ilvl >= MAX_LEVEL || tag.empty) break;
            level = { ilvl, def: { start: 1, format: 'decimal', text: `%${ilvl + 1}.`, suffix: 'tab', legal: false } };
            break;
          }
          case 'w:start':
            if (level) level.def.start = int(val(), 1);
            break;
          case 'w:numFmt':
            if (level) level.def.format = val() ?? 'decimal';
            break;
          case 'w:lvlText':
            if (level) level.def.text = (val() ?? '').slice(0, MAX_LEVEL_TEXT);
            break;
          case 'w:suff':
            if (level) level.def.suffix = val() ?? 'tab';
            break;
          case 'w:isLgl':
            if (level) level.def.legal = val() !== '0' && val() !== 'false';
            break;
        }
      },
    });
  }

  private levelOf(instance: Instance, ilvl: number): Level | undefined {
    return instance.levels.get(ilvl) ?? this.abstracts.get(instance.abstract)?.get(ilvl);
  }

  /** The label of the next paragraph of list `numId` at level `ilvl`, advancing the list's counters. */
  next(numId: string, ilvl: number): string {
    const instance = this.instances.get(numId);
    const lvl = Math.min(Math.max(ilvl, 0), MAX_LEVEL - 1);
    const def = instance && this.levelOf(instance, lvl);
    if (!instance || !def) {
      const key = `${numId}:${lvl}`;
      const n = (this.fallback.get(key) ?? 0) + 1;
      this.fallback.set(key, n);
      return `${n}.`;
    }
    const counters = this.counters.get(instance.abstract) ?? new Array<number | null>(MAX_LEVEL).fill(null);
    this.counters.set(instance.abstract, counters);
    // An instance that overrides a start restarts its list the first time it is used.
    if (!this.used.has(numId)) {
      this.used.add(numId);
      for (const k of instance.starts.keys()) counters[k] = null;
    }
    const startOf = (k: number) => instance.starts.get(k) ?? this.levelOf(instance, k)?.start ?? 1;
    const current = counters[lvl];
    counters[lvl] = current === null || current === undefined ? startOf(lvl) : current + 1;
    for (let k = lvl + 1; k < MAX_LEVEL; k++) counters[k] = null;
    if (def.format === 'bullet') return def.text;
    let label = '';
    // %1 … %9 in lvlText stand for the counters of levels 1 … 9, each in its own level's format.
    for (let i = 0; i < def.text.length; i++) {
      const c = def.text[i];
      const k = def.text.charCodeAt(i + 1) - 0x31;
      if (c === '%' && k >= 0 && k < MAX_LEVEL) {
        const value = counters[k] ?? startOf(k);
        const format = def.legal ? 'decimal' : (this.levelOf(instance, k)?.format ?? 'decimal');
        label += formatNumber(value, format);
        i++;
      } else label += c;
    }
    return label;
  }

  /** What Word puts between the label and the text (w:suff): a tab or a space becomes one space. */
  separator(numId: string, ilvl: number, label: string): string {
    const instance = this.instances.get(numId);
    const suffix = (instance && this.levelOf(instance, ilvl)?.suffix) ?? 'tab';
    if (suffix === 'nothing' || !label) return '';
    // Chinese labels end in their own punctuation (一、 （一）): a space there would be unusual in the text.
    return NUMBERING_PATTERNS.chineseLabelEnd.test(label) ? '' : ' ';
  }
}
