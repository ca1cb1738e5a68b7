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
import { type Field, readValue } from '@/utils/fields/discover';
import { isInvisible } from '@/utils/fields/secrets';
import { t } from '@/utils/i18n';
import type { DRAFTS } from '@/utils/messages/drafts';
import { toBackground } from '@/utils/messaging';
import { Autosave } from './autosave';
import type { Bus } from './bus';
import type { DraftDiff, DraftState } from './panel-source';
import { type Refusal, restoreValues } from './set-value';

/** The fields of the page as the engine last read them. */
const ask = toBackground<typeof DRAFTS>();

export interface FieldsView {
  fields(): readonly Field[];
  byId(id: string): Field | undefined;
  /** The user excluded this field from drafts (不存草稿). */
  excluded(id: string): boolean;
}

/**
 * One page's draft: which form it is (origin, platform, path, labels, period), what the user typed (only fields
 * they touched, never secrets, within the limits), the offer to restore what the page lost, and undo. Restore and
 * undo write into the page only: they are never saved as the user's typing, so neither can lose a typed value.
 */
export class DraftSession {
  state: DraftState = { off: false, savedAt: null, error: null, notice: null, offer: null, canUndo: false };
  private key: DraftKey | null = null;
  private loadedId: string | null = null;
  private readonly autosave: Autosave;
  /** Set while we write values into the page ourselves (restore, undo): those are not the user's edits. */
  private applying = false;
  /** Fields the user typed in that are invisible (transparent, off-page): never stored. */
  private readonly invisible = new WeakSet<Element>();
  private beforeRestore: Map<string, string> | null = null;
  /** What the last restore wrote, so that undo can offer it again. */
  private restored: DraftDiff[] = [];

  constructor(
    private readonly doc: Document,
    private readonly bus: Bus,
    private readonly view: FieldsView,
    private readonly onChange: () => void,
    signal: AbortSignal,
  ) {
    this.autosave = new Autosave(
      (save) => ask('drafts/save', save),
      // The address without its query string or fragment: those often carry session ids and tokens.
      () => ({ key: this.key, title: doc.title.slice(0, 200), url: storedUrl(doc.location?.href ?? '') }),
      () => {
        const { savedAt, error } = this.autosave.status;
        this.state = { ...this.state, savedAt: savedAt ?? this.state.savedAt, error };
        this.onChange();
      },
    );
    // A closed tab, a navigation, a hidden window: what is pending goes now.
    doc.defaultView?.addEventListener('pagehide', () => void this.autosave.flush(), { signal });
    doc.addEventListener(
      'visibilitychange',
      () => {
        if (doc.visibilityState === 'hidden') void this.autosave.flush();
      },
      { signal },
    );
    signal.addEventListener('abort', () => {
      void this.autosave.flush();
      this.autosave.destroy();
    });
  }

  /** The form's draft key (null until the engine has read a form): the 说明 of its warnings are kept under it. */
  get draftKey(): DraftKey | null {
    return this.key;
  }

  /** The reporting period the form shows (年度, 批次), part of its key. */
  get period(): string | null {
    return this.key?.period ?? null;
  }

  setOff(off: boolean): void {
    this.state = { ...this.state, off };
  }

  /** Drafts keep a field unless it is a secret, the user excluded it, or drafts are off for this site. */
  storable(f: Field): boolean {
    return !f.sensitive && !this.state.off && !this.view.excluded(f.id);
  }

  /** After a scan: the form's key, and (for a form not seen yet) what its newest draft offers. */
  async update(): Promise<void> {
    this.key = this.computeKey();
    const key = this.key;
    if (!key) return;
    const id = draftId(key);
    if (id === this.loadedId) return this.captureTyped();
    this.loadedId = id;
    let draft: DraftView | null = null;
    try {
      draft = (await ask('drafts/load', { key })).draft;
    } catch (e) {
      this.state = { ...this.state, error: e instanceof Error ? e.message : String(e) };
      return this.onChange();
    }
    if (!draft) return this.captureTyped();
    const diffs: DraftDiff[] = [];
    for (const [fieldId, value] of Object.entries(draft.values)) {
      const f = this.view.byId(fieldId);
      if (!f || !this.storable(f)) continue;
      const page = readValue(f);
      if (page !== value) {
        diffs.push({ fieldId, label: f.label.label || draft.labels[fieldId] || fieldId, page, draft: value });
      }
    }
    this.state = {
      ...this.state,
      savedAt: draft.updatedAt,
      offer: diffs.length ? { savedAt: draft.updatedAt, diffs } : null,
    };
    this.captureTyped();
    this.onChange();
  }

