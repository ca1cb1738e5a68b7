/**
 * Text normalising leaves as it is: printable ASCII but for spaces, `*` and `:`, and CJK unified ideographs, which
 * NFKC keeps, with no whitespace, star, colon or footnote mark to drop.
 */
const PLAIN = /^[\x21-\x29\x2b-\x39\x3b-\x7e\u4e00-\u9fff]*$/;

/**
 * Label text as a person reads it, made comparable: full-width forms to half-width (NFKC), footnote markers and
 * required stars dropped, all whitespace removed (PDF copies put spaces inside words), trailing colons dropped.
 * `学费总额 (万元)`, `学费总额（万元）：` and `* 学费总额(万元)` all read `学费总额(万元)`.
 */
export function normaliseLabel(text: string): string {
  // Most cells of a large table read like `第12单位` or `2024`: nothing to change there (issue #16).
  if (PLAIN.test(text)) return text;
  return text
    .replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]/g, '')
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/^[*＊]+/, '')
    .replace(/[*＊]+$/, '')
    .replace(/[:：]+$/, '')
    .replace(/^[*＊]+/, '');
}

/**
 * A label is a few words: past these caps the text is no label a person reads, and walking further would let a
 * hostile page (a label wrapping 20,000 nested elements, a megabyte of text) stall or overflow the engine.
 */
export const TEXT_LIMITS = { nodes: 2_000, chars: 1_000 } as const;

const SKIPPED_TAGS = new Set(['SELECT', 'TEXTAREA', 'SCRIPT', 'STYLE', 'OPTION', 'TEMPLATE']);

/**
 * The node after `n` in document order without leaving `root`: its first child when `descend`, else the next
 * sibling of `n` or of its nearest ancestor that has one (`onClose` hears each ancestor left on the way up); null
 * at the end. The one step of every bounded, iterative DOM walk: depth costs no stack.
 */
export function nextInOrder(n: Node, root: Node, descend: boolean, onClose?: (left: Node) => void): Node | null {
  if (descend && n.firstChild) return n.firstChild;
  let at: Node | null = n;
  while (at && at !== root && !at.nextSibling) {
    at = at.parentNode;
    if (at && at !== root) onClose?.(at);
  }
  return at && at !== root ? at.nextSibling : null;
}

/**
 * Text of an element as shown, without the text of form controls inside it (select options, textarea content).
 * Walked iteratively, in document order, and cut at TEXT_LIMITS: depth and size cost no stack.
 */
export function visibleText(el: Element, limits: { nodes: number; chars: number } = TEXT_LIMITS): string {
  let out = '';
  let visited = 0;
  let n: Node | null = el.firstChild;
  while (n && visited < limits.nodes && out.length < limits.chars) {
    visited++;
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    n = nextInOrder(n, el, n.nodeType === 1 && !SKIPPED_TAGS.has((n as Element).tagName));
  }
  return out.length > limits.chars ? out.slice(0, limits.chars) : out;
}
