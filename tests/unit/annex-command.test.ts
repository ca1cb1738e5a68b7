import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFile } from '@/utils/annex/check';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIX = path.join(ROOT, 'tests/fixtures/annex');
const OUT = fs.mkdtempSync(path.join(os.tmpdir(), 'tianbao-annex-'));
afterAll(() => fs.rmSync(OUT, { recursive: true, force: true }));

/** `npm run --silent annex -- …`, run from the fixtures folder as a provincial office runs it from its own. */
function annex(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/annex.mjs'), ...args], {
    cwd: ROOT,
    env: { ...process.env, INIT_CWD: FIX },
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr, json: () => JSON.parse(r.stdout) };
}

const readBack = (file: string) => {
  const b = fs.readFileSync(file);
  return checkFile({
    name: path.basename(file),
    bytes: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer,
  });
};

describe('npm run annex', () => {
  it('list prints the 7 printed annexes as {id, title, notice, annex}', () => {
    const r = annex('list');
    expect(r.code).toBe(0);
    const list = r.json();
    expect(list.map((a: { id: string }) => a.id)).toEqual([
      's000-annex1',
      's000-annex2',
      's000-annex3',
      's000-annex5',
      's001-annex1',
      's001-annex2',
      's001-annex3',
    ]);
    expect(list[5]).toEqual({
      id: 's001-annex2',
      title: '社区教育实践创新项目申报表',
      notice: '教职成司函〔2022〕8号',
      annex: '附件2',
    });
  });

  it('check prints each file, its annex and its problems by sheet, cell, field and message', () => {
    const xls = path.join(OUT, '学校.xls');
    fs.writeFileSync(xls, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const r = annex('check', 'w-000-annex2-wang.xlsx', 's-001-annex1.xlsx', 'n-roster.xlsx', xls);
    expect(r.code).toBe(0);
    const { files } = r.json();
    expect(files.map((f: { file: string; annex: string | null }) => [f.file, f.annex])).toEqual([
      ['w-000-annex2-wang.xlsx', 's000-annex2'],
      ['s-001-annex1.xlsx', 's001-annex1'],
      ['n-roster.xlsx', null],
      [xls, null],
    ]);
    expect(files[0].problems).toEqual([]);
    expect(files[1].problems).toEqual([
      {
        sheet: 'Sheet1',
        cell: 'C8',
        field: '总数',
        message: '应等于 专职 + 兼职（500 + 50 = 550），现为 560',
        severity: 'error',
      },
    ]);
    expect(files[2].problems[0].message).toContain('表中找到的标签');
    expect(files[3].problems[0].message).toContain('另存为 .xlsx');
  });

  it('merge writes three 申报表 into the 汇总表 with a source column, and lists the duplicate project', async () => {
    const out = path.join(OUT, '汇总.xlsx');
    const r = annex(
      'merge',
      '--into',
      's001-annex3',
      'w-001-annex2-a.xlsx',
      'w-001-annex2-b.xlsx',
      'w-001-annex2-c.xlsx',
      'w-001-annex2-a.xlsx',
      '-o',
      out,
    );
    expect(r.code).toBe(0);
    const report = r.json();
    expect(report).toMatchObject({ output: out, into: 's001-annex3', rows: 4, unreadable: [], skipped: [] });
    expect(report.duplicates).toEqual([
      {
        record: '银龄智能手机课堂',
        rows: [
          { file: 'w-001-annex2-a.xlsx', row: null },
          { file: 'w-001-annex2-a.xlsx', row: null },
        ],
      },
    ]);
    const back = await readBack(out);
    expect(back.annex).toBe('s001-annex3');
    expect(back.problems).toEqual([]);
    const rows = back.located[0]?.rows.map((row) => Object.fromEntries([...row.values].map(([k, v]) => [k, v.value])));
    expect(rows?.[1]).toEqual({
      seq: '2',
      theme: '非遗传承',
      project_name: '乡村非遗工坊',
      leader_name: '钱四',
      unit: '示例县社区学校',
      age: '',
      post_title: '校长/讲师',
      wechat: '',
      leader_phone: '13700137000',
    });
    // The added column names each row's file.
    const [grid] = await import('@/utils/annex/read-file').then((m) =>
      m.readGrids({ name: '汇总.xlsx', bytes: fs.readFileSync(out).buffer as ArrayBuffer }),
    );
    expect(grid?.cells[2]?.[9]).toBe('来源文件');
    expect(grid?.cells.slice(3).map((row) => row[9])).toEqual([
      'w-001-annex2-a.xlsx',
      'w-001-annex2-b.xlsx',
      'w-001-annex2-c.xlsx',
      'w-001-annex2-a.xlsx',
    ]);
  });

  it('merge lists a 推荐单位 that differs between files as a conflict, and exits 1 on a file it cannot read', async () => {
    const out = path.join(OUT, '专家汇总.xlsx');
    const r = annex(
      'merge',
      '--into',
      's000-annex3',
      'w-000-annex2-wang.xlsx',
      'w-000-annex2-bad.xlsx',
      's-000-annex3.xlsx',
      '不存在.xlsx',
      '-o',
      out,
    );
    expect(r.code).toBe(1);
    const report = r.json();
    expect(report.unreadable).toEqual([{ file: '不存在.xlsx', message: '无法读取：文件不存在' }]);
    expect(report.conflicts).toEqual([
      {
        field: '推荐单位（盖章）',
        values: [
          { file: 'w-000-annex2-wang.xlsx', value: '示例省教育厅' },
          { file: 'w-000-annex2-bad.xlsx', value: '另一省教育厅' },
          { file: 's-000-annex3.xlsx', value: '示例省教育厅' },
        ],
      },
    ]);
    expect(report.duplicates).toEqual([
      {
        record: '王一 / 示例职业技术学院',
        rows: [
          { file: 'w-000-annex2-wang.xlsx', row: null },
          { file: 'w-000-annex2-bad.xlsx', row: null },
          { file: 's-000-annex3.xlsx', row: 9 },
        ],
      },
    ]);
    // What could be read is still merged, grouped by 擅长领域 in the order of 注¹.
    const back = await readBack(out);
    expect(back.located[0]?.rows.map((row) => row.values.get('expertise')?.value)).toEqual([
      '心理健康教育',
      '心理健康教育',
      '中职班主任',
      '心理健康',
    ]);
  });

  it('check takes a folder for the spreadsheet files in it', () => {
    const dir = path.join(OUT, '学校报来');
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(path.join(FIX, 'w-000-annex2-li.xlsx'), path.join(dir, 'b.xlsx'));
    fs.copyFileSync(path.join(FIX, 'c-000-annex5.csv'), path.join(dir, 'a.csv'));
    fs.writeFileSync(path.join(dir, '说明.txt'), '不是表格');
    const { files } = annex('check', dir).json();
    expect(files.map((f: { file: string; annex: string }) => [path.basename(f.file), f.annex])).toEqual([
      ['a.csv', 's000-annex5'],
      ['b.xlsx', 's000-annex2'],
    ]);
  });

  it('bad usage exits 2 and says how to call it', () => {
    const r = annex('merge', 'w-001-annex2-a.xlsx');
    expect(r.code).toBe(2);
    expect(r.err).toContain('npm run --silent annex -- merge --into ID FILE... -o OUT.xlsx');
  });
});
