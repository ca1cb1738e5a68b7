import { forEachInSlices, type SliceOptions } from '@/utils/slices';
import { adapterFor, adapterNamed, type Control, type FrameworkAdapter, togglesOfAll } from './adapters';
import {
  inferLabel,
  isInstruction,
  type LabelContext,
  type LabelInfo,
  type LabelSource,
  newLabelContext,
  tableIndexOf,
  tableOfCell,
} from './labels';
import { controlAttrs, declaresSecret, isBoxControl, loginBoxesOf, marksLoginBox, rememberPasswords } from './secrets';

export type FieldKind =
  | 'text'
  | 'number'
  | 'date'
  | 'select'
  | 'textarea'
  | 'checkbox'
  | 'radio'
  | 'file'
  | 'password'
  | 'contenteditable'
  | 'iframe-editor';

export interface Field {
  /** Stable across re-renders: built from labels and table position, never from generated ids. */
  id: string;
  /** The control; for an iframe editor, the editable body inside the frame. */
  el: HTMLElement;
  /** The same-origin iframe the control lives in (or that is the editor), for positioning; null in the page. */
  frame: HTMLIFrameElement | null;
  kind: FieldKind;
  label: LabelInfo;
  /**
   * Never stored in drafts and never validated: passwords (also once shown as text), files, one-time codes,
   * cards, tokens and session ids, captchas, and every field of a login box (utils/fields/secrets.ts).
   */
  sensitive: boolean;
  /**
   * The page marks it required: a star by its label, `required`, `aria-required="true"`, or the required form item of
   * Element UI/Plus, Ant Design Vue or layui (whose stars are drawn by CSS, not text).
   */
  required: boolean;
  /** The UI framework widget the control sits in (a custom select, a date or range picker …); absent for plain HTML. */
  control?: Control;
}

const SKIP_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image']);
/** ASP.NET's and similar frameworks' state fields (`__VIEWSTATE`, `__EVENTTARGET`). */
const FRAMEWORK_STATE = /^__/;

/** The page's own required marks; the UI frameworks' ones are their public structure, not a site's ids or classes. */
function pageRequires(el: HTMLElement, label: LabelInfo): boolean {
  if (label.starred) return true;
  if ((el as HTMLInputElement).required || el.getAttribute('aria-required') === 'true') return true;
  if (el.matches('[lay-verify~="required"]') || el.closest('.el-form-item.is-required')) return true;
  // Ant Design Vue marks the label, a sibling of the control's wrapper inside the form item.
  return !!el.closest('.ant-form-item')?.querySelector('.ant-form-item-required');
}

function kindOf(el: HTMLElement): FieldKind | null {
  const tag = el.tagName;
  if (tag === 'SELECT') return 'select';
  if (tag === 'TEXTAREA') return 'textarea';
  if (tag === 'INPUT') {
    const type = ((el as HTMLInputElement).type || 'text').toLowerCase();
    if (SKIP_INPUT_TYPES.has(type)) return null;
    if (type === 'checkbox' || type === 'radio' || type === 'file' || type === 'password') return type;
    if (type === 'number') return 'number';
    if (type === 'date' || type === 'month' || type === 'datetime-local') return 'date';
    return 'text';
  }
  if (el.isContentEditable && !el.parentElement?.isContentEditable) return 'contenteditable';
  return null;
}

/** An iframe whose document is a rich-text editor (UEditor, KindEditor: an editable body or designMode). */
function editorBody(frame: HTMLIFrameElement): HTMLElement | null {
  let doc: Document | null = null;
  try {
    doc = frame.contentDocument;
  } catch {
    return null; // cross-origin
  }
  const body = doc?.body;
  if (!doc || !body) return null;
  return body.isContentEditable || doc.designMode === 'on' ? body : null;
}

function frameKey(frame: HTMLIFrameElement, index: number): string {
  const src = frame.getAttribute('src');
  if (src && !src.startsWith('about:') && !src.startsWith('javascript:')) {
    try {
      return new URL(src, frame.ownerDocument.baseURI).pathname;
    } catch {
      // fall through
    }
  }
  return `frame${index}`;
}

interface Scope {
  doc: Document;
  frame: HTMLIFrameElement | null;
  prefix: string;
  /** Controls of this document that mark a login box, judged as the walk passes them (fields or not). */
  markers: Element[];
  /** Fields of the scan before may be taken over in this document (its changes were logged, same framework). */
  reuse: boolean;
}

/**
 * What a scan leaves for the next one, so that a rescan reads again only the controls the page's changes concern
 * (utils/fields/changes.ts) and takes the others over as they were (issue #16).
 */
