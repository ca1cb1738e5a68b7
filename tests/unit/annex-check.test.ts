import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFile } from '@/utils/annex/check';

const DIR = 'tests/fixtures/annex';
const check = (name: string) => {
  const b = fs.readFileSync(`${DIR}/${name}`);
  return checkFile({ name, bytes: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer });
};
const brief = (ps: { cell: string; field: string; message: string }[]) =>
  ps.map((p) => `${p.cell} ${p.field}：${p.message}`);

describe('files laid out as the seeds print each annex', () => {
  it('001 附件1: a two-row merged header, preprinted rows, the 盖章 line and the lines below; 总数 ≠ 专职 + 兼职 found', async () => {
    const r = await check('s-001-annex1.xlsx');
    expect(r.annex).toBe('s001-annex1');
    const loc = r.located[0];
    expect(loc?.columns).toEqual(['school_type', 'staff_category', 'total', 'full_time', 'part_time']);
    expect(loc?.form.get('province_dept')?.value).toBe('示例省教育厅');
    expect(loc?.form.get('filler')?.value).toBe('郑八 0571-88888888');
    expect(loc?.form.get('fill_date')?.value).toBe('2022年8月1日');
    // Six rows; the printed “—” of 中职 班主任 is no value to check.
    expect(loc?.rows.map((row) => row.values.get('school_type')?.value)).toEqual([
      '中等职业学校',
      '中等职业学校',
      '高等职业学校 （专科）',
      '高等职业学校 （专科）',
      '高等职业学校 （本科）',
      '高等职业学校 （本科）',
    ]);
    expect(brief(r.problems)).toEqual(['C8 总数：应等于 专职 + 兼职（500 + 50 = 550），现为 560']);
    expect(r.problems[0]?.sheet).toBe('Sheet1');
  });

  it('000 附件3: the six preprinted 擅长领域 rows, two filled; empty preprinted rows are no records', async () => {
    const r = await check('s-000-annex3.xlsx');
    expect(r.annex).toBe('s000-annex3');
    expect(r.problems).toEqual([]);
    const loc = r.located[0];
    expect(loc?.form.get('recommending_unit')?.value).toBe('示例省教育厅');
    expect(loc?.rows.map((row) => [row.row, row.values.get('name')?.value, row.values.get('contact')?.value])).toEqual([
      [9, '王一', '0571-87654321'],
      [11, '李二', '13800138000'],
    ]);
  });

  it('000 附件2: label cells beside merged value cells, notes below; a 行政职务 outside 注² found at its cell', async () => {
    const r = await check('s-000-annex2.xlsx');
    expect(r.annex).toBe('s000-annex2');
    expect(brief(r.problems)).toEqual(['B8 行政职务²：只能填写以下之一：“校领导”、“中层干部”、“教师”']);
    const form = r.located[0]?.form;
    expect(form?.get('experience')?.value).toBe('省级劳动教育示范课主讲人。');
    expect(form?.get('recommender_opinion')).toEqual({ value: '同意推荐', cell: 'E11' });
    expect(form?.get('birth_month')?.value).toBe('1975.03');
  });

  it('000 附件1: the line under the title holds two fields; a count above 本地区中职学校数 found', async () => {
    const r = await check('s-000-annex1.xlsx');
    expect(r.located[0]?.form.get('province_dept')?.value).toBe('示例省教育厅');
    expect(r.located[0]?.form.get('fill_date')?.value).toBe('2023 年 3 月 20 日');
    expect(brief(r.problems)).toEqual([
      'B8 成立校级心理健康教育领导小组的中职学校数：不应大于“本地区中职学校数”（120），现为 130',
    ]);
  });

  it('000 附件5 as CSV: the title line, then the header, checked like a sheet', async () => {
    const r = await check('c-000-annex5.csv');
    expect(r.annex).toBe('s000-annex5');
    expect(r.problems).toEqual([
      {
        sheet: 'c-000-annex5',
        cell: 'M3',
        field: '办学地点(网络培训填写平台网址)',
        message: '网络培训的办学地点请填写平台网址，如 https://www.example.edu.cn',
        severity: 'error',
      },
    ]);
  });
});

describe('files made by our writer', () => {
  it('a valid 推荐表 has no problems; a careless one has each fault at its cell, in Chinese', async () => {
    expect((await check('w-000-annex2-wang.xlsx')).problems).toEqual([]);
    const bad = await check('w-000-annex2-bad.xlsx');
    expect(brief(bad.problems)).toEqual([
      'D3 性别：只能填写以下之一：“男”、“女”',
      'B4 出生年月：年龄原则上不超过 65 周岁（按 2023-02-18 计算，现为 73 周岁）',
      expect.stringMatching(/^B6 擅长领域和专业技术方向¹：只能填写以下之一/),
      'D8 电子邮箱：电子邮箱格式不正确，应如 name@example.edu.cn',
    ]);
  });

  it('a 汇总表 row: 没有请填“无”, the phone, and an end before its start', async () => {
    const r = await check('w-000-annex5.xlsx');
    expect(brief(r.problems)).toEqual([
      'J5 合作方(包括委托方)名称,没有请填“无”：没有请填“无”，不要留空',
      'L5 联系电话：请填写带区号的固定电话（如 010-66096478）或 11 位手机号码',
      'E5 结束时间：“结束时间”不能早于“开始时间”',
    ]);
  });
});

describe('a file that is no annex', () => {
  it('says so and lists the labels it found', async () => {
    const r = await check('n-roster.xlsx');
    expect(r.annex).toBeNull();
    expect(r.unreadable).toBe(false);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.message).toMatch(/^没有认出是哪个附件。表中找到的标签：学生名册、学号、姓名、班级、入学年份/);
  });
});
