import { labelScopes } from './adapters';

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
  /** The nodes whose children, text or read attributes changed (elements: a text's parent stands for it). */
  nodes: Set<Element>;
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
const scopeSelector = () => {
  scopes ??= [GENERIC_SCOPES, ...labelScopes()].join(', ');
  return scopes;
};

/** The outermost element around `el` (or `el` itself) whose change may relabel the controls inside it. */
function scopeOf(el: Element): Element {
  const selector = scopeSelector();
  let top = el;
  for (let s = el.closest(selector); s; s = s.parentElement?.closest(selector) ?? null) top = s;
  return top;
}

/**
 * The log of changes a page watcher keeps between scans (records of our own UI are left out by the watcher). It
 * keeps what a field can be read differently after:
 * - a control's own attributes, or an ancestor's (a widget's class, an editable area);
 * - what comes and goes, and text, inside a scope (a table, a label, a fieldset, a framework's form item or table);
 * - nodes added anywhere (a control moved into them is read again).
 * Text and nodes that change outside every scope can only alter a label read from text near a control, and such
 * fields are read again at every scan (utils/fields/discover.ts, labelLasts).
 */
export class ChangeLog {
  private nodes = new Set<Element>();
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
      if (r.attributeName === 'for') this.everything = true;
      // A dialog's scroll lock or a theme on the page's root reads no field.
      else if (!(/^(HTML|BODY)$/.test(target.tagName) && /^(class|style)$/.test(r.attributeName ?? ''))) {
        this.add(target);
      }
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
        else if (n.nodeType === 1) this.add(n as Element);
      }
      if (this.everything) return;
    }
    if (target.closest(scopeSelector())) this.add(target);
  }

  private add(el: Element): void {
    this.nodes.add(el);
    if (this.nodes.size > MAX_NODES) {
      this.everything = true;
      this.nodes.clear();
    }
  }

  /** The changes since the last take, and a fresh log. */
  take(): PageChanges {
    const out = { nodes: this.nodes, everything: this.everything };
    this.nodes = new Set();
    this.everything = false;
    return out;
  }
}

/**
 * The controls a scan must read again after these changes: every control inside the scope of a changed node
 * (scopeOf), the node itself included. `controls` is the selector of the controls a scan visits. A control not
 * found here, and found by the scan before, is taken over as it was.
 */
export function changedControls(nodes: Iterable<Element>, controls: string): Set<Element> {
  const roots = new Set<Element>();
  for (const n of nodes) if (n.isConnected) roots.add(scopeOf(n));
  const out = new Set<Element>();
  for (const root of roots) {
    // A root inside another root adds nothing: its controls are found by the outer one.
    let inner = false;
    for (let up = root.parentElement; up && !inner; up = up.parentElement) inner = roots.has(up);
    if (inner) continue;
    if (root.matches(controls)) out.add(root);
    const found = root.querySelectorAll(controls);
    for (let i = 0; i < found.length; i++) out.add(found[i] as Element);
  }
  return out;
}
