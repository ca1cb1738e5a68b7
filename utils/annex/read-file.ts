import { zipEntry } from '@/utils/notices/readers/docx';
import { type Grid, gridOf } from './grid';
import { loaders } from './libs';

/**
 * Reads a school's annex file (.xlsx or .csv) into grids, one per sheet. Everything else is refused with a message
 * that says what to do: the legacy .xls and WPS .et formats, password-protected files (an OLE container holding an
 * EncryptedPackage), macro workbooks and files over 20 MB.
 *
 * Cell values come from read-excel-file's `universal` entry (it reads an ArrayBuffer in the browser and in Node, and
 * starts no worker of its own). Its unzip is fflate's asynchronous one, which hands big entries to a worker built
 * from a blob: URL — refused by the extension pages' CSP (script-src 'self'). So the parts it reads are inflated
 * here first, with the platform's DecompressionStream (the .docx reader's zipEntry, capped against zip bombs), and
 * handed over as a stored zip: nothing is left for fflate to inflate. The merged ranges read-excel-file does not
 * report are read from the same sheet XML.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type FileProblem = 'too-large' | 'xls' | 'et' | 'encrypted' | 'macro' | 'type' | 'damaged' | 'empty';

export class AnnexFileError extends Error {
  constructor(
    readonly problem: FileProblem,
    message: string,
  ) {
    super(message);
  }
}

export interface InputFile {
  name: string;
  bytes: ArrayBuffer;
  /** Why the bytes could not be had at all (a path that does not exist), said to the user as is. */
  missing?: string;
}

const SAVE_AS = '请在 Excel 或 WPS 中打开，另存为 .xlsx（Excel 工作簿）后再试。';
const MESSAGES: Record<FileProblem, string> = {
  'too-large': `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB，不予读取：请删去多余的工作表和图片，另存为 .xlsx 后再试。`,
  xls: `这是旧版 Excel 97-2003 格式（.xls），不支持：${SAVE_AS}`,
  et: `这是 WPS 表格格式（.et），不支持：请在 WPS 中另存为 .xlsx（Excel 工作簿）后再试。`,
  encrypted: `文件设有打开密码（已加密），无法读取：请在 Excel 或 WPS 中取消密码，请另存为 .xlsx 后再试。`,
  macro: `含宏的工作簿（.xlsm）不予读取：请另存为不含宏的 .xlsx 后再试。`,
  type: `不支持的文件类型：请提交 .xlsx 或 .csv 文件（其他格式请另存为 .xlsx）。`,
  damaged: `文件已损坏或不是 .xlsx：${SAVE_AS}`,
  empty: '文件是空的：请确认提交的是填好的附件，另存为 .xlsx 后再试。',
};

const fail = (problem: FileProblem): never => {
  throw new AnnexFileError(problem, MESSAGES[problem]);
};

