import type { DraftDiff, DraftState } from '@/components/fields/draft-panel';
import { mountProblemPanel } from '@/components/fields/problem-panel';
import { tickKey } from '@/utils/checklist/checklist';
import { type DraftKey, type DraftView, draftId, fingerprintOf, normalisePath } from '@/utils/drafts/schema';
import { discoverFields, type Field, readValue } from '@/utils/fields/discover';
import { newLabelContext } from '@/utils/fields/labels';
import { t } from '@/utils/i18n';
import { firstActive, timeRequirements } from '@/utils/knowledge/timing';
import { DRAFTS } from '@/utils/messages/drafts';
import { PAGE } from '@/utils/messages/page';
import type { Request } from '@/utils/messaging';
import { sendMessage } from '@/utils/messaging';
import { PROFILES } from '@/utils/rules/profiles';
import type { ProfileData } from '@/utils/rules/types';
import { type FieldOverride, FormValidator, validatorField } from '@/utils/rules/validator';
import { MAPPINGS } from '@/utils/settings/mappings';
import { DRAFTS_OFF, TICKS } from '@/utils/settings/planning';
import { onSettingChanged, readSetting, writeSetting } from '@/utils/settings/store';
import { Autosave } from './autosave';
import { type FieldsSummary, getBus } from './bus';
import { Hints } from './hints';
import { setFieldValue } from './set-value';
import { SubmitGuard } from './submit-guard';

