/**
 * The text of a .docx file, read in the browser with no library: a .docx is a zip archive whose
 * word/document.xml holds the paragraphs; entries are stored or deflated, and the platform's DecompressionStream
 * inflates them. Paragraphs become lines; tabs and breaks are kept.
 */
export class DocxError extends Error {}

const u16 = (v: DataView, at: number) => v.getUint16(at, true);
const u32 = (v: DataView, at: number) => v.getUint32(at, true);

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([new Uint8Array(data)]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The bytes of one entry of a zip archive, or null when it has none by that name. */
export async function zipEntry(buf: ArrayBuffer, name: string): Promise<Uint8Array | null> {
  const v = new DataView(buf);
  let eocd = -1;
  for (let i = buf.byteLength - 22; i >= Math.max(0, buf.byteLength - 65_557); i--) {
    if (u32(v, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new DocxError('not a zip archive');
  const count = u16(v, eocd + 10);
  let at = u32(v, eocd + 16);
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (u32(v, at) !== 0x02014b50) throw new DocxError('damaged zip directory');
    const method = u16(v, at + 10);
    const size = u32(v, at + 20);
    const nameLen = u16(v, at + 28);
    const extraLen = u16(v, at + 30);
    const commentLen = u16(v, at + 32);
    const local = u32(v, at + 42);
    const entryName = decoder.decode(new Uint8Array(buf, at + 46, nameLen));
    if (entryName === name) {
      if (u32(v, local) !== 0x04034b50) throw new DocxError('damaged zip entry');
      const start = local + 30 + u16(v, local + 26) + u16(v, local + 28);
      const data = new Uint8Array(buf, start, size);
      if (method === 0) return data;
      if (method === 8) return inflate(data);
      throw new DocxError(`unsupported compression ${method}`);
    }
    at += 46 + nameLen + extraLen + commentLen;
  }
  return null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (x: string) =>
  x.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1]?.toLowerCase() === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITIES[e] ?? m),
  );

/**
 * Paragraph text of a WordprocessingML document. Read with patterns rather than an XML parser: the markup is
 * machine-written and regular, and this works the same in every context (extension page, worker, tests).
 */
export function documentXmlText(xml: string): string {
  if (!/<w:document\b/.test(xml)) throw new DocxError('damaged document.xml');
  const lines: string[] = [];
  for (const p of xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    let line = '';
    for (const m of p[0].matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:(?:br|cr)(?:\s[^>]*)?\/>/g)) {
      if (m[1] !== undefined) line += decode(m[1]);
      else line += m[0].startsWith('<w:tab') ? '\t' : '\n';
    }
    lines.push(line);
  }
  return lines.join('\n');
}

export async function docxText(buf: ArrayBuffer): Promise<string> {
  const entry = await zipEntry(buf, 'word/document.xml');
  if (!entry) throw new DocxError('no word/document.xml: not a Word document');
  return documentXmlText(new TextDecoder().decode(entry));
}
