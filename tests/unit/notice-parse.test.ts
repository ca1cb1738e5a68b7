import { describe, expect, it } from 'vitest';
import { findDeadlines, findEmails, findPhones, findUrls, parseNotice } from '@/utils/notices/parse';

// Notices written for these tests in the ministry's style (none of them is a seed), copied the way a PDF copy
// comes out: spaces between characters, words and URLs broken over lines, page numbers, mixed punctuation.
const MESSY = `教育部办公厅

教职成厅函[2025]7 号

关于做好2025年职业院校数字化转型典型案例
征集工作的通知

各省、自治区、直辖市教育厅（教委）：

现将有关事项通知如下。

一、案例报送

（一）请各省级教育行政部门组织本地区职业院校通过“全国职业院校数字化转型案例征集系统”（网址：<https://szh.example.edu.cn/
case>）填报案例，网上填报时间为 2025 年 4 月 1 日至 20 日。填报结束后，请于 4 月 30 日前将推荐汇总表（附件 1）加盖公章后扫描成PDF发送至 szhal@moe.edu.cn。

联系人及电话：张三、李四，010—66097801、66097802；王五，13800138000

— 2 —

（二）各省级教育行政部门请于 2025 年 11 月底前完成省级遴选，并于每年 12 月 10 日前报送年度进展报告。案例展示活动拟于6月下旬举办，具体安排另行通知。

（三）现代职业教育体系改革管理公共服务平台（网址：<http://zj.chinaafse.cn/>）自2025年3月起开放年度数据填报，平台将于2025年3月15日开放。

附件：1. 数字化转型典型案例推荐汇总表

教育部办公厅

2025年3月1日`;

describe('parseNotice on a messy notice of the ministry’s kind', () => {
  const p = parseNotice(MESSY);

  it('reads 文号 (square brackets, stray space), title over two lines, issuer and date', () => {
    expect(p.notice).toBe('教职成厅函〔2025〕7号');
    expect(p.date).toBe('2025-03-01');
    expect(p.issuer).toBe('教育部办公厅');
  });

  it('splits the items and keeps each item’s label', () => {
    expect(p.items.map((i) => i.label)).toEqual(expect.arrayContaining(['一、', '（一）', '（二）', '（三）']));
  });

  it('finds every deadline with its kind, the year taken from context where it is missing', () => {
    const d = p.deadlines.map((x) => `${x.kind}:${x.date ?? x.month_day ?? ''}:${x.text}`);
    expect(d).toEqual(
      expect.arrayContaining([
        'window_start:2025-04-01:2025年4月1日至20日',
        'window_end:2025-04-20:2025年4月1日至20日',
        'due:2025-04-30:于4月30日前',
        'due:2025-11-30:2025年11月底前',
        'recurring_annual:12-10:每年12月10日前',
        'undated::另行通知',
        'window_start:2025-03-01:自2025年3月起',
        'opens:2025-03-15:将于2025年3月15日开放',
      ]),
    );
    expect(p.deadlines.find((x) => x.text === '于4月30日前')?.year_inferred).toBe(true);
    // 案例展示活动拟于6月下旬举办: an event, asked of no one.
    expect(p.deadlines.map((x) => x.text)).not.toContain('6月下旬');
  });

  it('finds URLs (in <…> and split over lines), e-mails, phones (a second number takes the area code)', () => {
    expect(p.urls).toEqual(expect.arrayContaining(['https://szh.example.edu.cn/case', 'http://zj.chinaafse.cn/']));
    expect(p.emails).toEqual(['szhal@moe.edu.cn']);
    expect(p.phones).toEqual(expect.arrayContaining(['010-66097801', '010-66097802', '13800138000']));
    const item = p.items.find((i) => i.label === '（一）');
    expect(item?.contacts[0]?.name).toBe('张三、李四');
    expect(item?.annexes[0]?.label).toBe('附件1');
  });

  it('matches known platforms and keeps unknown ones as new', () => {
    expect(p.platforms).toContain('管理平台');
    expect(p.items.flatMap((i) => i.new_platforms)).toContain('全国职业院校数字化转型案例征集系统');
  });
});

describe('deadline phrases', () => {
  it.each([
    ['请于2023年3月31日前报送', 'due', '2023-03-31'],
    ['请于2023 年 3 月 31 日前报送', 'due', '2023-03-31'],
    ['4月25日前完成省级审核', 'due', '2024-04-25'],
    ['11月底前完成', 'due', '2024-11-30'],
    ['2月底前报送', 'due', '2024-02-29'],
    ['每年12月15日前填报', 'recurring_annual', null],
    ['填报时间：2022年9月12日至30日', 'window_start', '2022-09-12'],
    ['平台将于3月1日开放', 'opens', '2024-03-01'],
    ['活动周结束后10个工作日内报送总结', 'undated', null],
  ])('%s → %s %s', (text, kind, date) => {
    const [d] = findDeadlines(text.replace(/\s+/g, ''), 1, 2024);
    expect(d?.kind).toBe(kind);
    expect(d?.date ?? null).toBe(date);
  });

  it('does not take a data period, an event date or an invalid date for a deadline', () => {
    expect(findDeadlines('如实填报2022年1月1日至2022年12月31日的建设进展数据', 1, 2023)).toEqual([]);
    expect(findDeadlines('11月20日—22日，大会在天津举办', 1, 2024)).toEqual([]);
    expect(findDeadlines('于2023年2月30日前报送', 1, 2023)).toEqual([]);
  });

  it('reads phones, URLs and e-mails as written', () => {
    expect(findPhones('电话：0514-87433382、87433383，手机13601198336')).toEqual([
      '0514-87433382',
      '0514-87433383',
      '13601198336',
    ]);
    expect(findUrls('网址：<https://zyyxzy.moe.edu.cn>）报送')).toEqual(['https://zyyxzy.moe.edu.cn']);
    expect(findEmails('邮箱：caeabgs@126.com。')).toEqual(['caeabgs@126.com']);
  });

  it('reads (2023) round brackets in a 文号', () => {
    expect(parseNotice('教职成司函(2023)25号\n关于开展自查工作的通知').notice).toBe('教职成司函〔2023〕25号');
  });
});

