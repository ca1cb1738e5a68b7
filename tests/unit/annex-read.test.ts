import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFile } from '@/utils/annex/check';
import { a1, fromA1 } from '@/utils/annex/grid';
import { AnnexFileError, csvRows, MAX_FILE_BYTES, readGrids, storedZip } from '@/utils/annex/read-file';

const DIR = 'tests/fixtures/annex';
const file = (name: string) => {
  const b = fs.readFileSync(`${DIR}/${name}`);
  return { name, bytes: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer };
};
const bytes = (...parts: (number[] | string)[]) => {
  const out: number[] = [];
  for (const p of parts) {
    if (typeof p === 'string') for (const ch of p) out.push(ch.charCodeAt(0), 0);
    else out.push(...p);
  }
  return new Uint8Array(out).buffer;
};
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

async function refusal(name: string, data: ArrayBuffer): Promise<AnnexFileError> {
  const e = await readGrids({ name, bytes: data }).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(AnnexFileError);
  return e as AnnexFileError;
}

describe('files the workbench refuses, each saying what to do', () => {
  it('refuses .xls and WPS .et by name, and an .xls renamed to .xlsx by its bytes', async () => {
    expect((await refusal('学校.xls', bytes(OLE))).message).toMatch(/Excel 97-2003.*另存为 \.xlsx/);
    expect((await refusal('学校.et', bytes([0x50, 0x4b]))).message).toMatch(/WPS.*另存为 \.xlsx/);
    const renamed = await refusal('学校.xlsx', bytes(OLE, [0, 0, 0, 0]));
    expect(renamed.problem).toBe('xls');
  });

  it('refuses a password-protected workbook (an OLE container holding EncryptedPackage)', async () => {
    const e = await refusal('加密.xlsx', bytes(OLE, [0, 0], 'EncryptionInfo', [0, 0], 'EncryptedPackage'));
    expect(e.problem).toBe('encrypted');
    expect(e.message).toContain('密码');
    expect(e.message).toContain('另存为 .xlsx');
  });

  it('refuses macro workbooks, by name and by their content types', async () => {
    expect((await refusal('宏.xlsm', file('w-000-annex2-li.xlsx').bytes)).message).toMatch(/宏.*另存为不含宏的 \.xlsx/);
    const enc = new TextEncoder();
    const types =
      '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>';
    const zip = storedZip(
      new Map([
        ['[Content_Types].xml', enc.encode(types)],
        ['xl/workbook.xml', enc.encode('<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>')],
        [
          'xl/_rels/workbook.xml.rels',
          enc.encode('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
        ],
      ]),
    );
    expect((await refusal('看似普通.xlsx', zip)).problem).toBe('macro');
  });

  it('refuses files over 20 MB before reading them', async () => {
    const e = await refusal('大.xlsx', new ArrayBuffer(MAX_FILE_BYTES + 1));
    expect(e.message).toContain('20 MB');
    expect(e.message).toContain('另存为 .xlsx');
  });

  it('refuses other types and damaged files', async () => {
    expect((await refusal('通知.pdf', bytes([0x25, 0x50]))).problem).toBe('type');
    expect((await refusal('坏.xlsx', bytes([0x50, 0x4b, 3, 4, 9, 9, 9]))).message).toContain('另存为 .xlsx');
  });

  it('reports a refused file as a problem of the whole file, changing nothing else', async () => {
    const r = await checkFile({ name: '学校.xls', bytes: bytes(OLE) });
    expect(r).toMatchObject({ annex: null, unreadable: true, located: [] });
    expect(r.problems).toEqual([
      { sheet: '', cell: '', field: '', message: expect.stringContaining('另存为 .xlsx'), severity: 'error' },
    ]);
  });
});

describe('reading a sheet', () => {
  it('expands merged cells: a two-row header and a row header merged over its pair of rows', async () => {
    const [g] = await readGrids(file('s-001-annex1.xlsx'));
    const at = (ref: string) => {
      const p = fromA1(ref) as { row: number; col: number };
      return g?.cells[p.row]?.[p.col];
    };
    expect([at('A4'), at('A5'), at('C4'), at('D4'), at('E4'), at('C5')]).toEqual([
      '学校类型',
      '学校类型',
      '配备情况',
      '配备情况',
      '配备情况',
      '总数',
    ]);
    expect([at('A6'), at('A7'), at('B7')]).toEqual(['中等职业学校', '中等职业学校', '心理健康教育教师']);
    expect(g?.region[3]?.[2]).toBe('C4:E4');
  });

  it('reads CSV with quoted commas and line breaks, and a UTF-8 BOM', async () => {
    expect(csvRows('a,"b, c","d ""e""\nf"\r\n1,2,3')).toEqual([
      ['a', 'b, c', 'd "e"\nf'],
      ['1', '2', '3'],
    ]);
    const [g] = await readGrids(file('c-000-annex5.csv'));
    expect(g?.cells[1]?.[9]).toBe('合作方 (包括委托方)名称, 没有 请填“无”');
    expect(g?.cells[0]?.[0]).toBe('省（自治区、直辖市）普通高等学校非学历教育办学情况汇总表');
  });

  it('names cells in A1 notation', () => {
    expect([a1(0, 0), a1(4, 25), a1(9, 26), a1(0, 701)]).toEqual(['A1', 'Z5', 'AA10', 'ZZ1']);
    expect(fromA1('AB12')).toEqual({ row: 11, col: 27 });
  });
});

describe('what Excel and WPS put on the clipboard', () => {
  it('reads tab-separated lines, a cell with a line break quoted', () => {
    expect(csvRows('王一\t男\t"第一行\n第二行"\n李二\t女\t0571-1', '\t')).toEqual([
      ['王一', '男', '第一行\n第二行'],
      ['李二', '女', '0571-1'],
    ]);
  });
});
