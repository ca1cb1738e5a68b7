import { describe, expect, it } from 'vitest';
import { DEADLINE_PATTERNS } from '@/utils/notices/deadline-patterns';
import { foldScript, normaliseInline } from '@/utils/notices/normalise';
import { type ParsedDeadline, parseNotice } from '@/utils/notices/parse';

const show = (d: ParsedDeadline) => (d.kind === 'undated' ? 'undated' : `${d.kind}:${d.date ?? d.month_day}`);

/** An example phrase as a line of a notice dated 2025-03-01 (the context DEADLINE_PATTERNS' examples assume). */
const inNotice = (phrase: string) =>
  `关于做好2025年职业院校有关工作的通知\n一、有关安排\n${phrase}\n教育部办公厅\n2025年3月1日`;

describe('the table of deadline patterns', () => {
  it('has unique ids, global patterns and at least one example each', () => {
    expect(new Set(DEADLINE_PATTERNS.map((p) => p.id)).size).toBe(DEADLINE_PATTERNS.length);
    for (const p of DEADLINE_PATTERNS) {
      expect(p.re.flags, p.id).toContain('g');
      expect(p.examples.length, p.id).toBeGreaterThan(0);
    }
  });

  describe.each(DEADLINE_PATTERNS.map((p) => [p.id, p] as const))('%s', (_id, pattern) => {
    it.each(pattern.examples.map((e) => [e.phrase, e.expect] as const))('%s → %j', (phrase, expected) => {
      // The pattern itself recognises its phrase as the parser reads it (normalised, traditional characters
      // folded), and the whole parser gives exactly the expected deadlines: none for a negative example.
      const read = foldScript(normaliseInline(phrase));
      expect(new RegExp(pattern.re.source, pattern.re.flags.replace('g', '')).test(read)).toBe(true);
      const found = parseNotice(inNotice(phrase)).deadlines;
      expect(found.map(show)).toEqual(expected);
      for (const d of found) expect([...pattern.kinds, 'undated', 'window_start', 'window_end']).toContain(d.kind);
    });
  });
});

describe('phrases the parser used to lose (issue #12)', () => {
  const kinds = (text: string) => parseNotice(text).deadlines.map(show);

  it('takes the year of a date written without one from the title or preamble', () => {
    const text = '2025年职业院校教学工作安排\n各省级教育行政部门：\n一、5月10日前，各省级教育行政部门要完成推荐。';
    expect(kinds(text)).toEqual(['due:2025-05-10']);
    const d = parseNotice(text).deadlines[0];
    expect(d?.year_inferred).toBe(true);
    expect(d?.text).toBe('5月10日前');
  });

  it('keeps a date as undated when nothing gives its year, instead of dropping it', () => {
    expect(kinds('一、5月10日前，各省级教育行政部门要完成推荐。')).toEqual(['undated']);
    expect(kinds('一、请于11月底前报送。')).toEqual(['undated']);
  });

  it('reads a time or a weekday between 日 and 前', () => {
    const text = inNotice(
      '请于6月18日17时前提交，5月31日24:00前上传，2025年3月7日（星期五）前报送，4月1日（周二）17:00前确认。',
    );
    expect(kinds(text)).toEqual(['due:2025-06-18', 'due:2025-05-31', 'due:2025-03-07', 'due:2025-04-01']);
  });

  it('reads monthly month-ends as one deadline a month', () => {
    expect(kinds(inNotice('于3月至6月的每月月底前报送进展情况。'))).toEqual([
      'due:2025-03-31',
      'due:2025-04-30',
      'due:2025-05-31',
      'due:2025-06-30',
    ]);
  });

  it('shares the qualifier of an enumeration with each of its dates', () => {
    expect(kinds(inNotice('每年3月31日、9月30日前报送。'))).toEqual([
      'recurring_annual:03-31',
      'recurring_annual:09-30',
    ]);
    expect(kinds(inNotice('请于4月10日、20日前分两批报送。'))).toEqual(['due:2025-04-10', 'due:2025-04-20']);
  });

  it('never takes the year of an annex’s name over the notice’s own', () => {
    const text = [
      '教职成厅函〔2025〕12号',
      '关于开展职业院校统计工作的通知',
      '一、请于5月31日前报送统计表。',
      '附件：2018年职业院校基本情况统计表',
      '教育部办公厅',
      '2025年4月2日',
    ].join('\n');
    expect(kinds(text)).toEqual(['due:2025-05-31']);
    // Without 文号 or date, the annex's year still does not become the year of the dates.
    expect(kinds('关于做好2025年统计工作的通知\n一、请于5月31日前报送。\n附件：2018年职业院校基本情况统计表')).toEqual([
      'due:2025-05-31',
    ]);
  });

  it('counts traditional-script task words like their simplified forms', () => {
    expect(kinds(inNotice('申報時間：9月1日至9月30日，請於10月15日前登錄平台報送材料。'))).toEqual([
      'window_start:2025-09-01',
      'window_end:2025-09-30',
      'due:2025-10-15',
    ]);
    expect(kinds(inNotice('9月1日至9月30日，各校登錄平台申報。'))).toEqual([
      'window_start:2025-09-01',
      'window_end:2025-09-30',
    ]);
    expect(kinds(inNotice('9月1日至9月30日，大會在北京舉行。'))).toEqual([]);
  });

  it('starts 即日起 on the notice’s own date', () => {
    expect(kinds(inNotice('自即日起开始申报，5月31日截止。'))).toEqual(['opens:2025-03-01', 'due:2025-05-31']);
    expect(kinds(inNotice('即日起至4月30日，各校登录平台填报。'))).toEqual([
      'window_start:2025-03-01',
      'window_end:2025-04-30',
    ]);
  });

  it('reads ranges across months, and across the year end', () => {
    expect(kinds(inNotice('报送时间为9月28日至10月8日。'))).toEqual([
      'window_start:2025-09-28',
      'window_end:2025-10-08',
    ]);
    expect(kinds(inNotice('申报时间：12月20日—次年1月10日。'))).toEqual([
      'window_start:2025-12-20',
      'window_end:2026-01-10',
    ]);
    expect(kinds(inNotice('申报时间：12月20日—1月10日。'))).toEqual([
      'window_start:2025-12-20',
      'window_end:2026-01-10',
    ]);
  });

  it('reads a 时间安排 table, written with | or with tabs', () => {
    const rows = [
      ['时间', '任务'],
      ['2025年4月1日—4月20日', '各校登录平台填报数据并上传佐证材料，逐项核对后提交'],
      ['4月30日前', '省级审核'],
      ['5月10日', '各省完成推荐'],
      ['6月中旬', '公布结果'],
      ['6月25日前', '各校完成整改'],
      ['6月30日', '专家会议'],
    ];
    const expected = [
      'window_start:2025-04-01',
      'window_end:2025-04-20',
      'due:2025-04-30',
      'due:2025-05-10',
      'due:2025-06-25',
    ];
    const head = '关于做好2025年职业院校有关工作的通知\n一、时间安排';
    expect(kinds(`${head}\n${rows.map((r) => r.join(' | ')).join('\n')}`)).toEqual(expected);
    expect(kinds(`${head}\n${rows.map((r) => r.join('\t')).join('\n')}`)).toEqual(expected);
  });
});
