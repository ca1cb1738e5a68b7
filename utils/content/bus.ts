import type { PageState } from '@/utils/checklist/page-state';

/**
 * The link between the two content scripts of a tab's top frame: the overlay (loaded with the page) and the field
 * engine (injected after it). Both run in the extension's isolated world, so they share `globalThis`, which the
 * page cannot see; the bus lives there under a symbol.
 */
export interface ProblemItem {
  kind: string;
  fieldId: string;
  label: string;
  row: string | null;
  message: string;
  basis: string;
  /** error: 必须修改; warning: 请核实或填写说明 (a warning the user explained is not among the problems). */
  severity: 'error' | 'warning';
}

/** What the checklist needs from the page, kept fresh by the field engine (its schema: utils/checklist). */
export type { PageState };

export interface FieldsSummary {
  /** How many fields the page has, and how many the engine recognised with a label. */
  total: number;
  labelled: number;
  /** Annex profiles the page matched, e.g. 附件2《社区教育实践创新项目申报表》. */
  profiles: string[];
  /** Why the last scan failed, shown in the panel (the fields of the scan before it stay in use); null if it ran. */
  error: string | null;
  /** Why the annexes' rules could not be had from the background (the page is checked by generic rules meanwhile). */
  rulesError?: string | null;
}

/**
 * Where the overlay should stand aside while the user works on a field it would cover: set by the field engine's
 * layout helper (components/fields/dodge.ts), applied by the overlay. `side` flips the dock; `top`/`maxHeight` move
 * it above or below the field when both sides would cover it.
 */
export interface Dodge {
  side: 'left' | 'right';
  top?: number;
  maxHeight?: number;
}

export interface Bus {
  /** The platform the overlay recognised (set before the field engine is injected). */
  platform: string | null;
  /** Set by the field engine: let the user click (or press Enter on) a page field; resolves to its id. */
  pick: (() => Promise<string | null>) | null;
  /**
   * Where the field engine renders its part of the overlay (problems, recognised fields): an element inside the
   * overlay's shadow root, set by the overlay once mounted; it stays mounted (hidden) while the panel is collapsed, so
   * the pill can count problems and the data-testid contracts stay in the shadow DOM.
   */
  slot: HTMLElement | null;
  setSlot(el: HTMLElement | null): void;
  problems: readonly ProblemItem[];
  summary: FieldsSummary | null;
  page: PageState | null;
  /** Set by the field engine: scroll to a field and focus it. */
  focus: ((fieldId: string) => void) | null;
  /** Set by the field engine's panel: whether a draft can be restored (the pill's dot). */
  hasOffer: (() => boolean) | null;
  /** Days to the platform's nearest deadline (negative: one has passed), null when none is dated: the pill's. */
  days: number | null;
  setDays(days: number | null): void;
  /** Where the overlay stands aside right now (null: where the user put it). */
  dodge: Dodge | null;
  setDodge(d: Dodge | null): void;
  publish(problems: readonly ProblemItem[], summary: FieldsSummary): void;
  subscribe(listener: () => void): () => void;
  /**
   * Controls the user really touched (trusted events: typing, picking, pasting, pressing), recorded from the
   * moment the overlay starts: only those become drafts. Values a page sets itself, with or without synthetic events,
   * are not the user's work.
   */
  touched: WeakSet<Element>;
}

const KEY = Symbol.for('tianbao.bus');

export function getBus(scope: object = globalThis): Bus {
  const holder = scope as { [KEY]?: Bus };
  if (holder[KEY]) return holder[KEY];
  const listeners = new Set<() => void>();
  const bus: Bus = {
    platform: null,
    pick: null,
    slot: null,
    setSlot(el) {
      if (bus.slot === el) return;
      bus.slot = el;
      for (const l of listeners) l();
    },
    problems: [],
    summary: null,
    page: null,
    focus: null,
    hasOffer: null,
    days: null,
    setDays(days) {
      bus.days = days;
      for (const l of listeners) l();
    },
    dodge: null,
    setDodge(d) {
      if (JSON.stringify(bus.dodge) === JSON.stringify(d)) return;
      bus.dodge = d;
      for (const l of listeners) l();
    },
    publish(problems, summary) {
      bus.problems = problems;
      bus.summary = summary;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    touched: new WeakSet(),
  };
  holder[KEY] = bus;
  return bus;
}

/** The events by which a user changes a field (typing, picking, pasting, an IME committing its text). */
export const EDIT_EVENTS = ['input', 'change', 'compositionend'] as const;

/**
 * The user's own hand on a control: an edit, a key, a paste or drop, a press of the pointer. A framework's select
 * or date picker writes its input from script after the user clicked it, so a press on the control counts; a
 * value the page sets in a control the user never touched does not.
 */
const TOUCH_EVENTS = [...EDIT_EVENTS, 'keydown', 'paste', 'drop', 'pointerdown'] as const;

/**
 * The control an edit event happened in (inside an open shadow root or an editor frame, its innermost target).
 */
export function editTarget(e: Event): Element | null {
  const first = e.composedPath?.()[0] ?? e.target;
  return first && (first as Node).nodeType === 1 ? (first as Element) : null;
}

/**
 * Records the user's own edits in a document into `bus.touched`. Trusted events only: a page can dispatch
 * `input` on any field, but never a trusted one.
 */
export function recordTrustedEdits(doc: Document, bus: Bus, signal: AbortSignal): void {
  const record = (e: Event) => {
    if (!e.isTrusted) return;
    const el = editTarget(e);
    if (!el) return;
    bus.touched.add(el);
    // In an editor frame, the field is the editable body.
    const body = el.ownerDocument.body;
    if (body?.isContentEditable || el.ownerDocument.designMode === 'on') bus.touched.add(body);
  };
  for (const type of TOUCH_EVENTS) doc.addEventListener(type, record, { capture: true, signal });
}
