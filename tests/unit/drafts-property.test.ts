// @vitest-environment happy-dom
// Drafts are sacred: any sequence of typing, restore (all or some), undo, dismiss, save and reload never loses a
// value the user typed. Random sequences from a fixed seed, against the real draft session and the real draft
// service (fake IndexedDB); the background's message handlers are wired as in the extension.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getBus } from '@/utils/content/bus';
import { DraftSession } from '@/utils/content/draft-session';
import { TianbaoDB } from '@/utils/drafts/db';
import type { DraftKey } from '@/utils/drafts/schema';
import { loadDraft, saveDraft } from '@/utils/drafts/service';
import { snapshotBeforeRestore } from '@/utils/drafts/snapshot';
import { discoverFields, type Field } from '@/utils/fields/discover';
import { DRAFTS } from '@/utils/messages/drafts';
import { onMessages } from '@/utils/messaging';

const LABELS = ['申报单位', '项目名称', '联系人', '通讯地址'];
const VALUES = ['', '青川市社区大学', '乡村振兴“学习坊”', '王老师', '0012', '第一行\n第二行', 'x'];

/** A small deterministic PRNG (mulberry32), so a failing sequence can be replayed from its seed. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Page {
  session: DraftSession;
  fields: Field[];
  stop: AbortController;
}

let database: TianbaoDB;
let n = 0;
let stopHandlers: () => void;

function openPage(): Page {
  document.body.innerHTML = `<table>${LABELS.map((l) => `<tr><th>${l}</th><td><input></td></tr>`).join('')}</table>`;
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
  // As the page watcher does: every input event in a field reaches the session (ours from restore and undo too).
  const byEl = new Map(fields.map((f) => [f.el as Element, f]));
  document.addEventListener(
    'input',
    (e) => {
      const f = byEl.get(e.target as Element);
      if (f) session.edited(f);
    },
    { capture: true, signal: stop.signal },
  );
  return { session, fields, stop };
}

describe('drafts are never lost', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'https://nzws.drce.com.cn/apply.html',
    );
    getBus().platform = 'nzws';
    database = new TianbaoDB(`property-${n++}`);
    stopHandlers = onMessages(DRAFTS, {
      'drafts/save': async (save) => {
        const { savedAt, versions } = await saveDraft(save, Date.now(), database);
        return { savedAt, versions };
      },
      'drafts/load': async ({ key }) => ({ draft: await loadDraft(key, database) }),
      'drafts/snapshot': async ({ key, values }) => ({
        kept: await snapshotBeforeRestore(key, values, Date.now(), database),
      }),
    });
  });
  afterEach(() => stopHandlers());

  it('through 60 random sequences of type / restore all / restore some / undo / dismiss / save / reload', async () => {
    for (let seed = 1; seed <= 60; seed++) {
      const random = rng(seed);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
      const typed = new Map<string, string>();
      const log: string[] = [];
      let page = openPage();
      await page.session.update();
      let key: DraftKey | null = null;
      for (let step = 0; step < 14; step++) {
        const op = pick(['type', 'type', 'type', 'restore', 'restoreSome', 'undo', 'dismiss', 'save', 'reload']);
        // A restore or an undo is done before the user's next action (a click, then other tasks): they are awaited.
        log.push(op);
        if (op === 'type') {
          const f = pick(page.fields);
          const value = pick(VALUES);
          const el = f.el as HTMLInputElement;
          getBus().touched.add(f.el);
          el.value = value;
          el.dispatchEvent(new Event('input', { bubbles: true }));
          // What the user typed is what the field holds (a one-line input drops newlines as it is typed).
          typed.set(f.id, el.value);
          log.push(`${f.label.label}=${JSON.stringify(value)}`);
        } else if (op === 'restore') await page.session.restore();
        else if (op === 'restoreSome') await page.session.restore([pick(page.fields).id]);
        else if (op === 'undo') await page.session.undo();
        else if (op === 'dismiss') page.session.dismiss();
        else if (op === 'save') await page.session.flush();
        else {
          // A reload: what is pending is sent as the page goes, then the same form loads empty.
          await page.session.flush();
          page.stop.abort();
          page = openPage();
          await page.session.update();
        }
      }
      await page.session.flush();
      const fields = page.fields;
      key ??= {
        origin: 'https://nzws.drce.com.cn',
        platform: 'nzws',
        path: '/apply.html',
        fingerprint: (await database.drafts.toArray())[0]?.key.fingerprint ?? '',
        period: null,
      };
      const draft = typed.size ? await loadDraft(key, database) : null;
      for (const [id, value] of typed) {
        const label = fields.find((f) => f.id === id)?.label.label;
        expect(draft?.values[id], `seed ${seed}: ${label} after ${log.join(' ')}`).toBe(value);
      }
      page.stop.abort();
    }
  }, 60_000);

  it('a restore first keeps what the page showed as a version', async () => {
    let page = openPage();
    await page.session.update();
    const [unit] = page.fields as [Field];
    (unit.el as HTMLInputElement).value = '草稿里的单位';
    getBus().touched.add(unit.el);
    page.session.edited(unit);
    await page.session.flush();
    page.stop.abort();
    page = openPage();
    await page.session.update();
    // The platform itself filled the field in on this visit: a restore must not make that value unrecoverable.
    const again = page.fields[0]?.el as HTMLInputElement;
    again.value = '平台上已有的单位';
    await page.session.restore();
    await new Promise((r) => setTimeout(r, 50));
    expect(again.value).toBe('草稿里的单位');
    const versions = await database.versions.toArray();
    expect(versions.map((v) => Object.values(v.values))).toContainEqual(['平台上已有的单位']);
    page.stop.abort();
  });
});
