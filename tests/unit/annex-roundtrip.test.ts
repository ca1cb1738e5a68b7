import { describe, expect, it } from 'vitest';
import { ANNEXES, annexById } from '@/utils/annex/annexes';
import { checkFile } from '@/utils/annex/check';
import { type AnnexValues, exportFileName, writeAnnex } from '@/utils/annex/export';
import { zipEntry } from '@/utils/notices/readers/docx';

/** Valid values of every printed annex, with what exports lose when done carelessly: zeros, Chinese, dates as typed. */
const VALID: Record<string, AnnexValues> = {
  's000-annex1': {
    form: {
      province_dept: '示例省教育厅',
      fill_date: '2023-03-20',
      contact: '吴十',
      office_phone: '0571-87000000',
      mobile: '13500135000',
      email: 'wushi@example.gov.cn',
      school_count: '120',
      student_count: '300000',
      has_policy: '是',
      has_research_body: '否',
      schools_leading_group: '100',
      schools_work_mechanism: '90',
      schools_36_hours: '120',
      schools_elective_course: '80',
      schools_fulltime_teacher: '60',
      fulltime_teachers: '150',
      parttime_teachers: '200',
      schools_activities: '110',
      schools_monitoring: '100',
      schools_counseling_room: '119',
    },
    rows: [],
  },
  's000-annex2': {
    form: {
      recommending_unit: '示例省教育厅',
      name: '王一',
      gender: '男',
      birth_month: '1970-05',
      ethnicity: '汉族',
      work_unit: '示例职业技术学院',
      expertise: '思想政治(理论)课',
      admin_post: '中层干部',
      professional_title: '教授',
      phone: '0571-87654321',
      email: 'wangyi@example.edu.cn',
      experience: '第一段经历。\n第二段：获奖情况（省级一等奖）。',
      unit_opinion: '同意推荐',
      recommender_opinion: '同意推荐',
    },
    rows: [],
  },
  's000-annex3': {
    form: { recommending_unit: '示例省教育厅', fill_date: '2023年3月1日' },
    rows: [
      {
        seq: '1',
        expertise: '劳动教育',
        name: '孙九',
        gender: '女',
        age: '48',
        work_unit: '示例商贸职业学院',
        professional_title: '副教授',
        post: '教师',
        contact: '020-12345678',
        remark: '',
      },
      {
        seq: '2',
        expertise: '中职班主任',
        name: '李二',
        gender: '女',
        age: '42',
        work_unit: '示例中等职业学校',
        professional_title: '高级讲师',
        post: '教师',
        contact: '13800138000',
        remark: '第二次推荐',
      },
    ],
  },
  's000-annex5': {
    form: { province: '示例省' },
    rows: [
      {
        seq: '1',
        university: '示例大学',
        project_name: '中小学教师信息技术培训',
        start_date: '2022-03-01',
        end_date: '2022-06-30',
        mode: '网络培训',
        fee_standard: '800元/人',
        tuition_total: '12.50',
        trainees: '1560',
        partner: '无',
        manager: '周六',
        phone: '010-66096478',
        location: 'https://train.example.edu.cn',
        remark: '',
      },
    ],
  },
  's001-annex1': {
    form: { province_dept: '示例省教育厅', filler: '郑八 0571-88888888', fill_date: '2022-08-01' },
    rows: [
      { school_type: '中等职业学校', staff_category: '班主任', total: '1200', full_time: '', part_time: '' },
      {
        school_type: '中等职业学校',
        staff_category: '心理健康教育教师',
        total: '130',
        full_time: '100',
        part_time: '30',
      },
      {
        school_type: '高等职业学校（专科）',
        staff_category: '辅导员',
        total: '560',
        full_time: '500',
        part_time: '60',
      },
      {
        school_type: '高等职业学校（专科）',
        staff_category: '心理健康教育教师',
        total: '80',
        full_time: '60',
        part_time: '20',
      },
      { school_type: '高等职业学校（本科）', staff_category: '辅导员', total: '90', full_time: '90', part_time: '0' },
      {
        school_type: '高等职业学校（本科）',
        staff_category: '心理健康教育教师',
        total: '12',
        full_time: '10',
        part_time: '2',
      },
    ],
  },
  's001-annex2': {
    form: {
      applicant_unit: '示例市社区学院',
      project_name: '银龄智能手机课堂',
      leader_name: '赵三',
      leader_post: '副院长',
      leader_title: '副教授',
      leader_mobile: '13900139000',
      leader_address: '示例市示例路1号',
      theme: '社区教育数字化转型',
      period_start: '2022-10-01',
      period_end: '2024-09-30',
      local_needs: '老年人使用智能手机困难。',
      teaching_staff: '专职教师 12 人，兼职 30 人。',
      project_purpose: '帮助老年人跨越数字鸿沟。',
      project_tasks: '1.课程资源建设\n2.师资队伍培训\n3.品牌建设',
      key_difficulties: '学员分散。',
      expected_goals: '培训 5000 人次。',
      safeguards: '经费 20 万元。',
      unit_opinion: '同意申报',
      county_opinion: '',
      city_opinion: '同意申报',
      province_opinion: '同意申报',
    },
    rows: [],
  },
  's001-annex3': {
    form: { province_dept: '示例省教育厅', contact: '陈十二', contact_phone: '0571-88888888' },
    rows: [
      {
        seq: '1',
        theme: '家庭教育',
        project_name: '家庭教育微课堂',
        leader_name: '孙五',
        unit: '示例区社区教育中心',
        age: '45',
        post_title: '主任/高级讲师',
        wechat: '0sunwu_01',
        leader_phone: '13600136000',
      },
    ],
  },
};

