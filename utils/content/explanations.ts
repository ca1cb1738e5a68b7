import type { Explained } from '@/utils/checklist/page-state';
import { type Explanation, explanationsText, NOTE_MAX_CHARS, noteProblem } from '@/utils/drafts/explanations';
import { type DraftKey, draftId } from '@/utils/drafts/schema';
import { t } from '@/utils/i18n';
import type { EXPLAIN } from '@/utils/messages/explain';
import { toBackground } from '@/utils/messaging';
import { problemKey } from '@/utils/rules/validator';
import type { ProblemItem } from './bus';

/** A warning the user marked 已核实, as the panel shows it: the problem, its key and the 说明. */
const ask = toBackground<typeof EXPLAIN>();

export interface ExplainedItem {
  problem: ProblemItem;
  key: string;
  note: string;
}

/** What the panel may do with warnings: explain one (已核实 + 说明), take a 说明 back, copy the list. */
export interface ExplainSource {
  explained(): readonly ExplainedItem[];
  keyOf(p: ProblemItem): string;
  /** Keeps a 说明; rejects with a message for the user (empty, over 200 字, not saved). */
  explain(p: ProblemItem, note: string): Promise<void>;
  withdraw(key: string): Promise<void>;
  /** The 说明 list as text, to paste into the platform's own explanation field or send with the annex. */
  text(): string;
  /** Why the 说明 could not be read or kept, or null. */
  error(): string | null;
}

/** The message for a 说明 that can't be kept as typed, in the UI's language, or null. */
export function noteMessage(note: string): string | null {
  const problem = noteProblem(note);
  if (!problem) return null;
  return problem.kind === 'empty'
    ? t('explainEmpty')
    : t('explainTooLong', [String(NOTE_MAX_CHARS), String(problem.chars), String(problem.chars - NOTE_MAX_CHARS)]);
}

/**
 * The 说明 of a form's explained warnings, loaded from and kept with its draft through the background (never the
 * page's storage). Splits the validator's problems into the open ones (errors, unexplained warnings) and the
 * explained ones: errors can't be explained away.
 */
export class Explanations {
  private list: Explanation[] = [];
  private loadedFor: string | null = null;
  private failure: string | null = null;

  constructor(
    private readonly key: () => DraftKey | null,
    private readonly onChange: () => void,
  ) {}

  /** After a scan: the 说明 of the form now on the page (once per form). */
  async load(): Promise<void> {
    const key = this.key();
    if (!key || draftId(key) === this.loadedFor) return;
    this.loadedFor = draftId(key);
    try {
      this.list = (await ask('explain/list', { key })).explanations;
      this.failure = null;
    } catch (e) {
      this.failure = e instanceof Error ? e.message : String(e);
    }
    this.onChange();
  }

  private noteOf(p: ProblemItem): string | null {
    if (p.severity !== 'warning') return null;
    const k = problemKey(p);
    return this.list.find((e) => e.problem === k)?.note ?? null;
  }

  /** The problems still open (errors, and warnings without a 说明) and the explained warnings. */
  split(problems: readonly ProblemItem[]): { open: ProblemItem[]; explained: ExplainedItem[] } {
    const open: ProblemItem[] = [];
    const explained: ExplainedItem[] = [];
    for (const p of problems) {
      const note = this.noteOf(p);
      if (note === null) open.push(p);
      else explained.push({ problem: p, key: problemKey(p), note });
    }
    return { open, explained };
  }

  /** The explained warnings as the checklist lists them. */
  static refs(explained: readonly ExplainedItem[]): Explained[] {
    return explained.map(({ problem: p, note }) => ({
      fieldId: p.fieldId,
      label: p.label,
      row: p.row,
      message: p.message,
      note,
    }));
  }

  /** The panel's side: `current` gives the explained warnings of the last publish. */
  source(current: () => readonly ExplainedItem[]): ExplainSource {
    return {
      explained: current,
      keyOf: (p) => problemKey(p),
      explain: (p, note) => this.explain(p, note),
      withdraw: (k) => this.change({ remove: k }),
      text: () =>
        explanationsText(
          current().map(({ problem: p, key, note }) => ({
            problem: key,
            fieldId: p.fieldId,
            label: p.label,
            row: p.row,
            message: p.message,
            note,
            at: 0,
          })),
        ),
      error: () => this.failure,
    };
  }

  private async explain(p: ProblemItem, note: string): Promise<void> {
    // Errors must be fixed: only a warning takes a 说明.
    if (p.severity !== 'warning') throw new Error(t('explainErrorsNot'));
    const bad = noteMessage(note);
    if (bad) throw new Error(bad);
    await this.change({
      explanation: {
        problem: problemKey(p),
        fieldId: p.fieldId,
        label: p.label,
        row: p.row,
        message: p.message,
        note: note.trim(),
        at: Date.now(),
      },
    });
  }

  private async change(change: { explanation?: Explanation; remove?: string }): Promise<void> {
    const key = this.key();
    if (!key) throw new Error(t('explainNoForm'));
    try {
      this.list = (await ask('explain/set', { key, ...change })).explanations;
      this.failure = null;
    } catch (e) {
      throw new Error(t('explainNotSaved', e instanceof Error ? e.message : String(e)));
    } finally {
      this.onChange();
    }
  }
}
