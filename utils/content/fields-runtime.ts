import { mountProblemPanel } from '@/components/fields/problem-panel';
import { discoverFields, type Field, readValue } from '@/utils/fields/discover';
import { newLabelContext } from '@/utils/fields/labels';
import { PROFILES } from '@/utils/rules/profiles';
import type { ProfileData } from '@/utils/rules/types';
import { type FieldOverride, FormValidator } from '@/utils/rules/validator';
import { type FieldsSummary, getBus } from './bus';
import { Hints } from './hints';

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

  constructor(
    private readonly doc: Document,
    private readonly overrides: ReadonlyMap<string, FieldOverride> = new Map(),
    private readonly profiles: readonly ProfileData[] = PROFILES as readonly ProfileData[],
  ) {
    this.hints = new Hints(doc);
    this.bus.focus = (id) => this.focus(id);
  }

  private unmountPanel: (() => void) | null = null;

  start(): void {
    this.scan();
    this.unmountPanel = mountProblemPanel(this.bus, () =>
      this.fields
        .filter((f) => !f.sensitive)
        .map((f) => ({
          id: f.id,
          label: f.label.label,
          row: f.label.row,
          profileKey: this.validator?.profileFieldOf(f.id)?.key ?? null,
        })),
    );
  }

  /** Full scan: discover, match, validate. Runs at start and (batched) when the page adds or removes nodes. */
  scan(): void {
    // Marks on the page's performance timeline (visible in DevTools; `npm run bench` reads them).
    performance.mark('tianbao:scan:start');
    this.fields = discoverFields(this.doc, newLabelContext());
    this.byEl = new Map(this.fields.map((f) => [f.el, f]));
    this.byId = new Map(this.fields.map((f) => [f.id, f]));
    this.validator = new FormValidator(
      this.fields.map((f) => ({
        id: f.id,
        label: f.label.label,
        row: f.label.row,
        columnPath: f.label.columnPath,
        table: f.label.table,
        sensitive: f.sensitive,
        read: () => readValue(f),
      })),
      this.profiles,
      this.overrides,
    );
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
    this.publish();
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
    this.bus.focus = null;
  }
}
