import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { DEADLINE_REGEXES } from '@/utils/notices/deadline-patterns';
import { NORMALISE_PATTERNS } from '@/utils/notices/normalise';
import { NOTICE_PATTERNS, parseNotice } from '@/utils/notices/parse';
import { PLATFORM_NAME_PATTERNS } from '@/utils/notices/platform-names';
import { NUMBERING_PATTERNS } from '@/utils/notices/readers/docx-numbering';
import { PDF_PATTERNS } from '@/utils/notices/readers/pdf';
import { ENTITY_RE } from '@/utils/notices/readers/xml-scan';
import { REQUIREMENT_PATTERNS } from '@/utils/notices/to-requirements';

/**
 * Every pattern the notice import runs on text from outside (the parser, the normaliser, the readers) meets ~1 MB
 * of the inputs that make backtracking patterns slow: long runs of the characters each one loops on, with and
 * without the character it waits for at the end. Each runs over every position (as matchAll, replace and split
 * do) in a worker that is stopped when it passes the limit: a quadratic pattern takes minutes on these inputs,
 * a linear one milliseconds, so the limit is far from both.
 */
const MODULES: Record<string, Record<string, RegExp>> = {
  'utils/notices/parse.ts': NOTICE_PATTERNS,
  'utils/notices/deadline-patterns.ts': DEADLINE_REGEXES,
  'utils/notices/platform-names.ts': PLATFORM_NAME_PATTERNS,
  'utils/notices/normalise.ts': NORMALISE_PATTERNS,
  'utils/notices/to-requirements.ts': REQUIREMENT_PATTERNS,
  'utils/notices/readers/pdf.ts': PDF_PATTERNS,
  'utils/notices/readers/xml-scan.ts': { entity: ENTITY_RE },
  'utils/notices/readers/docx-numbering.ts': NUMBERING_PATTERNS,
  'utils/notices/readers/docx.ts': {},
  'utils/notices/imported.ts': {},
};
const LIMIT_MS = 2000;
const SIZE = 1_000_000;

/** [name, prefix, repeated unit, suffix]: the unit repeats to about SIZE characters. */
const INPUTS: [string, string, string, string][] = [
  ['a', '', 'a', ''],
  ['a then @', '', 'a', '@'],
  ['a then @a', '', 'a', '@a'],
  ['a@ then a', 'a@', 'a', ''],
  ['a@a.', '', 'a@a.', ''],
  ['a.', 'x@', 'a.', '@'],
  ['@a', '', '@a', ''],
  ['a-', 'x@', 'a-', ''],
  ['-', '', '-', ''],
  ['digits', '', '1', ''],
  ['digits then 个', '', '1', '个'],
  ['0 digits', '', '0', '-'],
  ['spaces between', '1', ' ', 'x'],
  ['spaces after CJK', '中', ' ', 'a'],
  ['spaces after 010', '010', ' ', ''],
  ['ideographic spaces', '1', '\u3000', 'x'],
  ['newlines', '', 'a\n', ''],
  ['CJK', '', '中', ''],
  ['CJK then 平', '', '中', '平'],
  ['平台', '', '平台', ''],
  ['closers', 'http://a', ')', 'x'],
  ['closers CJK', 'http://a', '）', '。x'],
  ['url run', 'http://', 'a', ' '],
  ['www run', 'www.', 'a', ''],
  ['www.', '', 'www.', ''],
  ['entities', '&#x', '0', ''],
  ['ampersands', '', '&a', ''],
  ['tags', '', '<w:p>', ''],
  ['dates', '', '1月1日至', ''],
  ['dates due', '', '于1月1日前', ''],
  ['dates listed', '每年1月1日', '、1月1日', ''],
  ['times', '1月1日', '17时', ''],
  ['weekdays', '1月1日', '（星期五）', ''],
  ['months to', '', '1月至', '每月底'],
  ['numeric dates', '', '2025-1-1', '前'],
  ['asked', '请', '于1月1日', ''],
  ['day ranges', '', '1月1—', '日'],
  ['schedule gaps', '1月1日', '  x', ''],
  ['tabs', '', ' \t', ''],
  ['cells', '', '1月1日 |', ''],
  ['years', '', '2024年', ''],
  ['contacts', '联系人：', '1', ''],
  ['contacts sep', '联系人：张三，', '13800000000、', 'x'],
  ['annex', '附件', ' ', ''],
  ['annex digits', '附件', '1', ''],
  ['items', '', '1.', ''],
  ['doc number', '', '函〔2024〕', ''],
  ['doc number spaces', '函〔', ' ', ''],
  ['labels', '', '（一）', ''],
  ['sentences', '', '。；', ''],
  ['title', '关于', 'a', '通'],
];

