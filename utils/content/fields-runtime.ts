import { browser } from 'wxt/browser';
import { changedControls } from '@/utils/fields/changes';
import {
  type Field,
  frameworkMessage,
  type Previous,
  type Scan,
  type ScanMemo,
  scanFields,
  scanFieldsInSlices,
} from '@/utils/fields/discover';
import { notePassword } from '@/utils/fields/secrets';
import { t } from '@/utils/i18n';
import type { REMINDER } from '@/utils/messages/reminder';
import type { RULES } from '@/utils/messages/rules';
import { toBackground } from '@/utils/messaging';
import { POLICY_DISABLED } from '@/utils/policy/disabled';
import type { ProfileData } from '@/utils/rules/types';
import { FormValidator, PageFields } from '@/utils/rules/validator';
import { DRAFTS_OFF, SAVE_REMINDER_FALLBACK, SAVE_REMINDER_KEY } from '@/utils/settings/in-page';
import { readSetting } from '@/utils/settings/store';
import { editTarget, type FieldsSummary, getBus, type ProblemItem } from './bus';
import { ChecklistState } from './checklist-state';
import { CrossTables } from './cross-tables';
import { DraftSession } from './draft-session';
import { type ExplainedItem, Explanations } from './explanations';
import { FieldMappings } from './field-mappings';
import { pickField } from './field-picker';
import { FrameworkEdits } from './framework-edits';
import { isOurs, PageWatcher } from './page-watcher';
import type { PanelSource } from './panel-source';
import { perfMark, perfMeasure } from './perf';
import { ProfileRules } from './profile-rules';
import { SaveReminder } from './save-reminder';
import { type GuardUi, SubmitGuard } from './submit-guard';

/** Where hints are drawn: the control, and the same-origin frame it sits in. */
export interface HintTarget {
  el: HTMLElement;
  frame: HTMLIFrameElement | null;
  /** A framework widget the control sits in (its hidden input's box is the widget's). */
  control?: { view: HTMLElement };
}

/**
 * The engine's UI, built in components/ and handed in by the entry point: utils/ builds no UI. Hints beside the
 * fields, the submit guard's dialog, and the panel inside the overlay.
 */
export interface RuntimeUi {
  hints: {
    /** `pageSays`: the page's framework shows its own message on that field now (no hint of ours beside it). */
    show(
      problems: readonly ProblemItem[],
      targetOf: (id: string) => HintTarget | undefined,
      pageSays?: (id: string) => boolean,
    ): void;
    /** The save reminder's note, shown even while the panel is collapsed (null: none). */
    remind?(text: string | null): void;
    destroy(): void;
  };
  guard: GuardUi;
  mountPanel(source: PanelSource): () => void;
  /** Hook: after each scan (at start and when the page's structure changed), e.g. to read the page's deadlines again. */
  scanned?(): void;
}

/** The annex profiles, from the background: once per page (ProfileRules keeps them). */
const askProfiles = async (): Promise<readonly ProfileData[]> =>
  (await toBackground<typeof RULES>()('rules/profiles', {})).profiles;

/** Above this many controls a scan finds the fields in slices (utils/slices.ts) instead of in one task. */
export const SLICED_ABOVE = 600;
/** After an edit, when the page's framework has shown (or hidden, behind its 0.3 s motion) its own message. */
const PAGE_SAYS_MS = 600;

/** Controls of the top document, counted without a query (live collections). */
function controlCount(doc: Document): number {
  return (
    doc.getElementsByTagName('input').length +
    doc.getElementsByTagName('select').length +
    doc.getElementsByTagName('textarea').length
  );
}

/**
 * The field engine of a platform page. It wires one module per concern:
 * - the page watcher: documents, edits, structural mutations;
 * - discovery and validation against the annex profiles;
 * - the draft session: key, autosave, restore, undo;
 * - the user's mappings (指定字段, 不存草稿) and the field picker;
 * - the checklist state and the submit guard.
 *
 * It publishes the problem list to the overlay through the bus. `destroy()` undoes everything through one
 * AbortController.
 */
