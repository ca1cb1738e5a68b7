// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OverlayRequirements } from '@/components/overlay/overlay-requirements';
import { withPageDeadlines } from '@/components/overlay/page-requirements';
import zh from '@/public/_locales/zh_CN/messages.json';
import { answerPageData } from '@/utils/background/page-data';
import { useMessages } from '@/utils/i18n';
import { requirementsForPlatform } from '@/utils/knowledge';
import type { PAGE_DEADLINES } from '@/utils/messages/page-deadlines';
import { toBackground } from '@/utils/messaging';
import { PAGE_TEXT_MAX, type PageDeadline } from '@/utils/notices/page-text';
import { PAGE_DISMISSED } from '@/utils/settings/page-deadlines';
import { writeSetting } from '@/utils/settings/store';

const BANNER = '<div class="banner">数据填报截止时间：2026年12月15日。</div><p>请于2026年12月上旬前上传佐证材料。</p>';

/** The page's requirements source as the field engine builds it, its deadlines read by the background. */
function source(
  readDeadlines = vi.fn((text: string, host: string) => ask('page/deadlines', { text, host }).then((r) => r.found)),
  known = [] as ReturnType<typeof requirementsForPlatform>,
  today = '2026-11-30',
) {
  const listeners = new Set<() => void>();
  const base = {
    load: vi.fn(async () => ({ requirements: known, today, followed: [] as string[] })),
    follow: vi.fn(async () => [] as string[]),
    readDeadlines,
  };
  const src = withPageDeadlines(base, {
    doc: document,
    platform: 'shuanggao',
    changed: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  });
  const changed = () => {
    for (const l of listeners) l();
  };
  return { src, base, readDeadlines, changed };
}
const ask = toBackground<typeof PAGE_DEADLINES>();