export interface ScanMemo {
  /** Each field's place in `fields`, by its control (an editor frame's: its body). */
  readonly at: Map<Element, number>;
  readonly fields: readonly Field[];
  /**
   * Per field, same index: the table whose grid `inferLabel` read for it (null: none), or undefined when the next
   * scan must read it again whatever changed: its label came from text near it or from elsewhere by id, it holds or
   * marks a secret, it is an editor frame.
   */
  readonly tables: (HTMLTableElement | null | undefined)[];
  /** The framework each document was read with: a document read with another one now is read again whole. */
  readonly adapters: Map<Document, FrameworkAdapter | null>;
  /** The documents whose changes were logged all through this scan: fields of any other are read again. */
  readonly watched: ReadonlySet<Document>;
}

/** The scan before, and the controls the page's changes since then concern (changedControls). */
export interface Previous {
  memo: ScanMemo;
  changed: ReadonlySet<Element>;
}

export interface Scan {
  fields: Field[];
  memo: ScanMemo;
}

export interface ScanOptions {
  ctx?: LabelContext;
  previous?: Previous | null;
  /** The documents whose changes are logged from the start of this scan on (the page watcher's). */
  watched?: ReadonlySet<Document>;
}

interface Walk {
  ctx: LabelContext;
  out: Field[];
  seen: Map<string, number>;
  /** The document and the same-origin frames found so far (a frame adds its document while the walk goes on). */
  scopes: Scope[];
  previous: Previous | null;
  at: Map<Element, number>;
  tables: (HTMLTableElement | null | undefined)[];
  adapters: Map<Document, FrameworkAdapter | null>;
}

interface Visit {
  scope: Scope;
  adapter: FrameworkAdapter | null;
  el: HTMLElement;
  /** For a frame, its index among the frames of its document. */
  frameIndex: number;
}

function newWalk(doc: Document, options: ScanOptions): Walk {
  return {
    ctx: options.ctx ?? newLabelContext(),
    out: [],
    seen: new Map(),
    scopes: [{ doc, frame: null, prefix: '', markers: [], reuse: false }],
    previous: options.previous ?? null,
    at: new Map(),
    tables: [],
    adapters: new Map(),
  };
}

const CONTROLS = 'input, select, textarea, [contenteditable=""], [contenteditable="true"], iframe';

/** Every element a scan visits, whatever the framework (changedControls: the controls a change concerns). */
export function scannedControls(): string {
  return [CONTROLS, ...togglesOfAll()].join(', ');
}

/** Every candidate control of the document, then of each same-origin frame as the walk finds it. */
function* controlsOf(walk: Walk): Generator<Visit> {
  for (let s = 0; s < walk.scopes.length; s++) {
    const scope = walk.scopes[s] as Scope;
    rememberPasswords(scope.doc);
    const adapter = adapterFor(scope.doc);
    walk.adapters.set(scope.doc, adapter);
    const memo = walk.previous?.memo;
    scope.reuse = !!memo?.watched.has(scope.doc) && memo.adapters.get(scope.doc) === adapter;
    const controls = scope.doc.querySelectorAll<HTMLElement>(
      `${CONTROLS}${adapter?.toggles ? `, ${adapter.toggles}` : ''}`,
    );
    let frameIndex = 0;
    // Indexed: copying a list of thousands of nodes into an array costs more than reading it.
    for (let i = 0; i < controls.length; i++) {
      const el = controls[i] as HTMLElement;
      yield { scope, adapter, el, frameIndex: el.tagName === 'IFRAME' ? frameIndex++ : -1 };
    }
  }
}

function isFormToggle(el: HTMLElement, adapter: FrameworkAdapter): boolean {
  return !!adapter.toggles && el.matches(adapter.toggles) && !!el.closest(adapter.togglesWithin ?? 'form');
}

