import { Numbering } from './docx-numbering';
import { attribute, decodeEntities, scanXml } from './xml-scan';

/**
 * The text of a .docx file, read in the browser with no library: a .docx is a zip archive whose
 * word/document.xml holds the paragraphs; entries are stored or deflated, and the platform's DecompressionStream
 * inflates them. Paragraphs become lines; tabs and breaks are kept; paragraphs in text boxes become lines of their
 * own after the paragraph that anchors them; auto-numbered paragraphs get their label back (see docx-numbering).
 *
 * The file comes from anywhere, so every step is bounded: an entry inflates to at most MAX_INFLATED bytes, the
 * zip directory is read only within the file, and the XML is read in one forward scan.
 */
export type DocxProblem = 'not-zip' | 'damaged' | 'not-word' | 'unsupported' | 'too-large';

export class DocxError extends Error {
  constructor(
    readonly problem: DocxProblem,
    message: string,
  ) {
    super(message);
  }
}

/** Far above any notice (a 100-page one is ~2 MB of XML), far below what hurts a tab. */
export const MAX_INFLATED = 20 * 1024 * 1024;

const u16 = (v: DataView, at: number) => v.getUint16(at, true);
const u32 = (v: DataView, at: number) => v.getUint32(at, true);
const tooLarge = () =>
  new DocxError('too-large', `文件解压后超过 ${MAX_INFLATED / 1024 / 1024} MB（可能是“压缩炸弹”），已拒绝读取。`);

