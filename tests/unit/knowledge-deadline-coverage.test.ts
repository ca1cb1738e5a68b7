import { describe, expect, it } from 'vitest';
import { lastDayOfMonth } from '@/utils/deadlines/calendar';
import { REQUIREMENTS } from '@/utils/knowledge/data';
import { seedLines, squash } from './seeds';

/**
 * Phrase by phrase: every date written in the seeds is either a deadline of the knowledge base with the right
 * date, a signature or publication date (a line holding only the date), or listed below with the reason it is
 * not a deadline. A new date phrase that is none of these fails the test.
 */
const NOT_DEADLINES: Record<string, string> = {
  '000:37:2022年1月1日': 'the period the 双高 data covers (2022年1月1日至2022年12月31日), not a deadline',
  '000:37:2022年12月31日': 'the period the 双高 data covers, not a deadline',
  '000:117:2023年3月下旬': 'the ministry holds an exchange event (举行…交流活动); nothing to file',
  '003:1194:2月14日': 'news report date (在世界数字教育大会…)',
  '003:1234:2月14日': 'news dateline (本报北京2月14日电)',
  '003:1356:5月29日': 'Q&A recalls a Politburo study session',
  '003:1960:1月11日': 'news: date of the 2024 全国教育工作会议',
  '003:1984:2024年1月16日': 'Q&A: the day the 双高 evaluation notice was issued',
  '003:2036:1月30日': 'news: date of an event',
  '003:2064:9月27日': 'news: date of a meeting',
  '003:2082:11月21日': 'news: date of a conference',
  '003:2100:11月21日': 'news dateline (本报天津…讯)',
  '003:2106:11月20日': 'news: date of a meeting',
  '003:2116:11月20日': 'news: dates of a conference (11 月 20 日—22 日)',
};

const pad = (n: number) => String(n).padStart(2, '0');
const DATE = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日|(底)|(上旬|中旬|下旬))/g;

interface Phrase {
  seed: string;
  line: number;
  text: string;
  year: number | null;
  month: number;
  day: number | null;
  monthEnd: boolean;
  approximate: boolean;
  lineText: string;
}

function phrases(): Phrase[] {
  const out: Phrase[] = [];
  for (const seed of [...seedLines.keys()].sort()) {
    (seedLines.get(seed) ?? []).forEach((lineText, i) => {
      for (const m of lineText.matchAll(DATE)) {
        out.push({
          seed,
          line: i + 1,
          text: squash(m[0]),
          year: m[1] ? Number(m[1]) : null,
          month: Number(m[2]),
          day: m[3] ? Number(m[3]) : null,
          monthEnd: m[4] === '底',
          approximate: Boolean(m[5]),
          lineText,
        });
      }
    });
  }
  return out;
}

const isSignatureLine = (line: string) =>
  /^[（(]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[）)]?$/.test(line.trim());

describe('every dated phrase of the seeds', () => {
  const all = phrases();
  const deadlines = REQUIREMENTS.flatMap((r) => r.deadlines.map((d) => ({ ...d, requirement: r.id })));

  it('finds the seeds’ date phrases', () => {
    expect(all.length).toBeGreaterThan(100);
  });

  for (const p of all) {
    const key = `${p.seed}:${p.line}:${p.text}`;
    it(key, () => {
      if (isSignatureLine(p.lineText)) return;
      const matches = deadlines.filter(
        (d) => d.source.seed === p.seed && Math.abs(d.source.line - p.line) <= 3 && squash(d.text).includes(p.text),
      );
      if (NOT_DEADLINES[key]) {
        expect(matches, `${key} is listed as not a deadline but is one`).toEqual([]);
        return;
      }
      expect(matches.length, `${key} is in no requirement: ${p.lineText.slice(0, 80)}`).toBeGreaterThan(0);
      for (const d of matches) {
        if (d.kind === 'undated') {
          expect(p.approximate || p.day === null || d.note, `${key} undated without a note`).toBeTruthy();
          continue;
        }
        if (p.approximate) continue; // an approximate phrase inside a longer deadline text
        const mmdd = `${pad(p.month)}-${pad(p.day ?? (p.monthEnd ? lastDayOfMonth(p.year ?? 2023, p.month) : 0))}`;
        if (d.kind === 'recurring_annual') {
          expect(d.monthDay, key).toBe(mmdd);
          continue;
        }
        // A window phrase holds two dates; the deadline carries one of them.
        const dates = matches.map((x) => x.date);
        const expected = p.year ? `${p.year}-${mmdd}` : null;
        if (expected) expect(dates, key).toContain(expected);
        else
          expect(
            dates.some((x) => x?.endsWith(mmdd)),
            `${key} → ${dates}`,
          ).toBe(true);
        // A year written earlier in the same phrase (2023年9月6日—10月7日) is read, not inferred.
        const t = squash(d.text);
        const yearInPhrase = /\d{4}年/.test(t.slice(0, Math.max(0, t.indexOf(p.text))));
        if (p.year === null && !yearInPhrase && d.date?.endsWith(mmdd)) {
          expect(d.yearInferred, `${key} year inferred`).toBe(true);
        }
        if (p.monthEnd && d.date?.endsWith(mmdd)) expect(d.monthEnd, `${key} month end`).toBe(true);
      }
    });
  }
});