/** One control: a field (labelled, identified), a frame to walk into, or nothing a person fills in. */
function visit(walk: Walk, { scope, adapter, el, frameIndex }: Visit): void {
  const { ctx, seen } = walk;
  if (el.tagName === 'IFRAME') {
    const frame = el as HTMLIFrameElement;
    const key = `${scope.prefix}${frameKey(frame, frameIndex)}/`;
    const body = editorBody(frame);
    if (body) {
      const label = frameworkLabel(adapter, frame, null) ?? inferLabel(frame, ctx);
      const required = pageRequires(frame, label);
      const f: Field = { id: '', el: body, frame, kind: 'iframe-editor', label, sensitive: false, required };
      keep(walk, identify(f, key, seen));
      return;
    }
    try {
      const inner = frame.contentDocument;
      if (inner?.documentElement) walk.scopes.push({ doc: inner, frame, prefix: key, markers: [], reuse: false });
    } catch {
      // A cross-origin frame is the other site's page: not ours to read.
    }
    return;
  }
  if (scope.reuse && takeOver(walk, scope, el)) return;
  // A framework's toggle drawn without a native control (Ant Design's switch is a button) is read as a checkbox,
  // inside a form only (a list table's or a header's switch is no draft field).
  const kind = kindOf(el) ?? (adapter?.toggles && isFormToggle(el, adapter) ? 'checkbox' : null);
  const control = kind ? (adapter?.control(el) ?? null) : null;
  // A control hidden by its page (an editor's backing textarea, display:none) is not what a person fills in.
  // Read from the inline style only: no layout is forced per field. A framework's upload input is hidden by
  // its stylesheet, and its widget stands for it.
  // Ant Design hides its upload's file input inline: the upload widget stands for it all the same.
  const hiddenInline =
    /display\s*:\s*none/i.test(el.getAttribute('style') ?? '') &&
    !(control && control !== 'skip' && control.kind === 'upload');
  if (!kind || control === 'skip' || el.hidden || hiddenInline) {
    // No field, but it may still mark a login box (a password input the page hides, a reset button).
    if (isBoxControl(el) && marksLoginBox(el, null)) scope.markers.push(el);
    return;
  }
  const framework = frameworkLabel(adapter, el, control);
  const label = framework ?? inferLabel(el, ctx);
  // Each attribute read once: for the secret words, the login box marks and the framework's state names (a name
  // longer than the 300 characters read still starts as it does).
  const attrs = controlAttrs(el);
  const secret = declaresSecret(el, label.label, attrs);
  const marks = isBoxControl(el) && marksLoginBox(el, label.label, attrs);
  if (marks) scope.markers.push(el);
  const sensitive = kind === 'password' || kind === 'file' || FRAMEWORK_STATE.test(attrs.name) || secret;
  const required = pageRequires(el, label) || !!adapter?.required(el);
  // The id is set in place by identify(): given here first, the record is built whole with the scan's hidden class,
  // not grown by a property store per field (an added property cost each field a property array, 109 kB on 5,000
  // fields, #16).
  const f: Field = { id: '', el, frame: scope.frame, kind, label, sensitive, required };
  if (control) f.control = control;
  const lasting = !sensitive && !marks && labelLasts(el, label);
  keep(walk, identify(f, scope.prefix, seen), lasting ? (framework ? null : tableOfCell(el)) : undefined);
}

/**
 * Label sources read from the control, its table, its wrapping label, its fieldset or its framework's container:
 * what a change can alter only from inside those (utils/fields/changes.ts). Text near the control and labels by
 * id (aria-labelledby, even one whose target is not there yet) can change from outside them, and so can an
 * instruction taken as the label for want of text near the control (请输入): such fields are read again at every scan.
 */
const LASTING: ReadonlySet<LabelSource> = new Set([
  'label-for',
  'label-wrap',
  'aria',
  'table-column',
  'table-row',
  'placeholder',
]);

function labelLasts(el: Element, label: LabelInfo): boolean {
  if (!LASTING.has(label.source) || el.hasAttribute('aria-labelledby')) return false;
  return !(label.source === 'placeholder' && isInstruction(label.label));
}

/** A field found by this scan, and what the next scan may take over of it (ScanMemo.tables). */
function keep(walk: Walk, f: Field, table?: HTMLTableElement | null): void {
  walk.at.set(f.el, walk.out.length);
  walk.out.push(f);
  walk.tables.push(table);
}

/**
 * The field of the scan before, taken over as it was: when no change concerned its control since, its label was
 * read where only such changes can alter it, and its table keeps its index among the tables. Only its id is made
 * anew, in this scan's order, as a full scan would.
 */
function takeOver(walk: Walk, scope: Scope, el: HTMLElement): boolean {
  const previous = walk.previous as Previous;
  if (previous.changed.has(el)) return false;
  const i = previous.memo.at.get(el);
  if (i === undefined) return false;
  const table = previous.memo.tables[i];
  const old = previous.memo.fields[i] as Field;
  // A mapping's name was put on the field after its scan (fields-runtime): its own label is read again.
  if (table === undefined || old.label.source === 'mapping') return false;
  // The table's index among tables is given in this scan's order; a table now met earlier or later is read again.
  if (table) {
    const index = tableIndexOf(table, walk.ctx);
    if (old.label.table && old.label.table.index !== index) return false;
  }
  const f: Omit<Field, 'id'> = {
    el,
    frame: scope.frame,
    kind: old.kind,
    label: old.label,
    sensitive: false,
    required: old.required,
  };
  if (old.control) f.control = old.control;
  keep(walk, identify(f, scope.prefix, walk.seen), table);
  return true;
}

