// @vitest-environment happy-dom
// A save sends only what changed: a rescan of the form (the page changed its DOM) does not send again the values
// this page saved already, but still sends a field typed since, and everything again for another draft (the
// period changed). Nothing typed is lost on the way.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getBus } from '@/utils/content/bus';
import { DraftSession } from '@/utils/content/draft-session';
import { TianbaoDB } from '@/utils/drafts/db';
import type { DraftSave } from '@/utils/drafts/schema';
import { loadDraft, saveDraft } from '@/utils/drafts/service';
import { discoverFields, type Field } from '@/utils/fields/discover';
import { DRAFTS } from '@/utils/messages/drafts';
import { onMessages } from '@/utils/messaging';

let n = 0;

describe('what a save carries', () => {
  let database: TianbaoDB;
  let stopHandlers: () => void;
  const saves: DraftSave[] = [];
  beforeEach(() => {
    fakeBrowser.reset();
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'https://nzws.drce.com.cn/apply.html',
    );
    getBus().platform = 'nzws';
    database = new TianbaoDB(`delta-${n++}`);
    saves.length = 0;
    stopHandlers = onMessages(DRAFTS, {
      'drafts/save': async (save) => {
        saves.push(save);
        const { savedAt, versions } = await saveDraft(save, Date.now(), database);
        return { savedAt, versions };
      },
      'drafts/load': async ({ key }) => ({ draft: await loadDraft(key, database) }),
    });
  });
  afterEach(() => {
    stopHandlers();
    vi.restoreAllMocks();
  });

  it('sends a saved value once, a new one when typed, and all again for another draft', async () => {
    document.body.innerHTML = `<table>${['申报单位', '联系人', '年度']
      .map((l) => `<tr><th>${l}</th><td><input></td></tr>`)
      .join('')}</table>`;
    for (const el of Array.from(document.querySelectorAll('input'))) {
      el.getBoundingClientRect = () => DOMRect.fromRect({ x: 10, y: 10, width: 200, height: 24 });
    }
    const fields = discoverFields(document);
    const byId = new Map(fields.map((f) => [f.id, f]));
    const stop = new AbortController();
    const session = new DraftSession(
      document,
      getBus(),
      { fields: () => fields, byId: (id) => byId.get(id), excluded: () => false },
      () => undefined,
      stop.signal,
    );
    const [unit, contact, year] = fields as [Field, Field, Field];
    const type = (f: Field, value: string) => {
      getBus().touched.add(f.el);
      (f.el as HTMLInputElement).value = value;
      session.edited(f);
    };
    await session.update();
    type(year, '2024');
    type(unit, '青川市社区大学');
    // The engine reads the form again as the user types: its key now has the period 2024.
    await session.update();
    await session.flush();
    expect(saves.map((s) => Object.values(s.delta).sort())).toEqual([['2024', '青川市社区大学']]);

    // The page changes its DOM: the engine rescans, and the form's key is the same. Nothing new to send.
    await session.update();
    await session.flush();
    expect(saves).toHaveLength(1);

    // Typed since: only that field goes.
    type(contact, '王老师');
    await session.update();
    await session.flush();
    expect(saves).toHaveLength(2);
    expect(saves[1]?.delta).toEqual({ [contact.id]: '王老师' });

    // Another period is another draft: what the page shows is saved there in full.
    type(year, '2025');
    await session.flush();
    await session.update();
    await session.flush();
    const last = saves.at(-1);
    expect(last?.key.period).toBe('2025');
    expect(Object.values(last?.delta ?? {}).sort()).toEqual(['2025', '王老师', '青川市社区大学'].sort());
    const draft = last && (await loadDraft(last.key, database));
    expect(draft?.values).toMatchObject({ [unit.id]: '青川市社区大学', [contact.id]: '王老师', [year.id]: '2025' });
    stop.abort();
  });
});
