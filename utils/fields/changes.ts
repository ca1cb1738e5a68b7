import { classScopes, labelScopes } from './adapters';
import { scannedControls } from './discover';

/**
 * What the page changed between two scans, so that a rescan reads again only the controls those changes can
 * concern and takes every other field over from the scan before (issue #16: re-scan only what a mutation touched).
 * Field ids are draft keys: a rescan must find exactly the fields, labels and ids a full scan would. The test of
 * that is tests/unit/rescan.test.ts, which compares the two after random changes to real and framework pages.
 */

/**
 * Every attribute the discovery reads of a control or of what labels it: its kind, whether it is hidden, secret or
 * required, its widget (classes), its label (placeholder, title, aria-label), a cell's span, a radio's value, an
 * editable area. A change to any other attribute cannot change a field.
 */
export const READ_ATTRIBUTES = [
  'type',
  'style',
  'hidden',
  'class',
  'id',
  'name',
  'value',
  'for',
  'required',
  'aria-required',
  'aria-label',
  'aria-labelledby',
  'placeholder',
  'title',
  'autocomplete',
  'contenteditable',
  'lay-verify',
  'lay-key',
  'lay-laydate-id',
  'colspan',
  'rowspan',
  'src',
  'role',
];

/**
 * Of those, the ones read of other elements than the control itself: a cell's span (the table's grid), an
 * ancestor's class (a widget, a required form item) or editable area, a label's target. The others matter only on
 * a control (or a frame): a page animating styles or ids elsewhere logs nothing.
 */
const READ_AROUND = new Set(['class', 'contenteditable', 'colspan', 'rowspan', 'for']);

/** Options for a MutationObserver that sees every change a field could be read differently after. */
export const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: READ_ATTRIBUTES,
};

/**
 * Above this many changed nodes between two scans, the next scan reads everything again: a page that rebuilt itself
 * is read as fast from the start, and the log stays small.
 */
const MAX_NODES = 2000;

/** What the page changed since the last `take()`. */
export interface PageChanges {
  /** Nodes whose children or text changed, or nodes added: every control in their scope is read again (scopeOf). */
  nodes: Set<Element>;
  /**
   * Elements whose class or editable area changed: the controls inside them are read again (a widget's class, a
   * required form item), and in a framework's class scope every control of it (FrameworkAdapter.classScope).
   */
  own: Set<Element>;
  /** Something every field may be read differently after (a `label[for]`, which labels by id from anywhere). */
  everything: boolean;
}

/** Whether a node is or holds a `label[for]`. */
function holdsLabelFor(n: Node): boolean {
  if (n.nodeType !== 1) return false;
  const el = n as Element;
  return el.matches('label[for]') || !!el.querySelector('label[for]');
}

/**
 * Where a change can relabel controls anywhere inside: a table (its grid of headers, rows and spans), a wrapping
 * label, a fieldset (its legend), and each UI framework's form item and table (labelScopes).
 */
const GENERIC_SCOPES = 'table, label, fieldset';
let scopes: string | undefined;
let classes: string | undefined;
let controls: string | undefined;
const scopeSelector = () => {
  scopes ??= [GENERIC_SCOPES, ...labelScopes()].join(', ');
  return scopes;
};
const controlSelector = () => {
  controls ??= scannedControls();
  return controls;
};

/** The outermost element around `el` (or `el` itself) matching `selector`. */
function outermost(el: Element, selector: string): Element {
  let top = el;
  for (let s = el.closest(selector); s; s = s.parentElement?.closest(selector) ?? null) top = s;
  return top;
}

/** The outermost element around `el` (or `el` itself) whose change may relabel the controls inside it. */
const scopeOf = (el: Element) => outermost(el, scopeSelector());

/**
 * Where a class change on `el` may re-mark controls: the controls inside it (a widget's class, a required form
 * item, a table row's hover class reads one row again); for an element holding none, the framework's class scope
 * around it (a form item whose label took its required class).
 */
function classScopeOf(el: Element): Element {
  classes ??= classScopes().join(', ');
  const selector = controlSelector();
  if (!classes || el.matches(selector) || el.querySelector(selector)) return el;
  return el.closest(classes) ?? el;
}