describe('the deadlines a page prints, read by the background (issue #16)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    answerPageData();
    useMessages('zh_CN', zh);
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'https://sg.chinaeducloud.com/x',
    );
    document.title = '双高监测平台';
    document.body.innerHTML = BANNER;
  });

  it('the page sends its visible text and host; the requirements it gets carry the sentences and the parser’s notes', async () => {
    const { src, readDeadlines } = source();
    const r = await src.load();
    expect(readDeadlines).toHaveBeenCalledWith(
      '数据填报截止时间：2026年12月15日。\n请于2026年12月上旬前上传佐证材料。',
      'sg.chinaeducloud.com',
    );
    expect(r.requirements.map((x) => [x.action, x.deadlines.map((d) => [d.date, d.note])])).toEqual([
      ['数据填报截止时间：2026年12月15日。', [['2026-12-15', null]]],
      ['请于2026年12月上旬前上传佐证材料。', [['2026-12-10', '“上旬”按当月10日计，为近似日期']]],
    ]);
    expect(r.requirements[0]).toMatchObject({
      id: expect.stringMatching(/^page:sg\.chinaeducloud\.com:2026-12-15:/),
      notice: { title: '双高监测平台', issuer: 'sg.chinaeducloud.com' },
      platforms: ['shuanggao'],
    });
  });

  it('the same text is not sent again; a changed page is; dismissed ones stay hidden', async () => {
    const { src, readDeadlines } = source();
    const first = await src.load();
    await src.load();
    expect(readDeadlines).toHaveBeenCalledTimes(1);
    await writeSetting(PAGE_DISMISSED, { 'sg.chinaeducloud.com': [first.requirements[0]?.id ?? ''] });
    expect((await src.load()).requirements.map((x) => x.action)).toEqual(['请于2026年12月上旬前上传佐证材料。']);
    document.body.insertAdjacentHTML('beforeend', '<p>省级审核截止时间：2026年12月25日。</p>');
    const again = await src.load();
    expect(readDeadlines).toHaveBeenCalledTimes(2);
    expect(again.requirements.map((x) => x.action)).toEqual([
      '请于2026年12月上旬前上传佐证材料。',
      '省级审核截止时间：2026年12月25日。',
    ]);
  });

  it('a failed read hides none of the known requirements: they show with a note, and the next page change reads again', async () => {
    // The day the 双高 self-evaluation (2024-02-28) and the provincial evaluation (2024-04-08) are still ahead.
    const known = requirementsForPlatform('shuanggao');
    const readDeadlines = vi
      .fn<(text: string, host: string) => Promise<PageDeadline[]>>()
      .mockRejectedValueOnce(new Error('后台无响应'))
      .mockImplementation((text, host) => ask('page/deadlines', { text, host }).then((r) => r.found));
    const { src, changed } = source(readDeadlines, known, '2024-02-01');
    const root = document.createElement('div');
    document.body.append(root);
    await act(() => render(h(OverlayRequirements, { source: src }), root));
    const titles = () =>
      [...root.querySelectorAll('[data-testid="requirement"]')].map((x) => x.textContent ?? '').join('\n');
    const note = () => root.querySelector('[role="status"][data-testid="requirements-note"]')?.textContent ?? null;
    await vi.waitFor(() => expect(note()).toBe('本页所列的期限未能读取（后台无响应），页面变化后会再读。'));
    expect(titles()).toContain('双高计划建设单位总结自评');
    expect(titles()).toContain('双高计划省级评价');
    expect(titles()).not.toContain('2026年12月15日');
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(readDeadlines).toHaveBeenCalledTimes(1);
    // The page changes: it is read again, the note goes, the page's own deadlines join the known ones.
    await act(() => changed());
    await vi.waitFor(() => expect(note()).toBeNull());
    expect(readDeadlines).toHaveBeenCalledTimes(2);
    expect(titles()).toContain('双高计划建设单位总结自评');
    expect(titles()).toContain('数据填报截止时间：2026年12月15日');
    render(null, root);
  });

  it('one ask at a time; only the latest text is asked next, and an older text’s answer is dropped', async () => {
    // Each ask waits until the test lets it go, then the background answers it.
    const asks: { text: string; go: (fail?: boolean) => void }[] = [];
    let inFlight = 0;
    let most = 0;
    const readDeadlines = vi.fn(
      (text: string, host: string) =>
        new Promise<PageDeadline[]>((resolve, reject) => {
          most = Math.max(most, ++inFlight);
          asks.push({
            text,
            go: (fail) => {
              inFlight--;
              if (fail) reject(new Error('后台无响应'));
              else ask('page/deadlines', { text, host }).then((r) => resolve(r.found), reject);
            },
          });
        }),
    );
    const { src } = source(readDeadlines);
    const actions = (p: Promise<{ requirements: { action: string }[] }>) =>
      p.then((r) => r.requirements.map((x) => x.action));
    const settled = () => new Promise((r) => setTimeout(r, 0));

    document.body.innerHTML = '<p>数据填报截止时间：2026年12月15日。</p>';
    const first = actions(src.load());
    await vi.waitFor(() => expect(asks).toHaveLength(1));
    document.body.innerHTML = '<p>省级审核截止时间：2026年12月20日。</p>';
    const second = actions(src.load());
    document.body.innerHTML = '<p>省级审核截止时间：2026年12月25日。</p>';
    const third = actions(src.load());
    await settled();
    expect(asks).toHaveLength(1);
    // The first text's answer comes last of all it would have: it is dropped, and the latest text is asked.
    asks[0]?.go();
    await vi.waitFor(() => expect(asks).toHaveLength(2));
    expect(asks.map((a) => a.text)).toEqual([
      '数据填报截止时间：2026年12月15日。',
      '省级审核截止时间：2026年12月25日。',
    ]);
    asks[1]?.go();
    const latest = ['省级审核截止时间：2026年12月25日。'];
    expect(await Promise.all([first, second, third])).toEqual([latest, latest, latest]);
    expect(most).toBe(1);
    expect(readDeadlines).toHaveBeenCalledTimes(2);
    // The same text again: its answer is kept, nothing is asked.
    expect(await actions(src.load())).toEqual(latest);
    expect(readDeadlines).toHaveBeenCalledTimes(2);

    // A newer text whose ask fails while an older answer is pending: the older answer still does not win.
    document.body.innerHTML = '<p>数据填报截止时间：2026年12月15日。</p>';
    const fourth = src.load();
    await vi.waitFor(() => expect(asks).toHaveLength(3));
    document.body.innerHTML = '<p>省级审核截止时间：2026年12月20日。</p>';
    const fifth = src.load();
    await settled();
    asks[2]?.go();
    await vi.waitFor(() => expect(asks).toHaveLength(4));
    expect(asks[3]?.text).toBe('省级审核截止时间：2026年12月20日。');
    asks[3]?.go(true);
    for (const r of await Promise.all([fourth, fifth])) {
      expect(r.requirements).toEqual([]);
      expect(r.note).toContain('后台无响应');
    }
    expect(most).toBe(1);
  });

  it('a huge page sends no more than the bound', async () => {
    document.body.innerHTML = `${'<p>段落文字段落文字段落</p>'.repeat(3_000)}`;
    const { src, readDeadlines } = source();
    await src.load();
    const sent = readDeadlines.mock.calls[0]?.[0] ?? '';
    expect(sent.length).toBeGreaterThan(10_000);
    expect(sent.length).toBeLessThanOrEqual(PAGE_TEXT_MAX);
  });
});
