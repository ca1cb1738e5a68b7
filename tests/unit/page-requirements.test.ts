// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { withPageDeadlines } from '@/components/overlay/page-requirements';
import zh from '@/public/_locales/zh_CN/messages.json';
import { answerPageData } from '@/utils/background/page-data';
import { useMessages } from '@/utils/i18n';
import type { PAGE_DEADLINES } from '@/utils/messages/page-deadlines';
import { toBackground } from '@/utils/messaging';
import { PAGE_TEXT_MAX } from '@/utils/notices/page-text';
import { PAGE_DISMISSED } from '@/utils/settings/page-deadlines';
import { writeSetting } from '@/utils/settings/store';

const BANNER = '<div class="banner">数据填报截止时间：2026年12月15日。</div><p>请于2026年12月上旬前上传佐证材料。</p>';

/** The page's requirements source as the field engine builds it, its deadlines read by the background. */
function source(
  readDeadlines = vi.fn((text: string, host: string) => ask('page/deadlines', { text, host }).then((r) => r.found)),
) {
  const listeners = new Set<() => void>();
  const base = {
    load: vi.fn(async () => ({ requirements: [], today: '2026-11-30', followed: [] as string[] })),
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
  return { src, base, readDeadlines };
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

  it('a failed read is reported (the load fails with it) and asked again on the next load', async () => {
    const readDeadlines = vi
      .fn<(text: string, host: string) => Promise<never[]>>()
      .mockRejectedValueOnce(new Error('后台无响应'))
      .mockResolvedValue([]);
    const { src } = source(readDeadlines);
    await expect(src.load()).rejects.toThrow('后台无响应');
    await expect(src.load()).resolves.toMatchObject({ requirements: [] });
    expect(readDeadlines).toHaveBeenCalledTimes(2);
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
