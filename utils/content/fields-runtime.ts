import type { DraftDiff, DraftState } from '@/components/fields/draft-panel';
import { mountProblemPanel } from '@/components/fields/problem-panel';
import { tickKey } from '@/utils/checklist/checklist';
import {
  DRAFT_LIMITS,
  type DraftKey,
  type DraftView,
  draftId,
  fingerprintOf,
  normalisePath,
  originOf,
  storedUrl,
} from '@/utils/drafts/schema';
import { discoverFields, type Field, readValue } from '@/utils/fields/discover';
import { newLabelContext } from '@/utils/fields/labels';
import { isInvisible, notePassword } from '@/utils/fields/secrets';
import { t } from '@/utils/i18n';
import { firstActive, timeRequirements } from '@/utils/knowledge/timing';
import { DRAFTS } from '@/utils/messages/drafts';
import { PAGE } from '@/utils/messages/page';
import type { Request } from '@/utils/messaging';
import { sendMessage } from '@/utils/messaging';
import { PROFILES } from '@/utils/rules/profiles';
import type { ProfileData } from '@/utils/rules/types';
import { type FieldOverride, FormValidator, validatorField } from '@/utils/rules/validator';
import { MAPPING_LIMITS, MAPPINGS, mappingLimitProblem } from '@/utils/settings/mappings';
import { DRAFTS_OFF, TICKS } from '@/utils/settings/planning';
import { onSettingChanged, readSetting, writeSetting } from '@/utils/settings/store';
import { Autosave } from './autosave';
import { EDIT_EVENTS, editTarget, type FieldsSummary, getBus, recordTrustedEdits } from './bus';
import { Hints } from './hints';
import { perfMark, perfMeasure } from './perf';
import { setFieldValue } from './set-value';
import { SubmitGuard } from './submit-guard';

const RESCAN_DELAY_MS = 200;

/** What a mutation must add or remove to change the fields: a control, a frame, a table or an editable area. */
const STRUCTURAL = 'input, select, textarea, iframe, table, [contenteditable], label';

/**
 * The field engine of a platform page: discovers the fields (page and same-origin frames, and those added later),
 * validates them against the annex profiles while the user types, shows hints beside fields and publishes the
 * problem list to the overlay. `destroy()` undoes everything.
 */
export class FieldsRuntime {
  private fields: Field[] = [];
  private byEl = new Map<Element, Field>();
  private byId = new Map<string, Field>();
  private validator: FormValidator | null = null;
  private readonly hints: Hints;
  private readonly observers: MutationObserver[] = [];
  /** Every listener of the engine is registered with this signal: destroy() removes them all at once. */
  private readonly abort = new AbortController();
  /** Set while we write values into the page ourselves (restore, undo): those are not the user's edits. */
  private applying = false;
  /** Fields the user typed in that are invisible (transparent, off-page): never stored. */
  private readonly invisible = new WeakSet<Element>();
  private readonly listening = new Set<Document>();
  private rescanTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly bus = getBus();
  private summary: FieldsSummary = { total: 0, labelled: 0, profiles: [], error: null };

  private overrides = new Map<string, FieldOverride>();
  private draftsOff = false;
  private readonly guard: SubmitGuard;
  /** Manual steps of the page's requirement that are not ticked yet (kept fresh for the submit guard). */
  private openSteps: string[] = [];
  private lastChangeAt: number | null = null;
  private readonly autosave: Autosave;
  private draftKey: DraftKey | null = null;
  private loadedDraftId: string | null = null;
  private drafts: DraftState = { off: false, savedAt: null, error: null, notice: null, offer: null, canUndo: false };
  private beforeRestore: Map<string, string> | null = null;
  /** What the last restore wrote, so that undo can offer it again. */
  private restored: DraftDiff[] = [];
  private readonly onHide = () => void this.autosave.flush();
  private readonly onVisibility = () => {
    if (this.doc.visibilityState === 'hidden') void this.autosave.flush();
  };

