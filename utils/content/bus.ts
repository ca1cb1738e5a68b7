import type { PageCheckState } from '@/utils/checklist/checklist';

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
}

/** What the checklist needs from the page, kept fresh by the field engine. */
export type PageState = PageCheckState & {
  /** The reporting period the page shows (年度, 批次), if any. */
  period: string | null;
};

export interface FieldsSummary {
  /** How many fields the page has, and how many the engine recognised with a label. */
  total: number;
  labelled: number;
  /** Annex profiles the page matched, e.g. 附件2《社区教育实践创新项目申报表》. */
  profiles: string[];
}

export interface Bus {
  /** The platform the overlay recognised (set before the field engine is injected). */
  platform: string | null;
  /** Set by the field engine: let the user click (or press Enter on) a page field; resolves to its id. */
  pick: (() => Promise<string | null>) | null;
  /**
   * Where the field engine renders its part of the overlay (problems, recognised fields): an element inside the
   * overlay's shadow root, set by the overlay while its body is shown, null while collapsed.
   */
  slot: HTMLElement | null;
  setSlot(el: HTMLElement | null): void;
  problems: readonly ProblemItem[];
  summary: FieldsSummary | null;
  page: PageState | null;
  /** Set by the field engine: scroll to a field and focus it. */
  focus: ((fieldId: string) => void) | null;
  publish(problems: readonly ProblemItem[], summary: FieldsSummary): void;
  subscribe(listener: () => void): () => void;
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
    publish(problems, summary) {
      bus.problems = problems;
      bus.summary = summary;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  holder[KEY] = bus;
  return bus;
}