describe('platform names', () => {
  it('does not read 管理平台 inside another platform’s longer name', () => {
    const p = parseNotice('（一）请通过全国高等继续教育信息管理平台报送年度报告，于2023年3月31日前完成。');
    expect(p.platforms).toEqual(['全国高等继续教育信息管理平台']);
  });
});

// More notices written for the tests (none from the seeds), each with the deadlines a careful reader would list.
const HELD_OUT: { text: string; expected: string[] }[] = [
  {
    text: `教育部办公厅关于印发《职业学校实习基地管理办法》的通知
教职成厅[2026]3号
第八条 省级教育行政部门应于每年6月30日前将本地区实习基地名单报送教育部，并于每年12月31日前报送年度工作总结。
第九条 实习基地信息通过全国职业院校实习管理平台填报，平台将于2026年3月1日开放。
第十条 基地调整须提前20个工作日报省级教育行政部门备案。
教育部办公厅
2026年2月10日`,
    expected: ['recurring_annual:06-30', 'recurring_annual:12-31', 'opens:2026-03-01'],
  },
  {
    text: `教职成司函（2026）14号
关于组织开展2026年全民终身学习活动周的通知
一、请各地于2026 年 5 月 31 日前报送活动周方案，
活动周期间（9月中旬）集中开展宣传。
二、请于活动周结束后10个工作日内报送总结，2026年9月6日—10月7日登录平台填报活动数据。
三、11月底前报送年度统计表（附件2）至 llaw@moe.edu.cn。
教育部职业教育与成人教育司
2026年4月2日`,
    expected: ['due:2026-05-31', 'window_start:2026-09-06', 'window_end:2026-10-07', 'due:2026-11-30'],
  },
];

describe('deadlines on notices the parser has not seen', () => {
  it('finds them with precision and recall of at least 0.95', () => {
    let hit = 0;
    let found = 0;
    let truth = 0;
    for (const n of HELD_OUT) {
      const got = new Set(
        parseNotice(n.text)
          .deadlines.filter((d) => d.kind !== 'undated')
          .map((d) => `${d.kind}:${d.date ?? d.month_day}`),
      );
      found += got.size;
      truth += n.expected.length;
      hit += n.expected.filter((e) => got.has(e)).length;
    }
    expect(hit / found).toBeGreaterThanOrEqual(0.95);
    expect(hit / truth).toBeGreaterThanOrEqual(0.95);
  });

  it('reads 第X条 items and a 文号 in round brackets', () => {
    const a = parseNotice(HELD_OUT[0]?.text ?? '');
    expect(a.notice).toBe('教职成厅〔2026〕3号');
    expect(a.items.map((i) => i.label)).toEqual(['第八条', '第九条', '第十条']);
    expect(a.items[2]?.deadlines[0]).toMatchObject({ kind: 'undated', text: '提前20个工作日' });
    const b = parseNotice(HELD_OUT[1]?.text ?? '');
    expect(b.notice).toBe('教职成司函〔2026〕14号');
    expect(b.emails).toEqual(['llaw@moe.edu.cn']);
    expect(b.deadlines.map((d) => d.text)).toEqual(expect.arrayContaining(['活动周结束后10个工作日内']));
    // 活动周期间（9月中旬）集中开展宣传: when the week is held, not a deadline.
    expect(b.deadlines.map((d) => d.text)).not.toContain('9月中旬');
  });
});

describe('item titles, as the timeline and the drafts groups show them', () => {
  it('leave out bracketed addresses and end where a clause ends', () => {
    const p = parseNotice(
      '（一）请各建设单位登录现代职业教育体系改革管理公共服务平台（网址：<http://zj.chinaafse.cn/>），于2027年1月15日前填报2026年度进展数据并上传年度工作报告和年度绩效自评报告以及其他相关材料。',
    );
    // Past 60 characters with no clause end in the second half: cut, and marked as cut.
    expect(p.items[0]?.title).toBe(
      '请各建设单位登录现代职业教育体系改革管理公共服务平台，于2027年1月15日前填报2026年度进展数据并上传年度工作报告…',
    );
    const clauses = parseNotice(
      '（三）请各省级教育行政部门组织本地区职业院校认真开展年度质量报告的编制与审核工作，汇总后报送质量年报，并于2027年3月31日前完成。',
    );
    expect(clauses.items[0]?.title).toBe(
      '请各省级教育行政部门组织本地区职业院校认真开展年度质量报告的编制与审核工作，汇总后报送质量年报',
    );
    const short = parseNotice('（二）请于2027年1月31日前将总结报告（含附件）发送至 tixi@moe.edu.cn。');
    expect(short.items[0]?.title).toBe('请于2027年1月31日前将总结报告（含附件）发送至 tixi@moe.edu.cn');
  });
});