  constructor(
    private readonly doc: Document,
    private readonly profiles: readonly ProfileData[] = PROFILES as readonly ProfileData[],
  ) {
    this.hints = new Hints(doc);
    this.bus.focus = (id) => this.focus(id);
    this.bus.pick = () => this.pick();
    this.autosave = new Autosave(
      (save) => sendMessage(DRAFTS, 'drafts/save', save),
      // The address without its query string or fragment: those often carry session ids and tokens.
      () => ({
        key: this.draftKey,
        title: this.doc.title.slice(0, 200),
        url: storedUrl(this.doc.location?.href ?? ''),
      }),
      () => {
        const { savedAt, error } = this.autosave.status;
        this.drafts = { ...this.drafts, savedAt: savedAt ?? this.drafts.savedAt, error };
        this.publish();
      },
    );
    this.guard = new SubmitGuard(doc, () => this.missingForSubmit());
    // A closed tab, a navigation, a hidden window: what is pending goes now.
    const signal = this.abort.signal;
    doc.defaultView?.addEventListener('pagehide', this.onHide, { signal });
    doc.addEventListener('visibilitychange', this.onVisibility, { signal });
  }

  /** The draft key of the form now on the page: platform, path, the form's labels, and the period it shows. */
  private computeDraftKey(): DraftKey | null {
    const platform = this.bus.platform as DraftKey['platform'] | null;
    // A draft belongs to the origin it was typed on (scheme, host, port); a page without one keeps none.
    const origin = originOf(this.doc.location?.href ?? '');
    const usable = this.fields.filter((f) => !f.sensitive && f.label.label);
    if (!platform || !origin || usable.length === 0) return null;
    const periodField = usable.find((f) => /^(填报|报告|统计)?(年度|学年|批次)$/.test(f.label.label));
    const period = periodField ? readValue(periodField).trim() || null : null;
    return {
      origin,
      platform,
      path: normalisePath(this.doc.location?.pathname ?? '/'),
      fingerprint: fingerprintOf([...new Set(usable.map((f) => f.label.label))]),
      period,
    };
  }

  /** Compares the page with the newest draft of this form and offers what differs. */
  private async offerDraft(): Promise<void> {
    const key = this.draftKey;
    if (!key) return;
    const id = draftId(key);
    if (id === this.loadedDraftId) return this.captureTyped();
    this.loadedDraftId = id;
    let draft: DraftView | null = null;
    try {
      draft = (await sendMessage(DRAFTS, 'drafts/load', { key })).draft;
    } catch (e) {
      this.drafts = { ...this.drafts, error: e instanceof Error ? e.message : String(e) };
      return this.publish();
    }
    if (!draft) return this.captureTyped();
    const diffs: DraftDiff[] = [];
    for (const [fieldId, value] of Object.entries(draft.values)) {
      const f = this.byId.get(fieldId);
      if (!f || !this.storable(f)) continue;
      const page = readValue(f);
      if (page !== value)
        diffs.push({ fieldId, label: f.label.label || draft.labels[fieldId] || fieldId, page, draft: value });
    }
    this.drafts = {
      ...this.drafts,
      savedAt: draft.updatedAt,
      offer: diffs.length ? { savedAt: draft.updatedAt, diffs } : null,
    };
    this.captureTyped();
    this.publish();
  }

  /** What the checklist still lacks, in words, for the submit guard. */
  private missingForSubmit(): string[] {
    const out: string[] = [];
    const v = this.validator;
    if (v) {
      const problems = v.problems().length;
      const missing = v.missingRequired();
      if (problems) out.push(t('checkProblemsLeft', String(problems)));
      if (missing) out.push(t('checkRequiredLeft', String(missing)));
    }
    return [...out, ...this.openSteps];
  }

