import { t } from '@/utils/i18n';
import type { RequirementView } from '@/utils/knowledge/view';
import { isPageRequirement } from '@/utils/notices/page-id';
import { knownAlready, type PageDeadline, visiblePageText } from '@/utils/notices/page-text';
import type { PlatformId } from '@/utils/platforms/registry';
import { PAGE_DISMISSED, PAGE_FOLLOWED } from '@/utils/settings/page-deadlines';
import { readSetting, writeSetting } from '@/utils/settings/store';
import type { RequirementsSource } from './overlay-requirements';

const TITLE_CHARS = 40;

/** A deadline the page prints, in the shape of the other requirements: the page's own sentence is its source. */
export function pageRequirementView(
  found: PageDeadline,
  page: { host: string; title: string; platform: PlatformId | null },
): RequirementView {
  const title = found.sentence.length > TITLE_CHARS ? `${found.sentence.slice(0, TITLE_CHARS)}…` : found.sentence;
  return {
    id: found.id,
    // The view schema knows built-in and imported knowledge; the id (page:…) says where this one comes from.
    source: 'imported',
    notice: { docNumber: null, title: page.title || page.host, date: null, issuer: page.host },
    item: '',
    title,
    actor: t('pageDeadlineActor'),
    action: found.sentence,
    platforms: page.platform ? [page.platform] : [],
    channels: [],
    deadlines: found.deadlines,
    contacts: [],
    annexes: [],
    steps: [],
    quote: found.sentence,
    seed: null,
    lines: [],
    note: t('pageDeadlineSourceNote'),
  };
}

type Loaded = Awaited<ReturnType<RequirementsSource['load']>>;

/** Reads the deadlines in a page's visible text (the background does, with the notice parser; issue #16). */
export type ReadDeadlines = (text: string, host: string) => Promise<PageDeadline[]>;

/** What one reading of the page's text gave: its deadlines, or why there are none. */
type Reading = { found: PageDeadline[] } | { error: unknown };

/**
 * A text's fingerprint: its length and two 32-bit hashes of its characters. Kept instead of the text itself: a large
 * page's visible text is some 20,000 characters (two-byte for Chinese), and two copies of it stayed in the page's heap
 * between its changes (#16).
 */
