/**
 * A forward-only scan of XML markup: each tag and each run of text between tags is reported once, in order.
 * The readers of Office files use it instead of patterns over the whole document, so a hostile file (unclosed
 * elements, endless attributes, a tag that never ends) costs time in proportion to its length, never more.
 * It does not check well-formedness: a reader keeps what it understands and ignores the rest.
 */
export interface XmlTag {
  /** Qualified name as written, e.g. `w:p`. */
  name: string;
  /** `</w:p>` */
  end: boolean;
  /** `<w:p/>` */
  empty: boolean;
  /** Offsets of the whole tag in the source, `<` to `>` inclusive. */
  from: number;
  to: number;
}

export interface XmlHandler {
  tag(tag: XmlTag): void;
  /** Raw (still entity-encoded) text between tags, reported as offsets so that unwanted text costs nothing. */
  text?(from: number, to: number): void;
}

const isNameEnd = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f || c === 0x3e;

export function scanXml(xml: string, handler: XmlHandler): void {
  let at = 0;
  const n = xml.length;
  while (at < n) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) {
      handler.text?.(at, n);
      return;
    }
    if (lt > at) handler.text?.(at, lt);
    if (xml.startsWith('<!--', lt)) {
      const close = xml.indexOf('-->', lt + 4);
      if (close < 0) return;
      at = close + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const close = xml.indexOf(']]>', lt + 9);
      if (close < 0) return;
      handler.text?.(lt + 9, close);
      at = close + 3;
      continue;
    }
    const gt = xml.indexOf('>', lt + 1);
    // A tag that never ends: nothing after it can be read.
    if (gt < 0) return;
    at = gt + 1;
    const first = xml.charCodeAt(lt + 1);
    // Declarations and processing instructions (<?xml …?>, <!DOCTYPE …>) carry no content.
    if (first === 0x3f || first === 0x21) continue;
    const end = first === 0x2f;
    let i = end ? lt + 2 : lt + 1;
    const nameFrom = i;
    while (i < gt && !isNameEnd(xml.charCodeAt(i))) i++;
    if (i === nameFrom) continue;
    handler.tag({
      name: xml.slice(nameFrom, i),
      end,
      empty: !end && xml.charCodeAt(gt - 1) === 0x2f,
      from: lt,
      to: gt + 1,
    });
  }
}

/** The value of one attribute of a tag (`w:val="3"` or `w:val='3'`), or null. Linear in the tag's length. */
export function attribute(xml: string, tag: XmlTag, name: string): string | null {
  let from = tag.from;
  while (from < tag.to) {
    const at = xml.indexOf(name, from);
    if (at < 0 || at >= tag.to) return null;
    from = at + name.length;
    const before = xml.charCodeAt(at - 1);
    // Only a whole attribute name: not the tail of another one (w:val inside xw:val).
    if (before !== 0x20 && before !== 0x09 && before !== 0x0a && before !== 0x0d) continue;
    let i = from;
    while (i < tag.to && (xml[i] === ' ' || xml[i] === '\t' || xml[i] === '\n' || xml[i] === '\r')) i++;
    if (xml[i] !== '=') continue;
    i++;
    while (i < tag.to && (xml[i] === ' ' || xml[i] === '\t' || xml[i] === '\n' || xml[i] === '\r')) i++;
    const quote = xml[i];
    if (quote !== '"' && quote !== "'") return null;
    const close = xml.indexOf(quote, i + 1);
    if (close < 0 || close >= tag.to) return null;
    return decodeEntities(xml.slice(i + 1, close));
  }
  return null;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Bounded so that a run of `&#x0000…` or `&aaaa…` is tried in constant time at each `&`. */
export const ENTITY_RE = /&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z]{2,4});/g;

export function decodeEntities(x: string): string {
  if (!x.includes('&')) return x;
  return x.replace(ENTITY_RE, (m, e: string) => {
    if (e[0] !== '#') return NAMED[e] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
    // A code point out of range would throw from fromCodePoint; the text keeps the entity as written.
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m;
  });
}