  /** The manual steps of the platform's most urgent requirement, minus the ones ticked in the popup. */
  private async loadOpenSteps(): Promise<void> {
    const platform = this.bus.platform as Request<typeof PAGE, 'kb/requirements'>['platform'];
    if (!platform) return;
    const [{ requirements, today }, ticks] = await Promise.all([
      sendMessage(PAGE, 'kb/requirements', { platform }),
      readSetting(TICKS),
    ]);
    const timed = timeRequirements(requirements, today);
    const current = (firstActive(timed) ?? timed[0])?.view;
    if (!current) return;
    const done = new Set(ticks[tickKey(current.id, this.draftKey?.period ?? null)] ?? []);
    this.openSteps = current.steps.filter((_, i) => !done.has(i)).map((s) => t('guardStep', s.text));
  }

  /** Drafts keep a field unless it is sensitive, the user excluded it, or drafts are off for this site. */
  private storable(f: Field): boolean {
    return !f.sensitive && !this.draftsOff && !this.overrides.get(f.id)?.noDraft;
  }

  /** Excludes a field from drafts (or includes it again); an excluded field's saved value is no longer offered. */
  async setNoDraft(fieldId: string, noDraft: boolean): Promise<void> {
    const current = this.overrides.get(fieldId) ?? {};
    const next = { ...current, noDraft: noDraft || undefined };
    await this.saveMapping(fieldId, next.label || next.rule || next.noDraft ? next : null);
  }

  /** Keeps the restore view true to the page: an edited field shows its new value, or leaves when it matches. */
  private updateOffer(fieldId: string, value: string): void {
    const offer = this.drafts.offer;
    if (!offer?.diffs.some((d) => d.fieldId === fieldId)) return;
    const diffs = offer.diffs
      .map((d) => (d.fieldId === fieldId ? { ...d, page: value } : d))
      .filter((d) => d.page !== d.draft);
    this.drafts = { ...this.drafts, offer: diffs.length ? { ...offer, diffs } : null };
  }

  /**
   * Values the user typed before the engine arrived (it is injected after the page loads; the overlay records the
   * user's edits from its start) or before a rescan: saved, except fields where the draft holds something else
   * (those wait for the user's choice in the restore offer). Values the page filled in itself are not drafts.
   */
  private captureTyped(): void {
    const waiting = new Set(this.drafts.offer?.diffs.map((d) => d.fieldId));
    for (const f of this.fields) {
      if (!this.storable(f) || waiting.has(f.id) || !this.bus.touched.has(f.el)) continue;
      this.store(f, readValue(f));
    }
  }

  /**
   * Queues one field's value for the draft, if it is the user's and within the limits. A value over a limit is
   * never cut: it is left out, and the panel says so.
   */
  private store(f: Field, value: string): void {
    if (this.invisible.has(f.el)) return;
    if (!this.invisible.has(f.el) && f.el.ownerDocument.defaultView && isInvisible(f.el)) {
      // Typed into a field no one can see: what it holds is the page's, not the user's.
      this.invisible.add(f.el);
      return;
    }
    const label = f.label.label.slice(0, DRAFT_LIMITS.idChars);
    if (value.length > DRAFT_LIMITS.valueChars || f.id.length > DRAFT_LIMITS.idChars) {
      this.drafts = {
        ...this.drafts,
        notice: t('draftTooLong', [label || t('draftUnnamedField'), String(DRAFT_LIMITS.valueChars)]),
      };
      return;
    }
    this.autosave.change(f.id, value, label);
  }

  /** Restores the draft's values (all, or some fields) into the page; the previous values can be put back. */
  restoreDraft(fieldIds?: readonly string[]): void {
    const offer = this.drafts.offer;
    if (!offer) return;
    const chosen = offer.diffs.filter((d) => !fieldIds || fieldIds.includes(d.fieldId));
    const before = new Map<string, string>();
    this.applying = true;
    try {
      for (const d of chosen) {
        const f = this.byId.get(d.fieldId);
        if (!f) continue;
        before.set(d.fieldId, readValue(f));
        setFieldValue(f, d.draft);
      }
    } finally {
      this.applying = false;
    }
    const rest = offer.diffs.filter((d) => !chosen.includes(d));
    this.beforeRestore = before;
    this.restored = chosen.filter((d) => before.has(d.fieldId));
    this.drafts = { ...this.drafts, offer: rest.length ? { ...offer, diffs: rest } : null, canUndo: before.size > 0 };
    this.publish();
  }

