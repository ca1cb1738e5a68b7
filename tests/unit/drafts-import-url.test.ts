import { describe, expect, it } from 'vitest';
import { TianbaoDB } from '@/utils/drafts/db';
import { loadDraft, saveDraft } from '@/utils/drafts/service';
import { exportDrafts, importDrafts } from '@/utils/drafts/transfer';
import { JXJY_KEY, JXJY_URL } from './draft-key';

const key = JXJY_KEY;
const URL_OK = JXJY_URL;
let n = 0;
const freshDb = () => new TianbaoDB(`import-url-${n++}`);

describe('an imported draft file only carries web addresses', () => {
  it.each([
    'javascript:alert(document.domain)',
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'chrome-extension://abc/options.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses a file with a draft at %s whole, and changes nothing', async (url) => {
    const source = freshDb();
    await saveDraft({ key, delta: { x: 'theirs' }, labels: {}, title: '别人的草稿', url: URL_OK }, 10, source);
    const file = (await exportDrafts(source)) as { drafts: { url: string }[] };
    const good = structuredClone(file.drafts[0]);
    const bad = file.drafts[0];
    if (!good || !bad) throw new Error('no draft exported');
    bad.url = url;
    const text = JSON.stringify({ ...file, drafts: [good, bad] });

    const mine = freshDb();
    await saveDraft({ key, delta: { x: 'mine' }, labels: {}, title: '我的草稿', url: URL_OK }, 1, mine);
    const r = await importDrafts(mine, text);
    expect(r).toEqual({
      ok: false,
      message: expect.stringContaining('不是 http 或 https 地址'),
      problem: expect.objectContaining({ code: 'not-web' }),
    });
    if (!r.ok) expect(r.message).toContain('未导入任何内容');
    expect((await loadDraft(key, mine))?.values).toEqual({ x: 'mine' });
    expect(await mine.drafts.count()).toBe(1);
  });

  it('takes http and https addresses', async () => {
    const source = freshDb();
    await saveDraft({ key, delta: { x: 'a' }, labels: {}, title: 't', url: 'http://10.0.0.8/gz/table6.2' }, 10, source);
    const r = await importDrafts(freshDb(), JSON.stringify(await exportDrafts(source)));
    expect(r).toEqual({ ok: true, drafts: 1, replaced: 0 });
  });
});