/**
 * The log of changes a page watcher keeps between scans (records of our own UI are left out by the watcher). It
 * keeps what a field can be read differently after:
 * - a control's own read attributes; an element's class or editable area (the controls inside it); a cell's span;
 * - what comes and goes, and text, inside a scope (a table, a label, a fieldset, a framework's form item or table);
 * - nodes added anywhere (a control moved into them is read again), and the controls beside what came or went.
 * A style, id or other attribute away from every control, as a page's animation or hover sets, logs nothing.
 * Text and nodes that change outside every scope can only alter a label read from text near a control, and such
 * fields are read again at every scan (utils/fields/discover.ts, labelLasts).
 */
export class ChangeLog {
  private nodes = new Set<Element>();
  private own = new Set<Element>();
  private everything = false;

  note(r: MutationRecord): void {
    if (this.everything) return;
    const target = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
    if (!target) {
      // The document itself (its root element replaced): read everything again.
      this.everything = true;
      return;
    }
    if (r.type === 'attributes') {
      const name = r.attributeName ?? '';
      if (name === 'for') this.everything = true;
      else if (name === 'colspan' || name === 'rowspan') this.add(this.nodes, target);
      else if (READ_AROUND.has(name)) {
        this.add(this.own, target);
        // A framework draws a widget beside its native control (layui): the control before it is read again too.
        this.addControl(target.previousElementSibling);
      } else if (target.tagName === 'IFRAME' || target.matches(controlSelector())) this.add(this.own, target);
      return;
    }
    // A label[for]'s words changed, or one came or went: such labels name controls by id, from anywhere.
    if (target.closest('label[for]')) {
      this.everything = true;
      return;
    }
    if (r.type === 'childList') {
      for (const n of Array.from(r.removedNodes)) if (holdsLabelFor(n)) this.everything = true;
      for (const n of Array.from(r.addedNodes)) {
        if (holdsLabelFor(n)) this.everything = true;
        else if (n.nodeType === 1) {
          this.add(this.nodes, n as Element);
          // A control beside a node that came may read it (layui's select reads the widget drawn after it).
          this.addControl((n as Element).previousElementSibling);
          this.addControl((n as Element).nextElementSibling);
        }
      }
      if (this.everything) return;
      // Likewise beside the nodes that went.
      this.addControl(r.previousSibling);
      this.addControl(r.nextSibling);
    }
    if (target.closest(scopeSelector())) this.add(this.nodes, target);
  }

  private addControl(node: Node | null): void {
    if (node?.nodeType === 1 && (node as Element).matches(controlSelector())) this.add(this.own, node as Element);
  }

  private add(set: Set<Element>, el: Element): void {
    set.add(el);
    if (this.nodes.size + this.own.size > MAX_NODES) {
      this.everything = true;
      this.nodes.clear();
      this.own.clear();
    }
  }

  /** The changes since the last take, and a fresh log. */
  take(): PageChanges {
    const out = { nodes: this.nodes, own: this.own, everything: this.everything };
    this.nodes = new Set();
    this.own = new Set();
    this.everything = false;
    return out;
  }
}

/**
 * The controls a scan must read again after these changes: every control inside the scope of a changed node
 * (scopeOf), and inside an element whose class or editable area changed (classScopeOf); the elements themselves
 * included. A control not found here, and found by the scan before, is taken over as it was.
 */
export function changedControls(changes: Pick<PageChanges, 'nodes' | 'own'>): Set<Element> {
  const roots = new Set<Element>();
  for (const n of changes.nodes) if (n.isConnected) roots.add(scopeOf(n));
  for (const n of changes.own) if (n.isConnected) roots.add(classScopeOf(n));
  const selector = controlSelector();
  const out = new Set<Element>();
  for (const root of roots) {
    // A root inside another root adds nothing: its controls are found by the outer one.
    let inner = false;
    for (let up = root.parentElement; up && !inner; up = up.parentElement) inner = roots.has(up);
    if (inner) continue;
    if (root.matches(selector)) out.add(root);
    const found = root.querySelectorAll(selector);
    for (let i = 0; i < found.length; i++) out.add(found[i] as Element);
  }
  return out;
}