  undoRestore(): void {
    const before = this.beforeRestore;
    if (!before) return;
    // Undo changes the page only: the draft keeps what was restored, so nothing the user typed is lost.
    this.applying = true;
    try {
      for (const [id, value] of before) {
        const f = this.byId.get(id);
        if (f) setFieldValue(f, value);
      }
    } finally {
      this.applying = false;
    }
    this.beforeRestore = null;
    // The draft still holds what was restored: offer it again.
    const again = this.restored.map((d) => ({ ...d, page: before.get(d.fieldId) ?? d.page }));
    const offer = this.drafts.offer;
    const diffs = [...again, ...(offer?.diffs ?? []).filter((d) => !again.some((a) => a.fieldId === d.fieldId))];
    this.restored = [];
    this.drafts = {
      ...this.drafts,
      canUndo: false,
      offer: diffs.length ? { savedAt: offer?.savedAt ?? this.drafts.savedAt ?? Date.now(), diffs } : null,
    };
    this.publish();
  }

  /** Where manual mappings are kept: per platform and page path. */
  private mappingKey(): string {
    // A page can make its path as long as it likes (history.pushState): the key keeps a bounded part.
    const path = (this.doc.location?.pathname ?? '/').slice(0, MAPPING_LIMITS.pathChars);
    return `${this.bus.platform ?? 'unknown'}|${path}`;
  }

  private async loadMappings(): Promise<void> {
    const all = await readSetting(MAPPINGS);
    this.overrides = new Map(Object.entries(all[this.mappingKey()] ?? {}));
  }

  /** Saves (or clears, with null) the user's mapping of one field, then re-reads the page with it. */
  async saveMapping(fieldId: string, mapping: FieldOverride | null): Promise<void> {
    const all = await readSetting(MAPPINGS);
    const key = this.mappingKey();
    const page = { ...(all[key] ?? {}) };
    if (mapping) {
      const problem = mappingLimitProblem(all, key, fieldId, mapping);
      if (problem) throw new Error(problem);
      page[fieldId] = mapping as NonNullable<(typeof page)[string]>;
    } else delete page[fieldId];
    await writeSetting(MAPPINGS, { ...all, [key]: page });
    this.overrides = new Map(Object.entries(page));
    this.scan();
  }

  /** Lets the user point at a field: a click on it, or Enter while it has focus. Esc cancels. */
  pick(): Promise<string | null> {
    return new Promise((resolve) => {
      const docs = [...this.listening];
      const finish = (id: string | null) => {
        for (const d of docs) {
          d.removeEventListener('click', onClick, true);
          d.removeEventListener('keydown', onKey, true);
        }
        resolve(id);
      };
      const fieldAt = (target: EventTarget | null) => {
        const el = target as Element | null;
        return el ? (this.byEl.get(el) ?? this.byEl.get(el.closest?.('body') as Element)) : undefined;
      };
      const onClick = (e: Event) => {
        // Only the user points at a field: a page's synthetic click picks nothing.
        if (!e.isTrusted || this.isOurs(e.target as Node)) return;
        const f = fieldAt(e.target);
        if (!f) return;
        e.preventDefault();
        e.stopPropagation();
        finish(f.id);
      };
      const onKey = (e: KeyboardEvent) => {
        if (!e.isTrusted) return;
        if (e.key === 'Escape') finish(null);
        else if (e.key === 'Enter') {
          const f = fieldAt(e.composedPath()[0] ?? e.target);
          if (f) {
            e.preventDefault();
            finish(f.id);
          }
        }
      };
      const signal = this.abort.signal;
      for (const d of docs) {
        d.addEventListener('click', onClick, { capture: true, signal });
        d.addEventListener('keydown', onKey, { capture: true, signal });
      }
      signal.addEventListener('abort', () => resolve(null), { once: true });
    });
  }

