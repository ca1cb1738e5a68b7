// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '@/utils/notices/parse';
import { DocxError, docxText } from '@/utils/notices/readers/docx';

const FILE = path.resolve(import.meta.dirname, '../fixtures/notices/sample-notice.docx');
const bytes = () => {
  const b = fs.readFileSync(FILE);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

describe('docx reader', () => {
  it('reads the paragraphs of a Word document, and the parser finds its deadline', async () => {
    const text = await docxText(bytes());
    expect(text.split('\n')[1]).toBe('教职成司函〔2026〕11号');
    const p = parseNotice(text);
    expect(p.notice).toBe('教职成司函〔2026〕11号');
    expect(p.deadlines).toContainEqual(expect.objectContaining({ kind: 'due', date: '2027-03-31' }));
    expect(p.platforms).toContain('全国职业院校专业设置与公共信息服务平台');
  });

  it('refuses what is not a Word document', async () => {
    await expect(
      docxText(new TextEncoder().encode('not a zip at all, just text').buffer as ArrayBuffer),
    ).rejects.toThrow(DocxError);
  });
});