function extension(name: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  return (m?.[1] ?? '').toLowerCase();
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE container holding an encrypted OOXML package names its stream EncryptedPackage (UTF-16LE). */
function oleIsEncrypted(bytes: Uint8Array): boolean {
  const name = 'EncryptedPackage';
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Reads every sheet of a file; refuses what it cannot read with an AnnexFileError. */
export async function readGrids(file: InputFile): Promise<Grid[]> {
  if (file.missing) throw new AnnexFileError('empty', `无法读取：${file.missing}`);
  if (file.bytes.byteLength > MAX_FILE_BYTES) fail('too-large');
  const ext = extension(file.name);
  if (ext === 'xls' || ext === 'xlt') fail('xls');
  if (ext === 'et' || ext === 'ett') fail('et');
  if (ext === 'xlsm' || ext === 'xltm' || ext === 'xlsb') fail('macro');
  if (!file.bytes.byteLength) fail('empty');
  const head = new Uint8Array(file.bytes, 0, Math.min(8, file.bytes.byteLength));
  if (OLE.every((b, i) => head[i] === b)) fail(oleIsEncrypted(new Uint8Array(file.bytes)) ? 'encrypted' : 'xls');
  if (ext === 'csv') return [csvGrid(file)];
  if (ext !== 'xlsx') fail('type');
  return xlsxGrids(file.bytes);
}

const text = (b: Uint8Array | null) => (b ? new TextDecoder().decode(b) : null);

async function entry(buf: ArrayBuffer, name: string): Promise<Uint8Array | null> {
  try {
    return await zipEntry(buf, name);
  } catch {
    return fail('damaged');
  }
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? (m[1] ?? '') : null;
}

async function xlsxGrids(buf: ArrayBuffer): Promise<Grid[]> {
  const types = text(await entry(buf, '[Content_Types].xml'));
  const workbook = text(await entry(buf, 'xl/workbook.xml'));
  const rels = text(await entry(buf, 'xl/_rels/workbook.xml.rels'));
  if (!types || !workbook || !rels) return fail('damaged');
  if (/macroEnabled|vbaProject/i.test(types)) fail('macro');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets: { name: string; path: string }[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const path = targets.get(attr(m[0], 'r:id') ?? '');
    if (path) sheets.push({ name: decodeXml(attr(m[0], 'name') ?? ''), path });
  }
  if (!sheets.length) return fail('damaged');
  const parts = new Map<string, Uint8Array>();
  for (const name of ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels']) {
    parts.set(name, (await entry(buf, name)) as Uint8Array);
  }
  for (const t of new Set(targets.values())) {
    if (!/\.xml$/.test(t)) continue;
    const b = await entry(buf, t);
    if (b) parts.set(t, b);
  }
  const merges = new Map<string, string[]>();
  for (const s of sheets) {
    const xml = text(parts.get(s.path) ?? null) ?? '';
    merges.set(
      s.path,
      [...xml.matchAll(/<mergeCell\b[^>]*\bref="([^"]+)"/g)].map((m) => m[1] ?? ''),
    );
  }
  const readXlsx = await loaders.read();
  let read: { sheet: string; data: unknown[][] }[];
  try {
    // Numbers as written in the file (no float rounding of long ids), text untrimmed.
    read = await readXlsx(storedZip(parts), { trim: false, parseNumber: (s: string) => s });
  } catch {
    return fail('damaged');
  }
  return read.map((s, i) =>
    gridOf(
      s.sheet,
      s.data.map((row) => row.map(cellText)),
      merges.get(sheets[i]?.path ?? '') ?? [],
    ),
  );
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as text: numbers as the file writes them, dates as YYYY-MM-DD. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
  return String(v);
}

// --- A stored (uncompressed) zip of the parts read-excel-file needs -------------------------------------------

let crcTable: Uint32Array | null = null;
function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of data) crc = (crcTable[(crc ^ b) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function storedZip(parts: Map<string, Uint8Array>): ArrayBuffer {
  const enc = new TextEncoder();
  const entries = [...parts].map(([name, data]) => ({ name: enc.encode(name), data, crc: crc32(data), offset: 0 }));
  const size = entries.reduce((n, e) => n + 30 + e.name.length + e.data.length + 46 + e.name.length, 0) + 22;
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  let at = 0;
  for (const e of entries) {
    e.offset = at;
    v.setUint32(at, 0x04034b50, true);
    v.setUint16(at + 4, 20, true);
    v.setUint16(at + 6, 0x0800, true); // names in UTF-8
    v.setUint32(at + 14, e.crc, true);
    v.setUint32(at + 18, e.data.length, true);
    v.setUint32(at + 22, e.data.length, true);
    v.setUint16(at + 26, e.name.length, true);
    out.set(e.name, at + 30);
    out.set(e.data, at + 30 + e.name.length);
    at += 30 + e.name.length + e.data.length;
  }
  const dir = at;
  for (const e of entries) {
    v.setUint32(at, 0x02014b50, true);
    v.setUint16(at + 4, 20, true);
    v.setUint16(at + 6, 20, true);
    v.setUint16(at + 8, 0x0800, true);
    v.setUint32(at + 16, e.crc, true);
    v.setUint32(at + 20, e.data.length, true);
    v.setUint32(at + 24, e.data.length, true);
    v.setUint16(at + 28, e.name.length, true);
    v.setUint32(at + 42, e.offset, true);
    out.set(e.name, at + 46);
    at += 46 + e.name.length;
  }
  v.setUint32(at, 0x06054b50, true);
  v.setUint16(at + 8, entries.length, true);
  v.setUint16(at + 10, entries.length, true);
  v.setUint32(at + 12, at - dir, true);
  v.setUint32(at + 16, dir, true);
  return out.buffer;
}

// --- CSV -------------------------------------------------------------------------------------------------------

/** Excel in China saves CSV as GB18030 unless told UTF-8; either is read. */
function decodeCsv(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * RFC 4180 rows: quoted fields may hold the separator, quotes (doubled) and line breaks. With a tab, it reads what
 * Excel and WPS put on the clipboard (a cell holding a line break comes quoted).
 */
export function csvRows(s: string, sep = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function csvGrid(file: InputFile): Grid {
  return gridOf(file.name.replace(/^.*[\\/]/, '').replace(/\.csv$/i, ''), csvRows(decodeCsv(file.bytes)), []);
}
