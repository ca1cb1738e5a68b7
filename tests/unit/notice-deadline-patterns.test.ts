import { describe, expect, it } from 'vitest';
import { DEADLINE_NOTES, DEADLINE_PATTERNS, deadlineNote } from '@/utils/notices/deadline-patterns';
import { foldScript, normaliseInline, SCRIPT_FOLD } from '@/utils/notices/normalise';
import { type ParsedDeadline, parseNotice } from '@/utils/notices/parse';
import { toRequirements } from '@/utils/notices/to-requirements';

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

describe('more of the phrases real notices use (issue #12)', () => {
  const kinds = (text: string) => parseNotice(text).deadlines.map(show);
  /** A notice dated `date` whose item is `body`. */
  const dated = (date: string, body: string) => {
    const [y, m, d] = date.split('-').map(Number);
    return `关于做好有关工作的通知\n一、有关安排\n${body}\n教育部办公厅\n${y}年${m}月${d}日`;
  };
  const notes = (text: string) => {
    const p = parseNotice(text);
    const choices = p.items.map((i) => ({ keep: true, title: i.title, platforms: [], deadlines: i.deadlines }));
    return toRequirements('t', p, choices, '')
      .flatMap((r) => r.deadlines)
      .map((d) => `${d.kind}:${d.date ?? ''}:${d.note ?? ''}`);
  };

  it('reads the rows of a schedule split only by spaces, under its heading and nowhere else', () => {
    const rows = [
      '时间      任务',
      '4月30日前   省级审核',
      '5月10日\u3000各省完成推荐',
      '5月20日 各校提交自评报告',
      '6月中旬    公布结果',
    ];
    const head = '关于做好2025年职业院校有关工作的通知\n三、时间安排';
    expect(kinds(`${head}\n${rows.join('\n')}`)).toEqual(['due:2025-04-30', 'due:2025-05-10', 'due:2025-05-20']);
    // The same lines in running text: 5月10日 with no 前 is a date, not a deadline.
    expect(kinds(`关于做好2025年职业院校有关工作的通知\n三、其他\n${rows.join('\n')}`)).toEqual(['due:2025-04-30']);
    // A PDF copy spaces its dates: 4 月 30 日 前 is still one cell.
    expect(kinds(`${head}\n4 月 30 日 前   省 级 审 核`)).toEqual(['due:2025-04-30']);
    const other = '关于做好2025年职业院校有关工作的通知\n（四）工作进度安排如下：';
    expect(kinds(`${other}\n5月10日  各省完成推荐`)).toEqual(['due:2025-05-10']);
  });

  it('puts a yearless date the notice’s year would place before the notice into the next year', () => {
    expect(kinds(dated('2025-12-20', '请于1月10日前报送，12月31日前完成自查。'))).toEqual([
      'due:2026-01-10',
      'due:2025-12-31',
    ]);
    // A few weeks before the notice: a date it recalls, kept in its year.
    expect(kinds(dated('2025-04-02', '已于3月31日前完成推荐的地区请于4月20日前报送名单。'))).toEqual([
      'due:2025-03-31',
      'due:2025-04-20',
    ]);
    // A year written in the passage is taken as written.
    expect(kinds(dated('2025-12-20', '请于2025年1月10日前报送。'))).toEqual(['due:2025-01-10']);
  });

  it('takes a year written with a date as the context of the dates after it, not of those before it', () => {
    const text = dated(
      '2025-03-01',
      '请于5月31日前报送2024年1月1日至12月31日期间的培训数据，并在2025年6月10日至20日期间登录平台确认，\n6月30日前完成整改。',
    );
    expect(kinds(text)).toEqual([
      'due:2025-05-31',
      'window_start:2025-06-10',
      'window_end:2025-06-20',
      'due:2025-06-30',
    ]);
    // The year a line writes carries to the lines after it.
    expect(kinds(dated('2025-03-01', '请于2026年1月10日前报送名单。\n3月10日前完成审核。'))).toEqual([
      'due:2026-01-10',
      'due:2026-03-10',
    ]);
  });

  it('computes relative dates from the notice’s date, and keeps them undated with a note without one', () => {
    expect(kinds(dated('2025-06-16', '请自通知印发之日起30日内报送，收到通知后10个工作日内完成自查。'))).toEqual([
      'due:2025-07-16',
      'due:2025-06-30',
    ]);
    expect(kinds('一、请在收到通知后15个工作日内完成自查并报送。')).toEqual(['undated']);
    expect(notes('一、请在收到通知后15个工作日内完成自查并报送。')).toEqual([
      `undated::${DEADLINE_NOTES.noNoticeDate}`,
    ]);
  });

  it('notes which dates are approximate, computed, or inferred, and why a date is missing', () => {
    expect(
      notes(
        dated(
          '2025-03-01',
          '请于6月上旬前报送，11月底前完成，收到通知后5个工作日内确认，2025年9月30日前提交，10月8日前上传。',
        ),
      ),
    ).toEqual([
      `due:2025-06-10:${DEADLINE_NOTES.early}；${DEADLINE_NOTES.yearInferred}`,
      `due:2025-11-30:${DEADLINE_NOTES.monthEnd}；${DEADLINE_NOTES.yearInferred}`,
      `due:2025-03-07:${DEADLINE_NOTES.workingDays}`,
      'due:2025-09-30:',
      `due:2025-10-08:${DEADLINE_NOTES.yearInferred}`,
    ]);
    expect(notes('一、5月10日前，各省级教育行政部门要完成推荐。')).toEqual([`undated::${DEADLINE_NOTES.noYear}`]);
    // Read back from the phrase alone, without the 请 before it.
    expect(notes(dated('2025-03-01', '请于6月中旬将推荐名单报送我司。'))).toEqual([
      `due:2025-06-20:${DEADLINE_NOTES.middle}；${DEADLINE_NOTES.yearInferred}`,
    ]);
    // A traditional-script phrase gets the same note.
    expect(deadlineNote({ kind: 'due', text: '9月下旬前', date: '2025-09-30', year_inferred: false })).toBe(
      DEADLINE_NOTES.late,
    );
  });

  it('does not take a data period, a reference day, an event, a signature or an annex’s name for a deadline', () => {
    const text = [
      '教职成厅函〔2025〕30号',
      '关于开展2025年职业院校教育质量统计工作的通知',
      '一、数据统计时点为2025年9月30日，统计时段为2024年9月1日至2025年8月31日，请填报2025年8月31日前入职的教师信息。',
      '二、培训会议定于10月20日至21日在天津举办，请于10月15日前报名。',
      '三、数据统计截止时间为2025年8月31日，采集时点：2025年9月30日前填报。',
      '四、附件1所列材料请于9月20日前报送。',
      '五、请参训人员于10月19日前往天津报到，会期拟于10月20日前后，请提前做好安排。',
      '附件：2018年10月31日前设立的职业院校统计表',
      '教育部办公厅',
      '2025年9月1日',
    ].join('\n');
    expect(kinds(text)).toEqual(['due:2025-10-15', 'due:2025-09-30', 'due:2025-09-20']);
  });

  it('takes the notice’s date from a signature in Chinese numerals, or from a web page’s 发布时间', () => {
    const signed = parseNotice(
      '关于开展有关工作的通知\n一、自即日起至4月30日，各校登录平台填报。\n教育部办公厅\n二〇二五年三月十日',
    );
    expect(signed.date).toBe('2025-03-10');
    expect(signed.deadlines.map(show)).toEqual(['window_start:2025-03-10', 'window_end:2025-04-30']);
    const page = parseNotice(
      '关于开展有关工作的通知\n发布时间：2025-03-05 来源：教育部\n一、请自通知印发之日起10日内报送。',
    );
    expect(page.date).toBe('2025-03-05');
    expect(page.deadlines.map(show)).toEqual(['due:2025-03-15']);
  });

  it('reads a notice in traditional script like its simplified form, and quotes it as written', () => {
    const text = [
      '教職成廳函〔2025〕12號',
      '關於做好2025年職業院校數據填報工作的通知',
      '第八條 請於2025年6月30日前登錄平台申報，6月中旬前報送推薦名單。',
      '第九條 自即日起至7月20日，各校登錄系統填報。',
      '教育部辦公廳',
      '2025年6月2日',
    ].join('\n');
    const p = parseNotice(text);
    expect(p.notice).toBe('教職成廳函〔2025〕12號');
    expect(p.title).toBe('關於做好2025年職業院校數據填報工作的通知');
    expect(p.items.map((i) => i.label)).toEqual(['第八條', '第九條']);
    expect(p.deadlines.map(show)).toEqual([
      'due:2025-06-30',
      'due:2025-06-20',
      'window_start:2025-06-02',
      'window_end:2025-07-20',
    ]);
    expect(p.deadlines.map((d) => d.text)).toContain('於2025年6月30日前');
  });

  it('folds traditional characters one for one, so every index of the text stays where it was', () => {
    const { traditional, simplified } = SCRIPT_FOLD;
    expect(traditional.length).toBe(simplified.length);
    expect(new Set(traditional).size).toBe(traditional.length);
    expect([...traditional].length).toBe(traditional.length);
    expect(foldScript('申報時間：請於10月15日前登錄')).toBe('申报时间：请于10月15日前登录');
  });
});
