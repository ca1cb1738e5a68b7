// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerPageData } from '@/utils/background/page-data';
import { PAGE_DEADLINES } from '@/utils/messages/page-deadlines';
import { RULES } from '@/utils/messages/rules';
import { sendMessage, toBackground } from '@/utils/messaging';
import { PAGE_TEXT_MAX } from '@/utils/notices/page-text';
import { FormProfile } from '@/utils/rules/profile-schema';
import { PROFILES } from '@/utils/rules/profiles';

/** What the background answers the field engine (issue #16: neither the rule data nor the notice parser is in fields.js). */
describe('the background answers the field engine with what it does not carry', () => {
  let stop: () => void = () => undefined;
  beforeEach(() => {
    fakeBrowser.reset();
    stop = answerPageData();
  });
  afterEach(() => stop());

  it('rules/profiles: every annex profile, parsed against its schema in the background (defaults filled in)', async () => {
    const { profiles } = await sendMessage(RULES, 'rules/profiles', {});
    expect(profiles.map((p) => p.id).sort()).toEqual(PROFILES.map((p) => p.id).sort());
    // The parse happened there: the schema's defaults (an alias list, `implied`) are in what the page gets.
    expect(profiles).toEqual(PROFILES.map((p) => FormProfile.parse(p)));
    expect(profiles.every((p) => p.fields.every((f) => Array.isArray(f.aliases)))).toBe(true);
    // The page's own sender (no parse) gets the same data.
    const raw = await toBackground<typeof RULES>()('rules/profiles', {});
    expect(raw.profiles).toEqual(profiles);
  });

  it('rules/profiles: a reply that is no profile fails on its outline where it is parsed', async () => {
    stop();
    stop = (() => {
      const listener = (_m: unknown, _s: unknown, send: (r: unknown) => void) => {
        send({ ok: true, data: { profiles: [{ id: 'x' }] } });
        return true;
      };
      fakeBrowser.runtime.onMessage.addListener(listener as never);
      return () => fakeBrowser.runtime.onMessage.removeListener(listener as never);
    })();
    await expect(sendMessage(RULES, 'rules/profiles', {})).rejects.toThrow(/not a form profile/);
  });

  it('page/deadlines: the deadlines of a page’s text, with the parser’s notes, as the page read them before', async () => {
    const text = [
      '请如实填报建设进展数据。数据填报截止时间：2026年12月15日；省级审核截止时间：2026年12月25日。',
      '请于2026年12月上旬前上传佐证材料。',
      '2026年12月底前报送材料。',
    ].join('\n');
    const { found } = await toBackground<typeof PAGE_DEADLINES>()('page/deadlines', {
      text,
      host: 'sg.chinaeducloud.com',
    });
    // Each sentence that gives a deadline, its phrase, and the date read from it. The ids are kept in the settings
    // (dismissed, followed per host): the same sentence on the same host must keep its id.
    expect(found).toEqual([
      {
        id: 'page:sg.chinaeducloud.com:2026-12-15:gifnng',
        sentence: '数据填报截止时间：2026年12月15日；',
        phrase: '截止时间：2026年12月15日',
        deadlines: [
          {
            kind: 'due',
            date: '2026-12-15',
            monthDay: null,
            yearInferred: false,
            text: '截止时间：2026年12月15日',
            line: null,
            label: null,
            note: null,
          },
        ],
      },
      {
        id: 'page:sg.chinaeducloud.com:2026-12-25:1uif4c9',
        sentence: '省级审核截止时间：2026年12月25日。',
        phrase: '截止时间：2026年12月25日',
        deadlines: [
          {
            kind: 'due',
            date: '2026-12-25',
            monthDay: null,
            yearInferred: false,
            text: '截止时间：2026年12月25日',
            line: null,
            label: null,
            note: null,
          },
        ],
      },
      {
        id: 'page:sg.chinaeducloud.com:2026-12-10:1r5l2pc',
        sentence: '请于2026年12月上旬前上传佐证材料。',
        phrase: '2026年12月上旬前',
        deadlines: [
          {
            kind: 'due',
            date: '2026-12-10',
            monthDay: null,
            yearInferred: false,
            text: '2026年12月上旬前',
            line: null,
            label: null,
            note: '“上旬”按当月10日计，为近似日期',
          },
        ],
      },
      {
        id: 'page:sg.chinaeducloud.com:2026-12-31:2p6wi9',
        sentence: '2026年12月底前报送材料。',
        phrase: '2026年12月底前',
        deadlines: [
          {
            kind: 'due',
            date: '2026-12-31',
            monthDay: null,
            yearInferred: false,
            text: '2026年12月底前',
            line: null,
            label: null,
            note: '“月底”按当月最后一天计',
          },
        ],
      },
    ]);
    // The reply passes the contract's schema too.
    await expect(sendMessage(PAGE_DEADLINES, 'page/deadlines', { text, host: 'h' })).resolves.toMatchObject({
      found: expect.any(Array),
    });
  });

  it('page/deadlines: text over the bound is refused, not read', async () => {
    const text = '截止时间：2026年12月15日'.padEnd(PAGE_TEXT_MAX + 1, '。');
    await expect(toBackground<typeof PAGE_DEADLINES>()('page/deadlines', { text, host: 'h' })).rejects.toThrow(
      'page/deadlines: invalid request',
    );
    await expect(
      toBackground<typeof PAGE_DEADLINES>()('page/deadlines', { text: text.slice(0, PAGE_TEXT_MAX), host: 'h' }),
    ).resolves.toMatchObject({ found: [{ deadlines: [{ date: '2026-12-15' }] }] });
  });
});
