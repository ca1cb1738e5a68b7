import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { isWebUrl } from '@/utils/web-url';
import type { ParsedNotice } from './parse';

/**
 * The notice on the page the user is reading: the popup reads the tab's text (activeTab + scripting, that tab
 * only, no host permission), and hands it to the dashboard's import review through storage.session, which only the
 * extension's own pages can read and which the browser forgets when it closes.
 */

/** A notice with its annexes is tens of thousands of characters; a page's text past this is cut, not refused. */
const MAX_TEXT = 1_000_000;
const MAX_ATTACHMENTS = 50;
const SESSION_KEY = 'pageNotice';

/** Only the files the import can read: the user downloads one and opens it with the review's file input. */
const ATTACHMENT_ENDINGS = ['.docx', '.pdf'] as const;

const LinkSchema = z.object({ href: z.string().check(z.maxLength(4096)), text: z.string().check(z.maxLength(400)) });

/** What the script in the tab returns: the page decides every value, so the popup checks the shape. */
const PageReadSchema = z.object({
  url: z.string().check(z.maxLength(4096)),
  title: z.string().check(z.maxLength(1000)),
  text: z.string().check(z.maxLength(MAX_TEXT)),
  links: z.array(LinkSchema).check(z.maxLength(2000)),
});
export type PageRead = z.infer<typeof PageReadSchema>;

/** What the review receives: the text, its page as the source, and the annex files the page links to. */
export const PageNoticeSchema = z.object({
  text: z.string().check(z.maxLength(MAX_TEXT)),
  url: z.string().check(z.refine(isWebUrl)),
  title: z.string().check(z.maxLength(1000)),
  attachments: z
    .array(z.extend(LinkSchema, { href: z.string().check(z.refine(isWebUrl)) }))
    .check(z.maxLength(MAX_ATTACHMENTS)),
});
export type PageNotice = z.infer<typeof PageNoticeSchema>;

/**
 * Runs in the tab (serialised by the browser, so it must not reach anything outside itself). It runs in the
 * extension's isolated world: the page's scripts can't replace what it calls. Only the top frame is read.
 */
function readPageInTab() {
  const limit = 1_000_000;
  const links = Array.from(document.querySelectorAll('a[href]'))
    .slice(0, 2000)
    .map((a) => ({
      href: (a as HTMLAnchorElement).href.slice(0, 4096),
      text: (a.textContent ?? '').trim().slice(0, 400),
    }));
  return {
    url: location.href.slice(0, 4096),
    title: document.title.slice(0, 1000),
    // biome-ignore lint/performance/useDomNodeTextContent: the text as read, one line per block, without scripts, styles or hidden parts; the parser works by lines.
    text: (document.body?.innerText ?? '').slice(0, limit),
    links,
  };
}

/**
 * The text of a tab's page, or null when the extension may not read it (no toolbar click on this tab, a browser
 * page, the store) or the page is not a web page. Chromium: scripting.executeScript; Firefox MV2: tabs.executeScript.
 */
export async function readPage(tabId: number): Promise<PageRead | null> {
  try {
    const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
    let result: unknown;
    if (scripting?.executeScript) {
      const [first] = await scripting.executeScript({ target: { tabId }, func: readPageInTab });
      result = first?.result;
    } else {
      const tabs = browser.tabs as unknown as {
        executeScript(tabId: number, d: { code: string }): Promise<unknown[]>;
      };
      [result] = await tabs.executeScript(tabId, { code: `(${readPageInTab.toString()})()` });
    }
    const page = PageReadSchema.safeParse(result);
    return page.success && isWebUrl(page.data.url) ? page.data : null;
  } catch {
    return null;
  }
}

/**
 * Whether a parsed page reads like a notice: it carries a 文号, or a notice's title with a dated deadline. A news
 * article that merely mentions a deadline has neither, so the popup doesn't offer to import it.
 */
export function readsLikeNotice(parsed: ParsedNotice): boolean {
  if (parsed.notice) return true;
  return parsed.title !== null && parsed.deadlines.some((d) => d.date !== null || d.month_day !== null);
}

/** The last part of a path, readable (a malformed %-escape is shown as written). */
function fileName(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The .docx and .pdf files the page links to, each once, in page order. */
export function attachmentLinks(links: readonly PageRead['links'][number][]): PageNotice['attachments'] {
  const seen = new Set<string>();
  const out: PageNotice['attachments'] = [];
  for (const link of links) {
    if (!isWebUrl(link.href) || seen.has(link.href)) continue;
    const path = new URL(link.href).pathname;
    if (!ATTACHMENT_ENDINGS.some((end) => path.toLowerCase().endsWith(end))) continue;
    seen.add(link.href);
    out.push({ href: link.href, text: link.text || fileName(path) });
    if (out.length >= MAX_ATTACHMENTS) break;
  }
  return out;
}

/** Leaves the page's notice for the dashboard's import review. */
export async function offerPageNotice(notice: PageNotice): Promise<void> {
  await browser.storage.session.set({ [SESSION_KEY]: PageNoticeSchema.parse(notice) });
}

/** The page's notice left by the popup, taken once: a reload of the dashboard doesn't bring it back. */
export async function takePageNotice(): Promise<PageNotice | null> {
  try {
    const { [SESSION_KEY]: value } = await browser.storage.session.get(SESSION_KEY);
    if (value === undefined) return null;
    await browser.storage.session.remove(SESSION_KEY);
    const notice = PageNoticeSchema.safeParse(value);
    return notice.success ? notice.data : null;
  } catch {
    return null;
  }
}
