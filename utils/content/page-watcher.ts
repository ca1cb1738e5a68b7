import { ChangeLog, OBSERVE, type PageChanges } from '@/utils/fields/changes';
import { type Bus, EDIT_EVENTS, recordTrustedEdits } from './bus';

const RESCAN_DELAY_MS = 200;

/** What a mutation must add or remove to change the fields: a control, a frame, a table or an editable area. */
const STRUCTURAL = 'input, select, textarea, iframe, table, [contenteditable], label';

/** Whether a node belongs to our own UI (the overlay, hints, the guard). */
export function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest('tianbao-overlay, tianbao-hints, tianbao-guard');
}

/** Whether a mutation adds or removes a control, a frame, a table or an editable area (outside our own UI). */
export function isStructural(r: MutationRecord): boolean {
  if (isOurs(r.target)) return false;
  const touches = (nodes: NodeList) => {
    for (const n of Array.from(nodes)) {
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      if (el.matches(STRUCTURAL) || el.querySelector(STRUCTURAL)) return true;
    }
    return false;
  };
  return touches(r.addedNodes) || touches(r.removedNodes);
}

export interface WatchHandlers {
  /** A change that adds or removes fields: rescan (debounced). */
  rescan(): void;
  /** An edit event in a field (trusted or not; IME composition already finished). */
  edit(e: Event): void;
  /** A click anywhere (the submit guard looks for the page's own submit button). */
  click(e: MouseEvent): void;
}

/**
 * Watches the documents of a page (the top one and its same-origin frames): edits, clicks, frames that load, and
 * mutations that change what fields there are. A clock ticking in a banner, a page's own hints or a counter never
 * cause a rescan. Every listener goes with `signal`.
 */
export class PageWatcher {
  private readonly docs = new Set<Document>();
  private readonly observers: MutationObserver[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Every change a field could be read differently after, since the last scan took them (takeChanges). */
  private readonly changes = new ChangeLog();

  constructor(
    private readonly bus: Bus,
    private readonly handlers: WatchHandlers,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => {
      clearTimeout(this.timer);
      for (const o of this.observers) o.disconnect();
    });
  }

  get documents(): Document[] {
    return [...this.docs];
  }

  watch(doc: Document): void {
    if (this.docs.has(doc) || this.signal.aborted) return;
    this.docs.add(doc);
    const signal = this.signal;
    recordTrustedEdits(doc, this.bus, signal);
    const onEdit = (e: Event) => {
      // Never in the middle of IME composition: the text is not what the user means yet.
      if (e.type === 'input' && (e as InputEvent).isComposing) return;
      this.handlers.edit(e);
    };
    for (const type of EDIT_EVENTS) doc.addEventListener(type, onEdit, { capture: true, signal });
    doc.addEventListener('click', (e) => this.handlers.click(e), { capture: true, signal });
    // A frame that loads later (a form in an iframe, an editor) is scanned when it is ready.
    doc.addEventListener('load', (e) => (e.target as Element)?.tagName === 'IFRAME' && this.schedule(), {
      capture: true,
      signal,
    });
    const observer = new MutationObserver((records) => {
      let structural = false;
      for (const r of records) {
        if (isOurs(r.target)) continue;
        this.changes.note(r);
        structural ||= r.type === 'childList' && isStructural(r);
      }
      if (structural) this.schedule();
    });
    // Text and the attributes a field is read by are logged for the next scan; only controls come and go rescan.
    observer.observe(doc.documentElement, OBSERVE);
    this.observers.push(observer);
  }

  /** What the watched documents changed since the last call: a scan takes them as it starts. */
  takeChanges(): PageChanges {
    return this.changes.take();
  }

  /** A rescan soon, once the page has stopped adding nodes for a moment. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.handlers.rescan(), RESCAN_DELAY_MS);
  }
}