export function textDigest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return `${text.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}

/** `latestReadings`' reader; `heldChars()` says how much page text it keeps now (none once no ask is waiting). */
export interface LatestReadings {
  (text: string): Promise<Reading>;
  heldChars(): number;
}

/**
 * Reads the deadlines of the page's latest text through `read`, one ask at a time. While an ask runs only the latest
 * text is kept (the texts in between are never asked); an answer for a text that is no longer the latest is dropped
 * and the latest is asked: a slow answer (retries after a service worker's wake take up to some 4 s) never
 * overwrites a newer one. Every caller gets the answer for the text that was latest when it came, so concurrent
 * loads agree. A text's deadlines are kept; a failure is not, so the next load (the next page change) asks again.
 * Texts are told apart by their digest (textDigest): no text is held once its ask has started.
 */
export function latestReadings(read: (text: string) => Promise<PageDeadline[]>): LatestReadings {
  /** The text to ask next, until the ask takes it. */
  let latest: string | null = null;
  let latestKey = '';
  let answered: { key: string; found: PageDeadline[] } | null = null;
  let waiting: ((r: Reading) => void)[] = [];
  let asking = false;
  const ask = async (text: string, key: string): Promise<Reading> => {
    // The latest text may have gone back to the one read last: its answer is kept.
    if (answered?.key === key) return { found: answered.found };
    try {
      return { found: await read(text) };
    } catch (error) {
      return { error };
    }
  };
  const pump = async () => {
    asking = true;
    while (waiting.length) {
      const key = latestKey;
      // Null only when the latest text is the one answered last (given back without an ask).
      const text = latest ?? '';
      latest = null;
      const r = await ask(text, key);
      if (key !== latestKey) continue;
      // A text given meanwhile with the same digest is answered by this ask: not kept for another.
      latest = null;
      answered = 'found' in r ? { key, found: r.found } : null;
      const done = waiting;
      waiting = [];
      for (const resolve of done) resolve(r);
    }
    asking = false;
  };
  const reading = (text: string): Promise<Reading> => {
    const key = textDigest(text);
    latestKey = key;
    if (answered?.key === key) return Promise.resolve({ found: answered.found });
    latest = text;
    return new Promise((resolve) => {
      waiting.push(resolve);
      if (!asking) void pump();
    });
  };
  return Object.assign(reading, { heldChars: () => latest?.length ?? 0 });
}

/**
 * The requirements source of a platform page: the knowledge base's requirements of this platform (asked once), and
 * the deadlines the page itself prints, read again each time `changed` fires: the page's visible text is taken here
 * and its deadlines read by `readDeadlines` (in the background; see `latestReadings`), asked again only when the
 * text changed. A page deadline whose dates are all deadlines of a known requirement is not shown twice; dismissed
 * ones stay hidden on this host. A failed reading of the page hides none of the knowledge base's requirements: they
 * show with a note, and the page is read again on its next change.
 */
export function withPageDeadlines(
  base: Pick<RequirementsSource, 'load' | 'follow' | 'importNotice'> & { readDeadlines: ReadDeadlines },
  page: {
    doc: Document;
    platform: PlatformId | null;
    /** Registers a listener for structural changes of the page; returns the unsubscribe. */
    changed: (listener: () => void) => () => void;
  },
): RequirementsSource {
  const host = page.doc.location?.host ?? '';
  let known: Promise<Loaded> | null = null;
  const reading = latestReadings((text) => base.readDeadlines(text, host));
  let shown = new Map<string, PageDeadline>();
  return {
    async load() {
      known ??= base.load();
      // A failed first ask is asked again next time rather than kept.
      const r = await known.catch((e: unknown) => {
        known = null;
        throw e;
      });
      const dates = new Set<string>();
      for (const x of r.requirements)
        for (const d of x.deadlines) for (const v of [d.date, d.monthDay]) if (v) dates.add(v);
      const dismissed = new Set(
        (await readSetting(PAGE_DISMISSED).catch(() => ({}) as Record<string, string[]>))[host],
      );
      const printed = await reading(visiblePageText(page.doc));
      if ('error' in printed) {
        shown = new Map();
        const e = printed.error;
        return { ...r, note: t('pageDeadlinesError', e instanceof Error ? e.message : String(e)) };
      }
      const found = printed.found.filter((f) => !dismissed.has(f.id) && !knownAlready(f, dates));
      shown = new Map(found.map((f) => [f.id, f]));
      const title = page.doc.title;
      return {
        ...r,
        requirements: [
          ...r.requirements,
          ...found.map((f) => pageRequirementView(f, { host, title, platform: page.platform })),
        ],
      };
    },
    async follow(id, follow) {
      const f = shown.get(id);
      if (isPageRequirement(id)) {
        // The knowledge base does not know it: kept whole, for the reminders (written before FOLLOWED changes).
        const all = await readSetting(PAGE_FOLLOWED);
        if (follow && f)
          all[id] = {
            host,
            sentence: f.sentence,
            deadlines: f.deadlines.map((d) => ({ kind: d.kind, date: d.date, text: d.text })),
          };
        else delete all[id];
        await writeSetting(PAGE_FOLLOWED, all);
      }
      const followed = await base.follow(id, follow);
      // The knowledge base is asked once per page: keep its followed list current for the next read of the page.
      const cached = known;
      if (cached) known = cached.then((r) => ({ ...r, followed }));
      return followed;
    },
    async dismiss(id) {
      const all = await readSetting(PAGE_DISMISSED);
      all[host] = [...new Set([...(all[host] ?? []), id])];
      await writeSetting(PAGE_DISMISSED, all);
      shown.delete(id);
    },
    changes: (listener) => page.changed(listener),
    importNotice: base.importNotice,
  };
}
