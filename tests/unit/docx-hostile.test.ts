import { describe, expect, it } from 'vitest';
import { parseNotice } from '@/utils/notices/parse';
import { DocxError, documentXmlText, docxText, MAX_INFLATED } from '@/utils/notices/readers/docx';
import {
  bombDocx,
  documentXml,
  docx,
  para,
  textBox,
  unclosedParagraphsDocx,
  zip,
} from '../fixtures/notices/docx-builder';

const ab = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

async function timed<T>(f: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t = performance.now();
  const value = await f();
  return { value, ms: performance.now() - t };
}

async function problemOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return e instanceof DocxError ? e.problem : `not a DocxError: ${String(e)}`;
  }
  return 'read without error';
}

const NUMBERING = `<?xml version="1.0" encoding="UTF-8"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="（%2）"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%1"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>`;

describe('docx reader on hostile files', () => {
  it('reads a document of 300,000 unclosed paragraphs in linear time', async () => {
    const file = unclosedParagraphsDocx();
    expect(file.byteLength).toBeLessThan(4096);
    const { value, ms } = await timed(() => docxText(ab(file)));
    expect(ms).toBeLessThan(2000);
    expect(value.split('\n')[0]).toBe('请于2027年3月31日前报送。');
    // The empty paragraphs do not become 300,000 empty lines.
    expect(value.split('\n').length).toBeLessThanOrEqual(3);
    expect(parseNotice(value).deadlines).toContainEqual(expect.objectContaining({ kind: 'due', date: '2027-03-31' }));
  });

  it('refuses a zip bomb, whether its headers tell the truth or lie about the size', async () => {
    const liar = bombDocx(60, 1000);
    expect(liar.byteLength).toBeLessThan(200 * 1024);
    const { value, ms } = await timed(() => problemOf(docxText(ab(liar))));
    expect(value).toBe('too-large');
    // It stops at the cap instead of inflating all 60 MB.
    expect(ms).toBeLessThan(3000);
    const message = await docxText(ab(bombDocx(30))).catch((e: Error) => e.message);
    expect(message).toContain(`${MAX_INFLATED / 1024 / 1024} MB`);
  });

  it('says a forged zip directory is damaged instead of reading outside the file', async () => {
    const good = docx(documentXml(para('正文')));
    const eocd = good.length - 22;
    const farDirectory = Buffer.from(good);
    farDirectory.writeUInt32LE(0xfffffff0, eocd + 16);
    expect(await problemOf(docxText(ab(farDirectory)))).toBe('damaged');
    const manyEntries = Buffer.from(good);
    manyEntries.writeUInt16LE(0xffff, eocd + 10);
    expect(await problemOf(docxText(ab(manyEntries)))).toBe('damaged');
    const farLocal = Buffer.from(good);
    const dirAt = farLocal.readUInt32LE(eocd + 16);
    // The second entry is word/document.xml; its local header offset points past the end.
    const second = dirAt + 46 + farLocal.readUInt16LE(dirAt + 28);
    farLocal.writeUInt32LE(0x7ffffff0, second + 42);
    expect(await problemOf(docxText(ab(farLocal)))).toBe('damaged');
    const longEntry = Buffer.from(good);
    longEntry.writeUInt32LE(0x7ffffff0, second + 20);
    expect(await problemOf(docxText(ab(longEntry)))).toBe('damaged');
    expect(await problemOf(docxText(ab(zip([{ name: 'a.txt', data: 'x' }]))))).toBe('not-word');
  });

  it('keeps text boxes once (not again from the VML fallback), after the paragraph that anchors them', () => {
    const xml = documentXml(
      para('一、工作安排') + textBox(['请于2027年1月15日前报送', '联系人：张三']) + para('二、其他'),
    );
    expect(documentXmlText(xml).split('\n')).toEqual([
      '一、工作安排',
      '',
      '请于2027年1月15日前报送',
      '联系人：张三',
      '二、其他',
    ]);
  });

  it('gives auto-numbered paragraphs their labels, so the parser finds the items', async () => {
    const body = [
      para('工作安排', { id: 1 }),
      para('请各建设单位于2027年1月15日前填报进展数据。', { id: 1, level: 1 }),
      para('请于2027年1月31日前发送报告。', { id: 1, level: 1 }),
      para('第三级', { id: 1, level: 2 }),
      para('有关要求', { id: 1 }),
      para('再一项', { id: 1, level: 1 }),
      para('圈一', { id: 2 }),
      para('圈二', { id: 2 }),
      para('重新开始', { id: 3 }),
      para('未定义的列表', { id: 9 }),
      para('未定义的列表', { id: 9 }),
      para('编号已取消', { id: 0 }),
    ].join('');
    const text = await docxText(ab(docx(documentXml(body), [{ name: 'word/numbering.xml', data: NUMBERING }])));
    expect(text.split('\n')).toEqual([
      '一、工作安排',
      '（一）请各建设单位于2027年1月15日前填报进展数据。',
      '（二）请于2027年1月31日前发送报告。',
      '1. 第三级',
      '二、有关要求',
      '（一）再一项',
      '① 圈一',
      '② 圈二',
      '① 重新开始',
      '1. 未定义的列表',
      '2. 未定义的列表',
      '编号已取消',
    ]);
    const items = parseNotice(text).items.map((i) => i.label);
    expect(items).toEqual(expect.arrayContaining(['一、', '（一）', '（二）', '二、']));
  });

  it('keeps tabs and breaks but not tab stops, and decodes entities safely', () => {
    const xml = documentXml(
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>&lt;丙&gt;&#x4E01;&#25098;&#x110000;&#99999999;&amp;</w:t></w:r></w:p><w:p/>',
    );
    expect(documentXmlText(xml)).toBe('甲\t乙\n<丙>丁戊&#x110000;&#99999999;&\n');
  });

  it('reads only the choice of mc:AlternateContent, and survives tags that never end', () => {
    expect(documentXmlText(documentXml(`${para('a')}<w:p><w:r><w:t>b`))).toBe('a\nb');
    expect(documentXmlText(documentXml(`${para('a')}<w:p <w:r`))).toBe('a\n');
    expect(() => documentXmlText('<html>not word</html>')).toThrow(DocxError);
  });
});