  private unmountPanel: (() => void) | null = null;
  private stopTicks: (() => void) | null = null;

  async start(): Promise<void> {
    await this.loadMappings().catch(() => undefined);
    const off = await readSetting(DRAFTS_OFF).catch(() => [] as string[]);
    this.draftsOff = off.includes(this.bus.platform ?? '') || off.includes(this.doc.location?.host ?? '');
    this.drafts = { ...this.drafts, off: this.draftsOff };
    this.scan();
    const refreshSteps = () => this.loadOpenSteps().catch(() => undefined);
    void refreshSteps();
    this.stopTicks = onSettingChanged(TICKS, () => void refreshSteps());
    this.unmountPanel = mountProblemPanel(this.bus, {
      fields: () =>
        this.fields
          .filter((f) => !f.sensitive)
          .map((f) => ({
            id: f.id,
            label: f.label.label,
            row: f.label.row,
            profileKey: this.validator?.profileFieldOf(f.id)?.key ?? null,
            noDraft: !!this.overrides.get(f.id)?.noDraft,
          })),
      setNoDraft: (id, noDraft) => this.setNoDraft(id, noDraft),
      describe: (id) => {
        const f = this.byId.get(id);
        const current = this.overrides.get(id);
        return f ? { id, label: f.label.label, current: current ?? null } : null;
      },
      // A label or rule edit keeps the field's "not in drafts" choice.
      save: (id, mapping) => {
        const noDraft = this.overrides.get(id)?.noDraft;
        const next = mapping ? { ...mapping, noDraft } : noDraft ? { noDraft } : null;
        return this.saveMapping(id, next);
      },
      drafts: () => this.drafts,
      draftActions: {
        restore: (ids) => this.restoreDraft(ids),
        undo: () => this.undoRestore(),
        dismiss: () => {
          this.drafts = { ...this.drafts, offer: null };
          this.publish();
        },
      },
    });
  }

  /**
   * Full scan: discover, match, validate. Runs at start and (batched) when the page adds or removes controls,
   * frames or tables. It never dies silently: a failure is shown in the panel, and the last good scan stays.
   */
  scan(): void {
    if (this.abort.signal.aborted) return;
    try {
      this.scanNow();
      this.summary = { ...this.summary, error: null };
    } catch (e) {
      console.error('[填报助手] 字段识别失败', e);
      this.summary = { ...this.summary, error: e instanceof Error ? e.message : String(e) };
      this.bus.publish(this.bus.problems, this.summary);
    }
  }

  private scanNow(): void {
    perfMark('tianbao:scan:start');
    this.fields = discoverFields(this.doc, newLabelContext());
    // The user's mapping wins over what was inferred.
    for (const f of this.fields) {
      const label = this.overrides.get(f.id)?.label;
      if (label) f.label = { ...f.label, label, source: 'mapping' };
    }
    this.byEl = new Map(this.fields.map((f) => [f.el, f]));
    this.byId = new Map(this.fields.map((f) => [f.id, f]));
    this.validator = new FormValidator(this.fields.map(validatorField), this.profiles, this.overrides);
    this.validator.validateAll();
    const usable = this.fields.filter((f) => !f.sensitive);
    this.summary = {
      total: usable.length,
      labelled: usable.filter((f) => f.label.label).length,
      profiles: this.validator.matches.map((m) => `${m.profile.annex}《${m.profile.title.replace(/\s+/g, '')}》`),
      error: null,
    };
    perfMeasure('tianbao:scan', 'tianbao:scan:start');
    this.listen(this.doc);
    for (const f of this.fields) this.listen(f.el.ownerDocument);
    this.draftKey = this.computeDraftKey();
    this.publish();
    this.offerDraft().catch((e: unknown) => console.error('[填报助手] 草稿读取失败', e));
  }

