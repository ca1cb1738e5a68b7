/**
 * Label text as a person reads it, made comparable: full-width forms to half-width (NFKC), footnote markers and
 * required stars dropped, all whitespace removed (PDF copies put spaces inside words), trailing colons dropped.
 * `学费总额 (万元)`, `学费总额（万元）：` and `* 学费总额(万元)` all read `学费总额(万元)`.
 */
export function normaliseLabel(text: string): string {
  return text
    .replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]/g, '')
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/^[*＊]+/, '')
    .replace(/[*＊]+$/, '')
    .replace(/[:：]+$/, '')
    .replace(/^[*＊]+/, '');
}

/** Text of an element as shown, without the text of form controls inside it (select options, textarea content). */
export function visibleText(el: Element): string {
  let out = '';
  const walk = (node: Node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) out += n.nodeValue ?? '';
      else if (n.nodeType === 1) {
        const tag = (n as Element).tagName;
        if (tag === 'SELECT' || tag === 'TEXTAREA' || tag === 'SCRIPT' || tag === 'STYLE' || tag === 'OPTION') continue;
        walk(n);
      }
    }
  };
  walk(el);
  return out;
}
