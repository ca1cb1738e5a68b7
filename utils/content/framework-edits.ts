import { type Field, readValue } from '@/utils/fields/discover';
import { isOurs } from './page-watcher';

/** Long enough for a framework to re-render after a click (Vue batches to the next tick, popups animate). */
const SETTLE_MS = [60, 400];

/**
 * A framework widget changes without an `input` event on its control: an option clicked in a select's popup, a
 * day picked in a calendar, a cascade chosen, text typed into an editor that keeps its own model. Around each of the user's own clicks and key presses (trusted
 * events, outside our UI), the widgets' values are read before and after: a value that changed is the user's edit.
 */
export class FrameworkEdits {
  private readonly docs = new WeakSet<Document>();
  /** The widgets' values by field id when the user's interaction began (fields are re-read on each rescan). */
  private before: Map<string, string> | null = null;
  private timers: ReturnType<typeof setTimeout>[] = [];

  constructor(
    private readonly fields: () => readonly Field[],
    private readonly changed: (f: Field) => void,
    private readonly signal: AbortSignal,
    /** After the user's interaction has settled (the framework may have shown or hidden its own messages). */
    private readonly settled: () => void = () => undefined,
  ) {
    signal.addEventListener('abort', () => this.clear());
  }

  private widgets(): Field[] {
    // An editor with a model of its own (Slate) cancels the native input and may send no input event either.
    return this.fields().filter(
      (f) => !f.sensitive && (f.control || f.kind === 'contenteditable' || f.kind === 'iframe-editor'),
    );
  }

  /**
   * The widgets an event may change, so that a key press reads one widget, not every one on the page (#16): a
   * click may pick an option in a popup far from its widget, so it concerns them all; a key press concerns the
   * widget holding the focused control (both ends of a range share theirs), none when it is another field or
   * nothing is focused, and all of them when the focus is elsewhere (a popup's own filter box or day cell).
   */
  private concerned(e: Event): Field[] {
    const all = this.widgets();
    const target = e.target as Node | null;
    if (e.type === 'pointerdown' || !target || typeof target.nodeType !== 'number') return all;
    const inside = all.filter((f) => f.el.contains(target) || f.control?.view.contains(target));
    if (inside.length) return inside;
    const doc = target.ownerDocument;
    if (!doc || target === doc.body || target === doc.documentElement) return [];
    return this.fields().some((f) => f.el.contains(target)) ? [] : all;
  }

  watch(doc: Document): void {
    if (this.docs.has(doc) || this.signal.aborted) return;
    this.docs.add(doc);
    const start = (e: Event) => {
      if (!e.isTrusted || isOurs(e.target as Node)) return;
      const before = this.before ?? new Map<string, string>();
      for (const f of this.concerned(e)) if (!before.has(f.id)) before.set(f.id, readValue(f));
      this.before = before;
    };
    const settle = (e: Event) => {
      if (!e.isTrusted || !this.before || isOurs(e.target as Node)) return;
      this.clear(false);
      this.timers = SETTLE_MS.map((ms, i) => setTimeout(() => this.compare(i === SETTLE_MS.length - 1), ms));
    };
    const opts = { capture: true, signal: this.signal };
    for (const type of ['pointerdown', 'keydown']) doc.addEventListener(type, start, opts);
    for (const type of ['click', 'keyup', 'change']) doc.addEventListener(type, settle, opts);
  }

  private compare(last: boolean): void {
    const before = this.before;
    if (!before) return;
    // The page may have re-rendered its widgets meanwhile: the fields as last scanned are the ones on the page.
    for (const f of this.widgets()) {
      const was = before.get(f.id);
      if (was === undefined) continue;
      const now = readValue(f);
      if (now === was) continue;
      before.set(f.id, now);
      this.changed(f);
    }
    if (last) {
      this.before = null;
      this.settled();
    }
  }

  private clear(forget = true): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
    if (forget) this.before = null;
  }
}