  private listen(doc: Document): void {
    if (this.listening.has(doc)) return;
    this.listening.add(doc);
    const signal = this.abort.signal;
    recordTrustedEdits(doc, this.bus, signal);
    const onEdit = (e: Event) => {
      // Never in the middle of IME composition: the text is not what the user means yet.
      if (e.type === 'input' && (e as InputEvent).isComposing) return;
      this.onEdit(e);
    };
    for (const type of EDIT_EVENTS) doc.addEventListener(type, onEdit, { capture: true, signal });
    doc.addEventListener('click', (e) => this.guard.onClick(e), { capture: true, signal });
    // A frame that loads later (a form in an iframe, an editor) is scanned when it is ready.
    doc.addEventListener('load', (e) => (e.target as Element)?.tagName === 'IFRAME' && this.scheduleRescan(), {
      capture: true,
      signal,
    });
    // Only mutations that add or remove what fields are made of call for a rescan: a clock ticking in a banner,
    // a page's own hints, a counter, never do.
    const observer = new MutationObserver((records) => {
      if (records.some((r) => this.isStructural(r))) this.scheduleRescan();
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    this.observers.push(observer);
  }

  /** Whether a mutation adds or removes a control, a frame, a table or an editable area (outside our own UI). */
  private isStructural(r: MutationRecord): boolean {
    if (this.isOurs(r.target)) return false;
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

  private isOurs(node: Node): boolean {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return !!el?.closest('tianbao-overlay, tianbao-hints, tianbao-guard');
  }

  private onEdit(e: Event): void {
    let el = editTarget(e);
    if (el) notePassword(el);
    // In an editor frame the event target is inside the editable body.
    if (el && !this.byEl.has(el)) el = el.closest?.('body') ?? el;
    const field = el ? this.byEl.get(el) : undefined;
    if (!field || !this.validator) return;
    if (e.isTrusted) this.bus.touched.add(field.el);
    const t0 = performance.now();
    this.validator.validate(field.id);
    this.lastChangeAt = Date.now();
    // Only what the user typed is a draft: not a value the page set (synthetic events), nor our own restore.
    if (this.storable(field) && !this.applying && this.bus.touched.has(field.el)) {
      const value = readValue(field);
      this.store(field, value);
      this.updateOffer(field.id, value);
    }
    this.publish();
    perfMeasure('tianbao:keystroke', t0);
  }

  private scheduleRescan(): void {
    clearTimeout(this.rescanTimer);
    this.rescanTimer = setTimeout(() => this.scan(), RESCAN_DELAY_MS);
  }

  private publish(): void {
    const v = this.validator;
    if (!v) return;
    const problems = v.problems();
    this.bus.page = {
      problems: problems.length,
      wordProblems: problems.filter((p) => p.kind === 'maxChars' || p.kind === 'minChars').length,
      requiredMissing: v.missingRequired(),
      draftSavedAt: this.drafts.savedAt,
      lastChangeAt: this.lastChangeAt,
      draftError: this.drafts.error,
      period: this.draftKey?.period ?? null,
    };
    this.bus.publish(problems, this.summary);
    this.hints.show(problems, (id) => this.byId.get(id));
  }

  focus(fieldId: string): void {
    const f = this.byId.get(fieldId);
    if (!f) return;
    (f.frame && f.kind === 'iframe-editor' ? f.frame : f.el).scrollIntoView({ block: 'center' });
    f.el.focus({ preventScroll: true });
  }

  /** For tests and the overlay: the fields as recognised. */
  list(): readonly Field[] {
    return this.fields;
  }

  /** Stops everything: every listener (one AbortController), observers, timers, our UI. Flushes what is pending. */
  destroy(): void {
    if (this.abort.signal.aborted) return;
    this.abort.abort();
    clearTimeout(this.rescanTimer);
    for (const o of this.observers) o.disconnect();
    this.hints.destroy();
    this.unmountPanel?.();
    this.stopTicks?.();
    this.guard.destroy();
    void this.autosave.flush();
    this.autosave.destroy();
    this.bus.focus = null;
    this.bus.pick = null;
  }
}