  /** The draft key of the form now on the page: origin, platform, path, the form's labels, the period it shows. */
  private computeKey(): DraftKey | null {
    const platform = this.bus.platform as DraftKey['platform'] | null;
    // A draft belongs to the origin it was typed on (scheme, host, port); a page without one keeps none.
    const origin = originOf(this.doc.location?.href ?? '');
    const usable = this.view.fields().filter((f) => !f.sensitive && f.label.label);
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

  /** A field changed (any event): keep it if it is the user's, and keep the restore view true to the page. */
  edited(field: Field): void {
    if (!this.storable(field) || this.applying || !this.bus.touched.has(field.el)) return;
    const value = readValue(field);
    this.store(field, value);
    this.updateOffer(field.id, value);
  }

  /**
   * Values the user typed before the engine arrived (it is injected after the page loads; the overlay records the
   * user's edits from its start) or before a rescan: saved, except fields where the draft holds something else
   * (those wait for the user's choice in the restore offer). Values the page filled in itself are not drafts.
   * A value this page has saved already is not sent again: a save carries only what changed.
   */
  private captureTyped(): void {
    const waiting = new Set(this.state.offer?.diffs.map((d) => d.fieldId));
    for (const f of this.view.fields()) {
      if (!this.storable(f) || waiting.has(f.id) || !this.bus.touched.has(f.el)) continue;
      const value = readValue(f);
      if (!this.autosave.holds(f.id, value)) this.store(f, value);
    }
  }

  /**
   * Queues one field's value for the draft, if it is visible and within the limits. A value over a limit is never
   * cut: it is left out, and the panel says so.
   */
  private store(f: Field, value: string): void {
    if (this.invisible.has(f.el)) return;
    // A framework's native control may be transparent under its widget: the widget is what the user sees.
    if (f.el.ownerDocument.defaultView && isInvisible(f.control?.view ?? f.el)) {
      // Typed into a field no one can see: what it holds is the page's, not the user's.
      this.invisible.add(f.el);
      return;
    }
    const label = f.label.label.slice(0, DRAFT_LIMITS.idChars);
    if (value.length > DRAFT_LIMITS.valueChars || f.id.length > DRAFT_LIMITS.idChars) {
      this.state = {
        ...this.state,
        notice: t('draftTooLong', [label || t('draftUnnamedField'), String(DRAFT_LIMITS.valueChars)]),
      };
      return;
    }
    this.autosave.change(f.id, value, label);
  }

  /** Keeps the restore view true to the page: an edited field shows its new value, or leaves when it matches. */
  private updateOffer(fieldId: string, value: string): void {
    const offer = this.state.offer;
    if (!offer?.diffs.some((d) => d.fieldId === fieldId)) return;
    const diffs = offer.diffs
      .map((d) => (d.fieldId === fieldId ? { ...d, page: value } : d))
      .filter((d) => d.page !== d.draft);
    this.state = { ...this.state, offer: diffs.length ? { ...offer, diffs } : null };
  }

  /**
   * Writes values into the page as ours, not the user's: they are not saved as typing. A framework widget that
   * would not take its value is left as it was, and the panel names it and says why.
   */
  private async apply(values: Iterable<[string, string]>): Promise<Set<string>> {
    this.applying = true;
    let refused: Refusal[] = [];
    try {
      const entries: [Field, string][] = [];
      for (const [id, value] of values) {
        const f = this.view.byId(id);
        if (f) entries.push([f, value]);
      }
      refused = await restoreValues(entries);
    } finally {
      this.applying = false;
    }
    const list = refused.map((r) => `“${r.field.label.label || t('draftUnnamedField')}”（${t(r.why)}）`).join('；');
    this.state = { ...this.state, notice: list ? t('restoreRefused', list) : this.state.notice };
    return new Set(refused.map((r) => r.field.id));
  }

  /** Restores the draft's values (all, or some fields) into the page; the previous values can be put back. */
  async restore(fieldIds?: readonly string[]): Promise<void> {
    const offer = this.state.offer;
    if (!offer) return;
    const chosen = offer.diffs.filter((d) => (!fieldIds || fieldIds.includes(d.fieldId)) && this.view.byId(d.fieldId));
    const before = new Map(chosen.map((d) => [d.fieldId, readValue(this.view.byId(d.fieldId) as Field)]));
    // What the page showed is kept as a version first: the restore can be undone from the history, too.
    if (this.key && before.size) {
      ask('drafts/snapshot', { key: this.key, values: Object.fromEntries(before) }).catch((e: unknown) => {
        this.state = { ...this.state, error: e instanceof Error ? e.message : String(e) };
        this.onChange();
      });
    }
    const refused = await this.apply(chosen.map((d) => [d.fieldId, d.draft]));
    // What the page would not take stays on offer, with the page's value as it still is.
    const rest = offer.diffs.filter((d) => !chosen.includes(d) || refused.has(d.fieldId));
    for (const id of refused) before.delete(id);
    this.beforeRestore = before;
    this.restored = chosen.filter((d) => !refused.has(d.fieldId));
    this.state = { ...this.state, offer: rest.length ? { ...offer, diffs: rest } : null, canUndo: before.size > 0 };
    this.onChange();
  }

  /** Undo changes the page only: the draft keeps what was restored, and is offered again. */
  async undo(): Promise<void> {
    const before = this.beforeRestore;
    if (!before) return;
    this.beforeRestore = null;
    const refused = await this.apply(before);
    // A field the page would not take back still shows the draft's value: nothing to offer there.
    const again = this.restored
      .filter((d) => !refused.has(d.fieldId))
      .map((d) => ({ ...d, page: before.get(d.fieldId) ?? d.page }));
    const offer = this.state.offer;
    const diffs = [...again, ...(offer?.diffs ?? []).filter((d) => !again.some((a) => a.fieldId === d.fieldId))];
    this.restored = [];
    this.state = {
      ...this.state,
      canUndo: false,
      offer: diffs.length ? { savedAt: offer?.savedAt ?? this.state.savedAt ?? Date.now(), diffs } : null,
    };
    this.onChange();
  }

  /** Sends what is pending now. */
  flush(): Promise<void> {
    return this.autosave.flush();
  }

  dismiss(): void {
    this.state = { ...this.state, offer: null };
    this.onChange();
  }
}