const plain = (m: Map<string, { value: string }>) => Object.fromEntries([...m].map(([k, v]) => [k, v.value]));
const filled = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== ''));

async function exported(id: string) {
  const annex = annexById(id);
  if (!annex) throw new Error(id);
  const bytes = await (await writeAnnex(annex, VALID[id] as AnnexValues)).arrayBuffer();
  return { annex, bytes };
}

describe('an exported annex, read back', () => {
  it('covers the 7 printed annexes', () => {
    expect(ANNEXES.map((a) => a.id)).toEqual(Object.keys(VALID));
  });

  it.each(Object.keys(VALID))('%s matches its annex, has no problems and gives the same values exactly', async (id) => {
    const { bytes } = await exported(id);
    const r = await checkFile({ name: `${id}.xlsx`, bytes });
    expect(r.annex).toBe(id);
    expect(r.problems).toEqual([]);
    const loc = r.located[0];
    if (!loc) throw new Error('not located');
    const want = VALID[id] as AnnexValues;
    expect(filled(plain(loc.form))).toEqual(filled(want.form));
    expect(loc.rows.map((row) => plain(row.values))).toEqual(want.rows);
  });

  it('writes values as text cells, the title and header merged, columns sized and the header frozen', async () => {
    const { bytes } = await exported('s001-annex1');
    const sheet = new TextDecoder().decode((await zipEntry(bytes, 'xl/worksheets/sheet1.xml')) as Uint8Array);
    const styles = new TextDecoder().decode((await zipEntry(bytes, 'xl/styles.xml')) as Uint8Array);
    // Title A1:E1, 学校类型 and 人员类别 over the two header rows, 配备情况 over 总数 专职 兼职, 中等职业学校 over its rows.
    for (const ref of ['A1:E1', 'A3:A4', 'B3:B4', 'C3:E3', 'A5:A6', 'A7:A8'])
      expect(sheet).toContain(`<mergeCell ref="${ref}"/>`);
    expect(sheet).toMatch(/<pane [^>]*ySplit="4"[^>]*state="frozen"/);
    expect(sheet).toContain('<col min="1" max="1" width="24"');
    // Every value is a shared string under the text format @, never a number Excel would reformat.
    const text = /<numFmt numFmtId="(\d+)" formatCode="@"\/>/.exec(styles)?.[1];
    expect(text).toBeTruthy();
    const c5 = /<c r="C5" s="(\d+)" t="s">/.exec(sheet);
    expect(c5).not.toBeNull();
    const xfs = [...(/<cellXfs[^>]*>(.*)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*>/g)].map((m) => m[0]);
    expect(xfs[Number(c5?.[1])]).toContain(`numFmtId="${text}"`);
  });

  it('freezes only the title of a one-record form', async () => {
    const { bytes } = await exported('s000-annex2');
    const sheet = new TextDecoder().decode((await zipEntry(bytes, 'xl/worksheets/sheet1.xml')) as Uint8Array);
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheet).toContain('<mergeCell ref="E2:E4"/>');
  });

  it('names the file by who fills it, then the annex and its title', () => {
    const a = annexById('s000-annex3');
    if (!a) throw new Error();
    expect(exportFileName(a, VALID['s000-annex3'] as AnnexValues)).toBe(
      '示例省教育厅-附件3-职业院校德育与思政工作专家库人选推荐汇总表.xlsx',
    );
    expect(exportFileName(a, { form: { recommending_unit: 'a/b:c' }, rows: [] })).toBe(
      'a b c-附件3-职业院校德育与思政工作专家库人选推荐汇总表.xlsx',
    );
  });
});