/** Inflates a raw deflate stream, giving up as soon as the output passes `cap` bytes. */
export async function inflate(data: Uint8Array, cap = MAX_INFLATED): Promise<Uint8Array> {
  const stream = new Blob([new Uint8Array(data)]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The bytes of one entry of a zip archive, or null when it has none by that name. */
export async function zipEntry(buf: ArrayBuffer, name: string, cap = MAX_INFLATED): Promise<Uint8Array | null> {
  const v = new DataView(buf);
  const len = buf.byteLength;
  const damaged = () => new DocxError('damaged', '压缩包目录已损坏。');
  let eocd = -1;
  for (let i = len - 22; i >= Math.max(0, len - 65_557); i--) {
    if (u32(v, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new DocxError('not-zip', '不是 Word 文档（不是 zip 压缩包）。');
  const count = u16(v, eocd + 10);
  let at = u32(v, eocd + 16);
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    // Every offset is checked before it is read: a forged directory points anywhere.
    if (at + 46 > len || u32(v, at) !== 0x02014b50) throw damaged();
    const method = u16(v, at + 10);
    const size = u32(v, at + 20);
    const nameLen = u16(v, at + 28);
    const extraLen = u16(v, at + 30);
    const commentLen = u16(v, at + 32);
    const local = u32(v, at + 42);
    if (at + 46 + nameLen > len) throw damaged();
    const entryName = decoder.decode(new Uint8Array(buf, at + 46, nameLen));
    if (entryName === name) {
      if (local + 30 > len || u32(v, local) !== 0x04034b50) throw damaged();
      const start = local + 30 + u16(v, local + 26) + u16(v, local + 28);
      if (start + size > len) throw damaged();
      const data = new Uint8Array(buf, start, size);
      if (method === 0) {
        if (size > cap) throw tooLarge();
        return data;
      }
      if (method === 8) {
        // The declared size can lie, so the inflate is capped anyway; an honest bomb is refused at once.
        if (u32(v, at + 24) > cap) throw tooLarge();
        return inflate(data, cap);
      }
      throw new DocxError('unsupported', `不支持的压缩方式（${method}）。`);
    }
    at += 46 + nameLen + extraLen + commentLen;
  }
  return null;
}

/** Text boxes inside text boxes are rare; deeper nesting is read as if it were flat. */
const MAX_BOX_DEPTH = 4;

interface Paragraph {
  text: string;
  /** Lines of the text boxes anchored in this paragraph, in order. */
  boxes: string[];
  depth: number;
}

/** Paragraph text of a WordprocessingML document, in one forward scan (see xml-scan). */
export function documentXmlText(xml: string, numbering: Numbering = new Numbering(null)): string {
  if (!xml.includes('<w:document')) throw new DocxError('not-word', '文档内容（document.xml）已损坏。');
  const lines: string[] = [];
  const open: Paragraph[] = [];
  let boxes = 0;
  const depth = () => Math.min(boxes, MAX_BOX_DEPTH);
  // mc:Fallback repeats an mc:Choice (a text box is written twice: DrawingML and VML); only the choice is read.
  let fallback = 0;
  let inText = false;
  let inPPr = false;
  let pPrChange = 0;
  let numId: string | null = null;
  let ilvl = 0;

  const close = () => {
    const p = open.pop();
    if (!p) return;
    // Element by element: spreading a hostile file's million lines into push() would overflow the stack.
    const into = open[open.length - 1]?.boxes ?? lines;
    into.push(p.text);
    for (const line of p.boxes) into.push(line);
  };
  const append = (s: string) => {
    const p = open[open.length - 1];
    if (p) p.text += s;
  };

  scanXml(xml, {
    tag(tag) {
      if (tag.name === 'mc:Fallback' && !tag.empty) {
        fallback += tag.end ? (fallback > 0 ? -1 : 0) : 1;
        return;
      }
      if (fallback > 0) return;
      switch (tag.name) {
        case 'w:p':
          if (tag.end) {
            close();
            inText = false;
            break;
          }
          // A paragraph never holds another one except through a text box: an unclosed <w:p> ends here.
          while (open.length && (open[open.length - 1]?.depth ?? 0) >= depth()) close();
          open.push({ text: '', boxes: [], depth: depth() });
          inText = false;
          if (tag.empty) close();
          break;
        case 'w:txbxContent':
          if (tag.empty) break;
          if (!tag.end) boxes++;
          else if (boxes > 0) {
            boxes--;
            while (open.length && (open[open.length - 1]?.depth ?? 0) > depth()) close();
          }
          break;
        case 'w:pPr':
          if (tag.empty) break;
          inPPr = !tag.end;
          if (!tag.end) {
            numId = null;
            ilvl = 0;
          } else if (numId !== null && numId !== '0' && open.length) {
            const label = numbering.next(numId, ilvl);
            append(label + numbering.separator(numId, ilvl, label));
            numId = null;
          }
          break;
        case 'w:pPrChange':
          if (!tag.empty) pPrChange += tag.end ? (pPrChange > 0 ? -1 : 0) : 1;
          break;
        case 'w:numId':
          if (inPPr && pPrChange === 0 && !tag.end) numId = attribute(xml, tag, 'w:val');
          break;
        case 'w:ilvl':
          if (inPPr && pPrChange === 0 && !tag.end)
            ilvl = Number.parseInt(attribute(xml, tag, 'w:val') ?? '0', 10) || 0;
          break;
        case 'w:t':
          inText = !tag.end && !tag.empty;
          break;
        case 'w:r':
          if (tag.end) inText = false;
          break;
        case 'w:tab':
        case 'w:ptab':
          // <w:tab w:pos=…> inside w:pPr is a tab stop, not a tab.
          if (!inPPr && !tag.end) append('\t');
          break;
        case 'w:br':
        case 'w:cr':
          if (!tag.end) append('\n');
          break;
      }
    },
    text(from, to) {
      if (inText && fallback === 0) append(decodeEntities(xml.slice(from, to)));
    },
  });
  while (open.length) close();
  // Runs of empty paragraphs say nothing to the parser and cost the review a line each: at most two are kept
  // (a file of 300,000 empty paragraphs otherwise fills the dashboard's text areas with as many lines).
  const kept: string[] = [];
  let blanks = 0;
  for (const line of lines) {
    blanks = line ? 0 : blanks + 1;
    if (blanks <= 2) kept.push(line);
  }
  return kept.join('\n');
}

export async function docxText(buf: ArrayBuffer): Promise<string> {
  const entry = await zipEntry(buf, 'word/document.xml');
  if (!entry) throw new DocxError('not-word', '压缩包里没有 word/document.xml：不是 Word 文档。');
  const numbering = await zipEntry(buf, 'word/numbering.xml');
  const decoder = new TextDecoder();
  return documentXmlText(decoder.decode(entry), new Numbering(numbering ? decoder.decode(numbering) : null));
}