const RESCAN_DELAY_MS = 200;

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
  private readonly listening = new Set<Document>();
  private rescanTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly bus = getBus();
  private summary: FieldsSummary = { total: 0, labelled: 0, profiles: [] };

  private overrides = new Map<string, FieldOverride>();
  private draftsOff = false;
  private readonly guard: SubmitGuard;
  /** Manual steps of the page's requirement that are not ticked yet (kept fresh for the submit guard). */
  private openSteps: string[] = [];
  private lastChangeAt: number | null = null;
  private readonly autosave: Autosave;
  private draftKey: DraftKey | null = null;
  private loadedDraftId: string | null = null;
  private drafts: DraftState = { off: false, savedAt: null, error: null, offer: null, canUndo: false };
  private beforeRestore: Map<string, string> | null = null;
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
      () => ({ key: this.draftKey, title: this.doc.title, url: this.doc.location?.href ?? '' }),
      () => {
        const { savedAt, error } = this.autosave.status;
        this.drafts = { ...this.drafts, savedAt: savedAt ?? this.drafts.savedAt, error };
        this.publish();
      },
    );
    this.guard = new SubmitGuard(doc, () => this.missingForSubmit());
    // A closed tab, a navigation, a hidden window: what is pending goes now.
    doc.defaultView?.addEventListener('pagehide', this.onHide);
    doc.addEventListener('visibilitychange', this.onVisibility);
  }

  /** The draft key of the form now on the page: platform, path, the form's labels, and the period it shows. */
  private computeDraftKey(): DraftKey | null {
    const platform = this.bus.platform as DraftKey['platform'] | null;
    const usable = this.fields.filter((f) => !f.sensitive && f.label.label);
    if (!platform || usable.length === 0) return null;
    const periodField = usable.find((f) => /^(填报|报告|统计)?(年度|学年|批次)$/.test(f.label.label));
    const period = periodField ? readValue(periodField).trim() || null : null;
    return {
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
   * Values typed before the engine arrived (it is injected after the page loads) or filled in by a single-page
   * app before a rescan: whatever differs from the page's own default is saved, except fields where the draft
   * holds something else (those wait for the user's choice in the restore offer).
   */
  private captureTyped(): void {
    const waiting = new Set(this.drafts.offer?.diffs.map((d) => d.fieldId));
    for (const f of this.fields) {
      if (!this.storable(f) || waiting.has(f.id)) continue;
      const el = f.el as HTMLInputElement;
      if (f.kind !== 'text' && f.kind !== 'textarea' && f.kind !== 'number' && f.kind !== 'date') continue;
      if (el.value !== el.defaultValue) this.autosave.change(f.id, el.value, f.label.label);
    }
  }

  /** Restores the draft's values (all, or some fields) into the page; the previous values can be put back. */
  restoreDraft(fieldIds?: readonly string[]): void {
    const offer = this.drafts.offer;
    if (!offer) return;
    const chosen = offer.diffs.filter((d) => !fieldIds || fieldIds.includes(d.fieldId));
    const before = new Map<string, string>();
    for (const d of chosen) {
      const f = this.byId.get(d.fieldId);
      if (!f) continue;
      before.set(d.fieldId, readValue(f));
      setFieldValue(f, d.draft);
    }
    const rest = offer.diffs.filter((d) => !chosen.includes(d));
    this.beforeRestore = before;
    this.drafts = { ...this.drafts, offer: rest.length ? { ...offer, diffs: rest } : null, canUndo: before.size > 0 };
    this.publish();
  }

  undoRestore(): void {
    const before = this.beforeRestore;
    if (!before) return;
    for (const [id, value] of before) {
      const f = this.byId.get(id);
      if (f) setFieldValue(f, value);
    }
    this.beforeRestore = null;
    this.drafts = { ...this.drafts, canUndo: false };
    this.publish();
  }

  /** Where manual mappings are kept: per platform and page path. */
  private mappingKey(): string {
    return `${this.bus.platform ?? 'unknown'}|${this.doc.location?.pathname ?? '/'}`;
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
    if (mapping) page[fieldId] = mapping as NonNullable<(typeof page)[string]>;
    else delete page[fieldId];
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
        if (this.isOurs(e.target as Node)) return;
        const f = fieldAt(e.target);
        if (!f) return;
        e.preventDefault();
        e.stopPropagation();
        finish(f.id);
      };
      const onKey = (e: KeyboardEvent) => {
        if (e.key === 'Escape') finish(null);
        else if (e.key === 'Enter') {
          const f = fieldAt(e.composedPath()[0] ?? e.target);
          if (f) {
            e.preventDefault();
            finish(f.id);
          }
        }
      };
      for (const d of docs) {
        d.addEventListener('click', onClick, true);
        d.addEventListener('keydown', onKey, true);
      }
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

  /** Full scan: discover, match, validate. Runs at start and (batched) when the page adds or removes nodes. */
  scan(): void {
    // Marks on the page's performance timeline (visible in DevTools; `npm run bench` reads them).
    performance.mark('tianbao:scan:start');
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
    };
    performance.measure('tianbao:scan', 'tianbao:scan:start');
    this.listen(this.doc);
    for (const f of this.fields) this.listen(f.el.ownerDocument);
    this.draftKey = this.computeDraftKey();
    this.publish();
    this.offerDraft().catch((e: unknown) => console.error('[填报助手] 草稿读取失败', e));
  }

  private listen(doc: Document): void {
    if (this.listening.has(doc)) return;
    this.listening.add(doc);
    const onInput = (e: Event) => {
      // Never in the middle of IME composition: the text is not what the user means yet.
      if ((e as InputEvent).isComposing) return;
      this.onEdit(e.target);
    };
    const onCompositionEnd = (e: Event) => this.onEdit(e.target);
    doc.addEventListener('input', onInput, true);
    doc.addEventListener('change', onInput, true);
    doc.addEventListener('compositionend', onCompositionEnd, true);
    doc.addEventListener('click', (e) => this.guard.onClick(e), true);
    // A frame that loads later (a form in an iframe, an editor) is scanned when it is ready.
    doc.addEventListener('load', (e) => (e.target as Element)?.tagName === 'IFRAME' && this.scheduleRescan(), true);
    const observer = new MutationObserver((records) => {
      if (records.some((r) => !this.isOurs(r.target))) this.scheduleRescan();
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    this.observers.push(observer);
  }

  private isOurs(node: Node): boolean {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return !!el?.closest('tianbao-overlay, tianbao-hints');
  }

  private onEdit(target: EventTarget | null): void {
    let el = target as Element | null;
    // In an editor frame the event target is inside the editable body.
    if (el && !this.byEl.has(el)) el = el.closest?.('body') ?? el;
    const field = el ? this.byEl.get(el) : undefined;
    if (!field || !this.validator) return;
    const t0 = performance.now();
    this.validator.validate(field.id);
    this.lastChangeAt = Date.now();
    if (this.storable(field)) {
      const value = readValue(field);
      this.autosave.change(field.id, value, field.label.label);
      this.updateOffer(field.id, value);
    }
    this.publish();
    performance.measure('tianbao:keystroke', { start: t0, end: performance.now() });
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

  destroy(): void {
    clearTimeout(this.rescanTimer);
    for (const o of this.observers) o.disconnect();
    this.hints.destroy();
    this.unmountPanel?.();
    this.stopTicks?.();
    this.guard.destroy();
    void this.autosave.flush();
    this.autosave.destroy();
    this.doc.defaultView?.removeEventListener('pagehide', this.onHide);
    this.doc.removeEventListener('visibilitychange', this.onVisibility);
    this.bus.focus = null;
    this.bus.pick = null;
  }
}