interface Result {
  pattern: string;
  input: string;
  ms: number;
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { patterns, inputs, size, from } = workerData;
const texts = inputs.map(([, prefix, unit, suffix]) => prefix + unit.repeat(Math.ceil(size / unit.length)) + suffix);
const total = patterns.length * inputs.length;
for (let k = from; k < total; k++) {
  const p = patterns[Math.floor(k / inputs.length)];
  const text = texts[k % inputs.length];
  const re = new RegExp(p.source, p.flags.includes('g') ? p.flags : p.flags + 'g');
  const t = performance.now();
  let n = 0;
  for (const _ of text.matchAll(re)) n++;
  parentPort.postMessage({ k, ms: performance.now() - t });
}
parentPort.postMessage({ k: -1 });
`;

/** Runs every pattern on every input; a pair that passes the limit is stopped and reported at the limit. */
function fuzz(patterns: { name: string; source: string; flags: string }[]): Promise<Result[]> {
  const total = patterns.length * INPUTS.length;
  const results: Result[] = [];
  const name = (k: number) => ({
    pattern: patterns[Math.floor(k / INPUTS.length)]?.name ?? '?',
    input: INPUTS[k % INPUTS.length]?.[0] ?? '?',
  });
  return new Promise((resolve, reject) => {
    const start = (from: number) => {
      if (from >= total) return resolve(results);
      const worker = new Worker(WORKER, {
        eval: true,
        workerData: { patterns, inputs: INPUTS, size: SIZE, from },
      });
      let next = from;
      let timer = setTimeout(() => stop(), LIMIT_MS * 2);
      const stop = () => {
        results.push({ ...name(next), ms: Number.POSITIVE_INFINITY });
        void worker.terminate();
        start(next + 1);
      };
      worker.on('message', (m: { k: number; ms?: number }) => {
        clearTimeout(timer);
        if (m.k < 0) {
          void worker.terminate();
          return resolve(results);
        }
        results.push({ ...name(m.k), ms: m.ms ?? 0 });
        next = m.k + 1;
        timer = setTimeout(() => stop(), LIMIT_MS);
      });
      worker.on('error', reject);
    };
    start(0);
  });
}

const all = Object.entries(MODULES).flatMap(([file, patterns]) =>
  Object.entries(patterns).map(([name, re]) => ({ name: `${file}:${name}`, source: re.source, flags: re.flags })),
);

describe('hostile input for every pattern of the notice import', () => {
  it('lists every regular expression of the modules (a new one must be added to its module’s patterns)', () => {
    // Regex literals in the source, told apart from division by what precedes them.
    const literal =
      /(?<=(?:[(,=:[!&|?{};]|\breturn)\s*)\/(?![/*])(?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+\/[dgimsuvy]*/g;
    const missing: string[] = [];
    for (const [file, patterns] of Object.entries(MODULES)) {
      const known = new Set(Object.values(patterns).map(String));
      const source = fs.readFileSync(path.resolve(import.meta.dirname, '../..', file), 'utf8');
      for (const m of source.matchAll(literal)) if (!known.has(m[0])) missing.push(`${file}: ${m[0]}`);
    }
    expect(missing).toEqual([]);
    expect(all.length).toBeGreaterThan(40);
  });

  it(`each finishes within ${LIMIT_MS} ms on every ~1 MB adversarial input`, { timeout: 300_000 }, async () => {
    const results = await fuzz(all);
    expect(results).toHaveLength(all.length * INPUTS.length);
    const slow = results.filter((r) => r.ms > LIMIT_MS).map((r) => `${r.pattern} on ${r.input}`);
    expect(slow).toEqual([]);
    const worst = results.reduce((a, b) => (b.ms > a.ms ? b : a));
    console.info(`${results.length} runs; slowest ${worst.pattern} on ${worst.input}: ${worst.ms.toFixed(0)} ms`);
  });

  it('parses 1 MB of hostile notice text in time', () => {
    const line = (i: number) =>
      [
        `${i % 99}.请于2027年${(i % 12) + 1}月${(i % 28) + 1}日前报送，2027年1月1日至2月1日、每年3月1日前完成`,
        `联系人：张三，010-66097999、66097145，邮箱 a${i}@moe.edu.cn，网址 http://x.cn/${i})）`,
        `附件${i % 9}：表${i}；${'a'.repeat(50)}@ ${'1'.repeat(20)}个 活动结束后${i}个工作日内`,
      ].join('');
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; size < SIZE / 2; i++) {
      const l = line(i);
      lines.push(l);
      size += l.length;
    }
    const hostile = [
      '教职成司函〔2026〕9号',
      lines.join('\n'),
      // One endless line: dates, addresses and runs the patterns loop on.
      lines.join(''),
      `${'a'.repeat(20_000)}@${'a.'.repeat(10_000)} ${'-'.repeat(20_000)} 1${' '.repeat(20_000)}x`,
      // Many short lines with no sentence end: the normaliser joins them into one paragraph.
      Array.from({ length: 20_000 }, () => '这是一行没有句号的长文本内容这是一行没有句号的长文本内容').join('\n'),
    ].join('\n');
    expect(hostile.length).toBeGreaterThan(SIZE);
    const t = performance.now();
    const parsed = parseNotice(hostile);
    const ms = performance.now() - t;
    console.info(`parseNotice of ${hostile.length} characters: ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(5000);
    expect(parsed.notice).toBe('教职成司函〔2026〕9号');
    expect(parsed.deadlines.length).toBeGreaterThan(1000);
    expect(parsed.emails).toContain('a1@moe.edu.cn');
  });
});
