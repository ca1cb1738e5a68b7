import { type Browser, browser } from 'wxt/browser';
import { perfMeasure } from '@/utils/content/perf';
import { PAGE_TOP } from '@/utils/messages/page-top';
import {
  type PageDescription,
  POPUP_PORT,
  type PopupOpen,
  PopupOpenSchema,
  type PopupPush,
  type PopupView,
} from '@/utils/messages/popup';
import { type Sender, sendTabMessage } from '@/utils/messaging';
import type { PlatformId } from '@/utils/platforms/registry';

type Port = Browser.runtime.Port;
type Requirements = Pick<PopupView, 'requirements' | 'today' | 'followed'>;

const NO_PAGE: PageDescription = { platform: null, url: '', state: null };

/**
 * The background's side of the popup: what each platform tab shows (its overlay pushes every change, page/state),
 * and the popups open on a tab. A popup gets all its first render needs in one message and then each change of its
 * tab, instead of asking the page every second. After a restart of the background (nothing in memory yet) the tab is
 * asked once.
 */
export class PopupHub {
  private readonly pages = new Map<number, PageDescription>();
  private readonly ports = new Map<number, Set<Port>>();

  constructor(private readonly requirements: (platform: PlatformId | null) => Promise<Requirements>) {}

  /** Wires the hub: popups connecting, tabs closing or loading another page. */
  start(): void {
    browser.runtime.onConnect.addListener((port) => {
      if (port.name === POPUP_PORT) this.connect(port);
    });
    browser.tabs.onRemoved.addListener((tabId) => this.forget(tabId));
    browser.tabs.onUpdated.addListener((tabId, change) => {
      // Another page is loading in the tab: what the last one showed no longer holds. The new page's overlay, if it
      // is a platform page, pushes its own.
      if (change.status === 'loading') this.forget(tabId);
    });
  }

  /** A tab's overlay says what its page shows now (only a top frame speaks for its tab). */
  pageChanged(platform: PlatformId, state: PageDescription['state'], sender: Sender): void {
    if (sender.tabId === undefined || sender.frameId !== 0) return;
    this.set(sender.tabId, { platform, url: sender.url ?? '', state });
  }

  private set(tabId: number, page: PageDescription): void {
    this.pages.set(tabId, page);
    for (const port of this.ports.get(tabId) ?? []) post(port, { type: 'page', page });
  }

  private forget(tabId: number): void {
    if (!this.pages.delete(tabId)) return;
    for (const port of this.ports.get(tabId) ?? []) post(port, { type: 'page', page: NO_PAGE });
  }

  /**
   * What the tab shows: as its overlay last said, else asked now (none answers on a page that is no platform's). A
   * tab whose address is known and is no web page's (the popup opened as a tab, a browser page, a new tab) has no
   * overlay to ask: the failed ask took 3–12 ms of the popup's first view (issue #16).
   */
  private async describe(tabId: number, url?: string): Promise<PageDescription> {
    const known = this.pages.get(tabId);
    if (known) return known;
    if (url !== undefined && !mayHaveOverlay(url)) return NO_PAGE;
    try {
      const page = await sendTabMessage(PAGE_TOP, tabId, 'page/describe', {});
      // A push may have come in meanwhile: it is newer than the answer.
      if (!this.pages.has(tabId) && page.platform) this.pages.set(tabId, page);
      return this.pages.get(tabId) ?? page;
    } catch {
      return NO_PAGE;
    }
  }

  private connect(port: Port): void {
    // Only our own popup (as a popup, or opened as a tab): a content script's port has a page's address.
    if (!port.sender?.url?.startsWith(browser.runtime.getURL('/popup.html'))) {
      port.disconnect();
      return;
    }
    let opened = false;
    let closed = false;
    let tab: number | null = null;
    port.onDisconnect.addListener(() => {
      closed = true;
      if (tab !== null) this.ports.get(tab)?.delete(port);
    });
    port.onMessage.addListener((message: unknown) => {
      const open = PopupOpenSchema.safeParse(message);
      if (!open.success || opened) return;
      opened = true;
      void this.firstView(open.data, port.sender?.tab?.windowId).then((view) => {
        if (closed) return;
        post(port, view);
        // Every change from now on reaches the popup, after its view (nothing runs between these two steps).
        tab = view.tab;
        if (tab === null) return;
        const set = this.ports.get(tab) ?? new Set<Port>();
        set.add(port);
        this.ports.set(tab, set);
      });
    });
  }

  /** All a popup's first render needs: its tab, what the tab shows now, the requirements to show. */
  private async firstView({ tab }: PopupOpen, windowId: number | undefined): Promise<PopupView> {
    const t0 = performance.now();
    const query = windowId === undefined ? { active: true, lastFocusedWindow: true } : { active: true, windowId };
    // The active tab's address comes with it when the extension may read it (its host, or activeTab after the click).
    const active = tab === null ? (await browser.tabs.query(query).catch(() => []))[0] : undefined;
    const tabId = tab ?? active?.id ?? null;
    const described = tabId === null ? NO_PAGE : await this.describe(tabId, active?.url);
    const kb = await this.requirements(described.platform);
    // What the tab shows now: a push may have come in while the requirements were read.
    const page = (tabId !== null && this.pages.get(tabId)) || described;
    perfMeasure('tianbao:popup-view', t0);
    return { type: 'view', tab: tabId, page, ...kb };
  }
}

/**
 * Whether a page at this address can hold our overlay: content scripts run on http(s) pages only (the platforms'
 * hosts and the user's sites, utils/platforms/user-sites.ts).
 */
export function mayHaveOverlay(url: string): boolean {
  return /^https?:/i.test(url);
}

/** Posts to a popup that may have closed meanwhile. */
function post(port: Port, message: PopupPush): void {
  try {
    port.postMessage(message);
  } catch {
    // The popup closed: its port is dropped on disconnect.
  }
}
