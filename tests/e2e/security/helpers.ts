import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect } from '../fixtures';

export const APPLY = 'https://nzws.drce.com.cn/apply.html';
/** Fields of 001 附件2 on the nzws replica (ids are the replica's own, meaningless on purpose). */
export const UNIT = '#fld_b63a'; // 申报单位
export const PROJECT = '#fld_957b'; // 项目名称
export const PHONE = '#fld_e284'; // 手机
export const ADDRESS = '#fld_833f'; // 通讯地址
export const NEED = '#fld_85bf'; // 一、当地需求 (800 字以内)

/** The panel shows that a save went through (drafts.spec.ts waits the same way). */
export async function saved(page: Page): Promise<void> {
  await expect(page.getByTestId('draft-status')).toHaveAttribute('data-saved-at', /\d+/);
}

/**
 * The panel shows a save made after `since` (ms since epoch): the autosave sends the first change at once and the
 * rest at most once a second, so "some save happened" does not prove that the last typed value went out.
 */
export async function savedAfter(page: Page, since: number): Promise<void> {
  await expect
    .poll(async () => Number((await page.getByTestId('draft-status').getAttribute('data-saved-at')) || 0), {
      timeout: 10_000,
    })
    .toBeGreaterThan(since);
}

/**
 * Everything a page script can read on the page: the document's text, every control's value, and the text and
 * control values inside every open shadow root (ours included). Read in the page's main world, as an attacker would.
 */
export function readablePage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      out.push(root instanceof Document ? (root.documentElement?.textContent ?? '') : (root.textContent ?? ''));
      for (const el of root.querySelectorAll('*')) {
        if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) {
          out.push(el.value);
        }
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return out.join('\n');
  });
}

/** The text of our overlay's shadow root, as a page script reads it through `shadowRoot`. */
export function overlayText(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('tianbao-overlay')?.shadowRoot?.textContent ?? '');
}

/**
 * A page script clicks one of our controls through the open shadow root: `el.click()` dispatches an untrusted click.
 * Then it lets two frames pass so any re-render the click caused has happened (the attacker reads the result).
 * `target` is a data-testid, or a CSS selector when it starts with `[`. Returns whether the control was there.
 */
export function attackerClicks(page: Page, target: string, host = 'tianbao-overlay'): Promise<boolean> {
  return page.evaluate(
    async ([h, t]) => {
      const selector = t.startsWith('[') ? t : `[data-testid="${t}"]`;
      const el = document.querySelector(h)?.shadowRoot?.querySelector<HTMLElement>(selector);
      el?.click();
      for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
      return !!el;
    },
    [host, target] as const,
  );
}

interface SwChrome {
  storage: { local: { get(key: null): Promise<Record<string, unknown>>; getBytesInUse(key: null): Promise<number> } };
}

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  const [sw] = context.serviceWorkers();
  return sw ?? (await context.waitForEvent('serviceworker'));
}

/** All of chrome.storage.local (settings, mappings, followed tasks), as JSON. */
export async function storageLocal(context: BrowserContext): Promise<string> {
  const sw = await serviceWorker(context);
  return JSON.stringify(
    await sw.evaluate(() => (globalThis as unknown as { chrome: SwChrome }).chrome.storage.local.get(null)),
  );
}

export async function bytesInUse(context: BrowserContext): Promise<number> {
  const sw = await serviceWorker(context);
  return sw.evaluate(() => (globalThis as unknown as { chrome: SwChrome }).chrome.storage.local.getBytesInUse(null));
}

/** Every stored draft and version in the extension's own IndexedDB, as JSON (the raw truth behind the dashboard). */
export async function storedDrafts(context: BrowserContext): Promise<string> {
  const sw = await serviceWorker(context);
  return sw.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('tianbao');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const stores = [...db.objectStoreNames];
          if (stores.length === 0) return resolve('[]');
          const tx = db.transaction(stores);
          const all: unknown[] = [];
          for (const name of stores) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => all.push(req.result);
          }
          tx.oncomplete = () => resolve(JSON.stringify(all));
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Opens our options page on the drafts section. */
export async function optionsPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('drafts-section')).toBeVisible();
  return options;
}