function finish(walk: Walk, watched: ReadonlySet<Document> | undefined): Scan {
  markLoginBoxes(walk.out, walk.scopes);
  const memo: ScanMemo = {
    at: walk.at,
    fields: walk.out,
    tables: walk.tables,
    adapters: walk.adapters,
    watched: watched ?? new Set(),
  };
  return { fields: walk.out, memo };
}

/**
 * Every form control a person fills in, in the document and its same-origin frames (rich-text editor frames
 * become one field each). Labels come from what a person reads; identities from labels and table positions.
 */
export function discoverFields(doc: Document, ctx: LabelContext = newLabelContext()): Field[] {
  return scanFields(doc, { ctx }).fields;
}

/**
 * The fields, and what the next scan may take over (ScanMemo). With `previous`, the fields of the scan before that
 * no change concerned are taken over as they were: the result is the one a full scan would give.
 */
export function scanFields(doc: Document, options: ScanOptions = {}): Scan {
  const walk = newWalk(doc, options);
  for (const item of controlsOf(walk)) visit(walk, item);
  return finish(walk, options.watched);
}

/**
 * The same, found in slices that give the page its turn every few hundred controls (utils/slices.ts): for pages so
 * large that one pass would hold the main thread. Rejects when `slices.signal` aborts between slices.
 */
export async function scanFieldsInSlices(
  doc: Document,
  options: ScanOptions = {},
  slices: SliceOptions = {},
): Promise<Scan> {
  const walk = newWalk(doc, options);
  await forEachInSlices(controlsOf(walk), (item) => visit(walk, item), slices);
  return finish(walk, options.watched);
}

/** The label a framework's form item or table column gives a control, kept in the generic shape. */
function frameworkLabel(adapter: FrameworkAdapter | null, el: HTMLElement, control: Control | null): LabelInfo | null {
  const hint = adapter?.label(el, control);
  if (!hint) return null;
  return {
    label: hint.text,
    source: 'label-for',
    row: hint.row ?? null,
    columnPath: [],
    table: null,
    starred: hint.starred,
  };
}

/** Every field inside a login box is a secret: the user name beside a password, the captcha beside it. */
function markLoginBoxes(fields: Field[], scopes: readonly Scope[]): void {
  for (const { doc, markers } of scopes) {
    if (!markers.length) continue;
    const boxes = loginBoxesOf(markers);
    if (!boxes.length) continue;
    for (const f of fields) {
      if (f.el.ownerDocument === doc && boxes.some((b) => b.contains(f.el))) f.sensitive = true;
    }
  }
}

function identify(f: Omit<Field, 'id'> & { id?: string }, prefix: string, seen: Map<string, number>): Field {
  const t = f.label.table;
  let base = t
    ? `t${t.index}|${f.label.row ?? ''}|${f.label.label}`
    : `${f.label.row ? `${f.label.row}|` : ''}${f.label.label || `(${f.kind})`}`;
  if ((f.kind === 'radio' || f.kind === 'checkbox') && 'value' in f.el) {
    base += `=${(f.el as HTMLInputElement).value}`;
  }
  base = prefix + base;
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  // The object was made for this field alone: it takes its id in place (no copy per field).
  const field = f as Field;
  field.id = n === 1 ? base : `${base}#${n}`;
  return field;
}

/**
 * An editor's text with its paragraphs on lines of their own, without the zero-width characters editors keep in
 * empty lines (Slate's \uFEFF) and without the empty last line an editor always has. Blank lines are not kept.
 */
function editorText(el: HTMLElement): string {
  // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the paragraphs apart; textContent runs them together.
  const text = typeof el.innerText === 'string' && el.isConnected ? el.innerText : (el.textContent ?? '');
  // innerText puts a blank line between paragraphs (<p> margins): one line break is what was typed.
  return text
    .replace(/[\u200b\ufeff]/g, '')
    .replace(/\n{2,}/g, '\n')
    .replace(/\n+$/, '');
}

/** What the page's UI framework itself says about the field now (Element's 请输入…, Ant Design's explain), if anything. */
export function frameworkMessage(f: Field): string | null {
  if (f.frame || f.kind === 'iframe-editor') return null;
  const adapter = adapterFor(f.el.ownerDocument);
  return adapter?.ownMessage?.(f.el) ?? null;
}

/** The value a person sees in the field, as text. */
export function readValue(f: Field): string {
  const el = f.el;
  if (f.control) {
    const shown = adapterNamed(f.control.framework)?.read(el, f.control);
    if (shown !== null && shown !== undefined) return shown;
  }
  switch (f.kind) {
    case 'checkbox':
    case 'radio':
      return (el as HTMLInputElement).checked ? (el as HTMLInputElement).value || 'on' : '';
    case 'contenteditable':
    case 'iframe-editor':
      return editorText(el);
    case 'file':
    case 'password':
      return '';
    default:
      return (el as HTMLInputElement).value ?? '';
  }
}
