// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import {
  findPageDeadlines,
  knownAlready,
  PAGE_DEADLINES_MAX,
  PAGE_PATTERNS,
  visiblePageText,
} from '@/utils/notices/page-deadlines';
import { isPageRequirement } from '@/utils/notices/page-id';

describe('deadlines a platform page prints', () => {
  test('a banner with a label and no 前, and a window in a notice list', () => {
    const found = findPageDeadlines(
      '请如实填报建设进展数据。数据填报截止时间：2026年12月15日；省级审核截止时间：2026年12月25日。\n网上填报时间为 2026 年 12 月 1 日至 20 日。',
      'sg.chinaeducloud.com',
    );
    expect(found.map((f) => f.deadlines.map((d) => `${d.kind} ${d.date}`))).toEqual([
      ['due 2026-12-15'],
      ['due 2026-12-25'],
      ['window_start 2026-12-01', 'window_end 2026-12-20'],
    ]);
    expect(found[0]?.sentence).toBe('数据填报截止时间：2026年12月15日；');
    expect(found[2]?.sentence).toBe('网上填报时间为2026年12月1日至20日。');
    expect(found.every((f) => isPageRequirement(f.id) && f.id.startsWith('page:sg.chinaeducloud.com:'))).toBe(true);
    // Stable across reads.
    expect(findPageDeadlines('数据填报截止时间：2026年12月15日；', 'sg.chinaeducloud.com')[0]?.id).toBe(found[0]?.id);
  });

  test("the parser's note on an approximate day reaches the page requirement; an exact date has none", () => {
    const [early] = findPageDeadlines('请于2026年12月上旬前上传佐证材料。', 'h');
    expect(early?.deadlines).toMatchObject([{ date: '2026-12-10', note: '“上旬”按当月10日计，为近似日期' }]);
    const [monthEnd] = findPageDeadlines('2026年12月底前报送材料。', 'h');
    expect(monthEnd?.deadlines).toMatchObject([{ date: '2026-12-31', note: '“月底”按当月最后一天计' }]);
    const [exact] = findPageDeadlines('数据填报截止时间：2026年12月15日。', 'h');
    expect(exact?.deadlines).toMatchObject([{ date: '2026-12-15', note: null }]);
  });

  test('known dates are not listed twice', () => {
    const [f] = findPageDeadlines('数据填报截止时间：2023年4月15日。', 'h');
    expect(f && knownAlready(f, new Set(['2023-04-15']))).toBe(true);
    expect(f && knownAlready(f, new Set(['2023-04-16']))).toBe(false);
  });

  test('reads text outside fields and outside our UI, one line per block, capped', () => {
    document.body.innerHTML =
      '<div class="banner">截止时间：2026年12月15日</div><textarea>截止时间：2026年1月1日</textarea><input value="x"><select><option>截止时间：2026年2月2日</option></select><tianbao-overlay>截止时间：2026年3月3日</tianbao-overlay><ul><li>通知一</li><li hidden>隐藏</li><li>通知二</li></ul>';
    expect(visiblePageText(document)).toBe('截止时间：2026年12月15日\n通知一\n通知二');
    expect(visiblePageText(document, { chars: 5, nodes: 100 })).toBe('截止时间：');
  });
});

test('hostile page text: 截 storms, digit runs and long lines give what they print, capped', () => {
  // Untimed (vitest.config.ts: no unit test asserts a duration; its timeout catches a hang). What keeps this fast is
  // checked instead: the page's own pattern repeats only a bounded number of times anywhere (one attempt per 截, no
  // backtracking on a run), the table's patterns meet 1 MB adversarial runs in notice-regex-fuzz.test.ts, and the
  // results below are exact, so a change that reads these inputs differently shows here.
  for (const re of Object.values(PAGE_PATTERNS)) expect(re.source).not.toMatch(/(?<!\\)[*+]|\{\d+,\}/);
  const cases: [string, string[]][] = [
    ['截止时间：'.repeat(20_000), []],
    [`截止时间：${'2'.repeat(100_000)}年`, []],
    [`截止时间：2026${' '.repeat(100_000)}年1月1日`, ['due 2026-01-01']],
    ['。'.repeat(100_000), []],
    [`${'截止时间：2026年12月15日；'.repeat(2_000)}\n`.repeat(5), ['due 2026-12-15']],
  ];
  for (const [text, want] of cases) {
    const found = findPageDeadlines(text, 'h');
    expect(found.length).toBeLessThanOrEqual(PAGE_DEADLINES_MAX);
    expect(found.flatMap((f) => f.deadlines.map((d) => `${d.kind} ${d.date}`))).toEqual(want);
  }
});

test('a followed page requirement gets reminders like the others', async () => {
  const { pageFollowedView } = await import('@/utils/reminders/page-followed');
  const { remindersDue } = await import('@/utils/reminders/plan');
  const view = pageFollowedView('page:h:2026-12-15:x', {
    host: 'h',
    sentence: '请于2026年12月15日前上传。',
    deadlines: [{ kind: 'due', date: '2026-12-15', text: '于2026年12月15日前' }],
  });
  const due = remindersDue([view], [view.id], '2026-12-12', new Set());
  expect(due.map((d) => d.key)).toEqual(['page:h:2026-12-15:x|2026-12-15|3']);
});

test('an archive of dates gives at most PAGE_DEADLINES_MAX requirements, the first ones', () => {
  const text = Array.from({ length: 28 }, (_, i) => `第${i + 1}批截止时间：2026年12月${i + 1}日。`).join('\n');
  const found = findPageDeadlines(text, 'h');
  expect(found).toHaveLength(PAGE_DEADLINES_MAX);
  expect(found[0]?.deadlines[0]?.date).toBe('2026-12-01');
});