export class FieldsRuntime {
  private fields: Field[] = [];
  /**
   * What the last scan leaves for the next one: its fields by control, and which a rescan may take over (only the
   * controls the page's changes concern are read again).
   */
  private memo: ScanMemo | null = null;
  /** Whether the memo and the changes logged since it make a rescan's base: not after a scan that failed. */
  private memoCurrent = false;
  private validator: FormValidator | null = null;
  /** The annex profiles, from the background (not bundled into the page's script, issue #16). */
  private readonly rules: ProfileRules;
  private readonly bus = getBus();
  private summary: FieldsSummary = { total: 0, labelled: 0, profiles: [], error: null };
  private lastChangeAt: number | null = null;
  /** A publish once an edit has settled: the page's framework may show or hide its own message on it meanwhile. */
  private pageSaysTimer: ReturnType<typeof setTimeout> | null = null;
  /** Every listener of the engine is registered with this signal: destroy() removes them all at once. */
  private readonly abort = new AbortController();
  private readonly watcher: PageWatcher;
  private readonly mappings: FieldMappings;
  private readonly drafts: DraftSession;
  private readonly checklist: ChecklistState;
  private readonly guard: SubmitGuard;
  private readonly frameworkEdits: FrameworkEdits;
  private readonly explanations: Explanations;
  private explained: ExplainedItem[] = [];
  private readonly reminder: SaveReminder;
  private readonly crossTables: CrossTables;
  /** A sliced scan is under way (large pages), and whether another was asked for meanwhile. */
  private scanning = false;
  private scanAgain = false;
  private unmountPanel: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly ui: RuntimeUi,
    profiles: readonly ProfileData[] | (() => Promise<readonly ProfileData[]>) = askProfiles,
  ) {
    const signal = this.abort.signal;
    this.rules = new ProfileRules(typeof profiles === 'function' ? profiles : async () => profiles, signal);
    if (typeof profiles !== 'function') this.rules.profiles = profiles;
    this.bus.focus = (id) => this.focus(id);
    this.bus.pick = () => this.pick();
    this.mappings = new FieldMappings(doc, () => this.bus.platform);
    this.drafts = new DraftSession(
      doc,
      this.bus,
      {
        fields: () => this.fields,
        byId: (id) => this.fieldById(id),
        excluded: (id) => !!this.mappings.get(id)?.noDraft,
      },
      () => this.publish(),
      signal,
    );
    this.checklist = new ChecklistState(() => this.bus.platform, signal);
    this.explanations = new Explanations(
      () => this.drafts.draftKey,
      () => this.publish(),
    );
    this.reminder = new SaveReminder(SAVE_REMINDER_FALLBACK, () => this.publish(), signal);
    this.crossTables = new CrossTables(
      doc,
      () => this.validator,
      () => this.drafts.draftKey,
      () => this.rules.profiles ?? [],
      () => this.publish(),
      signal,
    );
    this.guard = new SubmitGuard(
      () => this.checklist.missing(this.bus.page),
      ui.guard,
      (id) => this.focus(id),
    );
    // A framework widget (a select's popup, a calendar) changes without an edit event on its control.
    this.frameworkEdits = new FrameworkEdits(
      () => this.fields,
      (f) => this.changed(f, true),
      signal,
      () => this.publish(),
    );
    this.watcher = new PageWatcher(
      this.bus,
      {
        rescan: () => this.scan(),
        edit: (e) => this.onEdit(e),
        click: (e) => {
          this.reminder.clicked(e);
          this.guard.onClick(e);
        },
      },
      signal,
    );
  }

  async start(): Promise<void> {
    // Asked at once, beside the settings below; the first scan waits for it, so no check runs without the annexes'
    // rules while they are on their way.
    const rules = this.rules.load();
    await this.mappings.load().catch(() => undefined);
    const off = await readSetting(DRAFTS_OFF).catch(() => [] as string[]);
    // The administrator's policy may turn drafts off everywhere (`disabled: ["drafts"]`).
    const policyOff = (await readSetting(POLICY_DISABLED).catch(() => [] as string[])).includes('drafts');
    this.drafts.setOff(
      policyOff || off.includes(this.bus.platform ?? '') || off.includes(this.doc.location?.host ?? ''),
    );
    // The minutes in force come from the background (a province's policy over the user's setting), again whenever
    // either changes. Not awaited: the browser's first read of the managed policy can take seconds (4.6 s measured
    // in Chromium with no policy), and the scan must not wait for a reminder that is due only minutes from now.
    const minutes = () =>
      toBackground<typeof REMINDER>()('reminder/minutes', {}).then(
        (r) => this.reminder.setMinutes(r.minutes),
        () => undefined,
      );
    void minutes();
    const changed = (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed' || (area === 'local' && SAVE_REMINDER_KEY in changes)) void minutes();
    };
    browser.storage.onChanged.addListener(changed);
    this.abort.signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(changed));
    // Without the profiles (the background did not answer) the page is still checked by the labels' generic rules,
    // the panel says why the annexes' are missing, and they are asked again later; a page is scanned again with them.
    if (!(await rules)) this.rules.reloadLater(() => this.scan());
    if (this.abort.signal.aborted) return;
    this.scan();
    this.unmountPanel = this.ui.mountPanel({
      fields: () =>
        this.fields
          .filter((f) => !f.sensitive)
          .map((f) => ({
            id: f.id,
            label: f.label.label,
            row: f.label.row,
            profileKey: this.validator?.profileFieldOf(f.id)?.key ?? null,
            noDraft: !!this.mappings.get(f.id)?.noDraft,
          })),
      setNoDraft: (id, noDraft) => this.remap(this.mappings.setNoDraft(id, noDraft)),
      describe: (id) => {
        const f = this.fieldById(id);
        return f ? { id, label: f.label.label, current: this.mappings.get(id) ?? null } : null;
      },
      save: (id, mapping) => this.remap(this.mappings.saveKeepingNoDraft(id, mapping)),
      drafts: () => this.drafts.state,
      draftActions: {
        restore: (ids) => this.drafts.restore(ids),
        undo: () => this.drafts.undo(),
        dismiss: () => this.drafts.dismiss(),
      },
      explain: this.explanations.source(() => this.explained),
      reminder: () => this.reminder.state,
    });
  }

  /** After the user changed a mapping: read the page again with it. */
  private async remap(saved: Promise<void>): Promise<void> {
    await saved;
    this.scan();
  }

  /**
   * Full scan: discover, match, validate. Runs at start and (batched) when the page adds or removes controls,
   * frames or tables. It never dies silently: a failure is shown in the panel, and the last good scan stays.
   * On a large page (over SLICED_ABOVE controls) the discovery runs in slices that give the page its turn every few
   * hundred controls, so typing and the page's own scripts are never held for one long task. A scan asked for while
   * a sliced one runs follows it, once: stopping the running one instead would starve a page that changes faster
   * than one scan takes (a clock ticking beside 20,000 fields).
   */
  scan(): void {
    if (this.abort.signal.aborted) return;
    if (this.scanning) {
      this.scanAgain = true;
      return;
    }
    try {
      perfMark('tianbao:scan:start');
      // The page's changes are logged from the first scan on: the next one reads again only what they concern.
      this.watcher.watch(this.doc);
      const changes = this.watcher.takeChanges();
      const previous: Previous | null =
        this.memo && this.memoCurrent && !changes.everything
          ? { memo: this.memo, changed: changedControls(changes) }
          : null;
      // Until this scan completes: after one that failed, the changes it took are lost and the next reads everything.
      this.memoCurrent = false;
      const options = { previous, watched: new Set(this.watcher.documents) };
      if (controlCount(this.doc) <= SLICED_ABOVE) {
        this.scanned(scanFields(this.doc, options));
        return;
      }
      this.scanning = true;
      const signal = this.abort.signal;
      const settle = (run: () => void) => {
        this.scanning = false;
        if (signal.aborted) return;
        this.scanFailedOr(run);
        if (this.scanAgain) {
          this.scanAgain = false;
          this.scan();
        }
      };
      scanFieldsInSlices(this.doc, options, { signal }).then(
        (scan) => settle(() => this.scanned(scan)),
        (e: unknown) => settle(() => this.scanFailed(e)),
      );
    } catch (e) {
      this.scanning = false;
      this.scanFailed(e);
    }
  }

  private scanFailedOr(run: () => void): void {
    try {
      run();
    } catch (e) {
      this.scanFailed(e);
    }
  }

  private scanFailed(e: unknown): void {
    console.error('[填报助手] 字段识别失败', e);
    this.summary = { ...this.summary, error: e instanceof Error ? e.message : String(e) };
    this.bus.publish(this.bus.problems, this.summary);
  }

  /** The rest of a scan once the fields are found: match, validate, watch, publish. */
  private scanned({ fields, memo }: Scan): void {
    this.fields = fields;
    // The user's mapping wins over what was inferred.
    for (const f of this.fields) {
      const label = this.mappings.get(f.id)?.label;
      if (label) f.label = { ...f.label, label, source: 'mapping' };
    }
    // By control, the scan's memo serves (fieldAt); by id, the validator's index (fieldById): a second 5,000-entry
    // map cost 112 kB of the page's heap (#16).
    this.memo = memo;
    this.memoCurrent = true;
    // The validator keeps the fields' list and views a field when it reads it: no view per field held (#16).
    this.validator = new FormValidator(new PageFields(this.fields), this.rules.profiles ?? [], this.mappings.all);
    this.validator.validateAll();
    const usable = this.fields.filter((f) => !f.sensitive);
    this.summary = {
      total: usable.length,
      labelled: usable.filter((f) => f.label.label).length,
      profiles: this.validator.matches.map((m) => `${m.profile.annex}《${m.profile.title.replace(/\s+/g, '')}》`),
      error: null,
      rulesError: this.rules.error,
    };
    perfMeasure('tianbao:scan', 'tianbao:scan:start');
    this.watcher.watch(this.doc);
    for (const f of this.fields) this.watcher.watch(f.el.ownerDocument);
    for (const d of this.watcher.documents) this.frameworkEdits.watch(d);
    this.publish();
    this.drafts.update().catch((e: unknown) => console.error('[填报助手] 草稿读取失败', e));
    // The draft key is known as soon as update() starts: the 说明 kept with that draft come with it.
    void this.explanations.load();
    void this.crossTables.refresh();
    this.ui.scanned?.();
  }

  /** The field of this scan with that id: its place in the validator's index (same order as `fields`). */
  private fieldById(id: string): Field | undefined {
    const i = this.validator?.placeOf(id);
    const f = i === undefined ? undefined : this.fields[i];
    // Checked: a scan whose validator failed to build keeps the previous validator until the next one.
    return f?.id === id ? f : undefined;
  }

  private fieldAt(target: EventTarget | null): Field | undefined {
    let el = target as Element | null;
    // In an editor frame the event target is inside the editable body.
    const at = this.memo?.at;
    if (!at) return undefined;
    if (el && !at.has(el)) el = el.closest?.('body') ?? el;
    const i = el ? at.get(el) : undefined;
    return i === undefined ? undefined : this.fields[i];
  }

  private onEdit(e: Event): void {
    const target = editTarget(e);
    if (target) notePassword(target);
    const field = this.fieldAt(target);
    if (!field) return;
    this.changed(field, e.isTrusted);
  }

  /** One field changed: the user's own (trusted) change is recorded as typing; every change is checked. */
  private changed(field: Field, trusted: boolean): void {
    if (!this.validator) return;
    if (trusted) {
      this.bus.touched.add(field.el);
      this.reminder.typedNow();
    }
    const t0 = performance.now();
    this.validator.validate(field.id);
    this.lastChangeAt = Date.now();
    this.drafts.edited(field);
    this.publish();
    // A framework validates on its own schedule (after Vue's next tick, behind a 0.3 s motion): once the edit has
    // settled, the hints are drawn again, so ours steps aside from the page's message and comes back when it goes.
    // One publish per pause in typing, as cheap as the one each keystroke makes.
    if (this.pageSaysTimer) clearTimeout(this.pageSaysTimer);
    this.pageSaysTimer = setTimeout(() => {
      this.pageSaysTimer = null;
      if (!this.abort.signal.aborted) this.publish();
    }, PAGE_SAYS_MS);
    perfMeasure('tianbao:keystroke', t0);
  }

  private flaggedByPage(fieldId: string): boolean {
    const f = this.fieldById(fieldId);
    return !!f && frameworkMessage(f) !== null;
  }

  private publish(): void {
    const v = this.validator;
    if (!v) return;
    // Explained warnings are done: the open problems are the errors and the warnings still without a 说明.
    // With the checks across tables: this form against the drafts of the forms it summarises.
    // A field the framework already flags itself (el-form's 请填写…, 手机号码格式不正确) keeps its problems in the
    // panel and the checklist (the full list), but gets no inline hint of ours beside the page's message.
    const { open: problems, explained } = this.explanations.split([...v.problems(), ...this.crossTables.problems()]);
    this.explained = explained;
    const drafts = this.drafts.state;
    const ref = (f: { fieldId: string; label: string; row: string | null }) => ({
      fieldId: f.fieldId,
      label: f.label,
      row: f.row,
    });
    this.bus.page = {
      problems: problems.map((p) => ({ ...ref(p), severity: p.severity })),
      explained: Explanations.refs(explained),
      requiredEmpty: v.requiredEmpty().map(ref),
      draftSavedAt: drafts.savedAt,
      lastChangeAt: this.lastChangeAt,
      draftError: drafts.error,
      draftOff: drafts.off,
      period: this.drafts.period,
    };
    this.bus.publish(problems, this.summary);
    this.ui.hints.show(
      problems,
      (id) => this.fieldById(id),
      (id) => this.flaggedByPage(id),
    );
    const r = this.reminder.state;
    this.ui.hints.remind?.(r.due ? t(drafts.off ? 'saveReminderNoDraft' : 'saveReminder', String(r.minutes)) : null);
  }

  /** Lets the user point at a field (指定字段). */
  pick(): Promise<string | null> {
    return pickField(this.watcher.documents, (t) => this.fieldAt(t), isOurs, this.abort.signal);
  }

  focus(fieldId: string): void {
    const f = this.fieldById(fieldId);
    if (!f) return;
    (f.frame && f.kind === 'iframe-editor' ? f.frame : f.el).scrollIntoView({ block: 'center' });
    f.el.focus({ preventScroll: true });
  }

  /** Aborted by destroy(): work done for the engine outside it (the page's deadline reads) stops with it. */
  get signal(): AbortSignal {
    return this.abort.signal;
  }

  /** For tests and the overlay: the fields as recognised. */
  list(): readonly Field[] {
    return this.fields;
  }

  /** Stops everything: every listener (one AbortController), observers, timers, our UI. Flushes what is pending. */
  destroy(): void {
    if (this.abort.signal.aborted) return;
    this.abort.abort();
    if (this.pageSaysTimer) clearTimeout(this.pageSaysTimer);
    this.ui.hints.destroy();
    this.unmountPanel?.();
    this.guard.destroy();
    this.bus.focus = null;
    this.bus.pick = null;
  }
}
