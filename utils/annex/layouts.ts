import type { PlatformId } from '@/utils/platforms/registry';

/**
 * How each printed annex is laid out on paper, so that an exported .xlsx looks like the annex the notice prints
 * (seed 000 lines 145–243, seed 001 lines 164–233) and a file laid out that way is read back. The fields, their
 * labels and rules stay in utils/rules/profiles: a layout only places them.
 *
 * A layout row lists its items left to right; each takes the next cell that no span (from the left or from above)
 * covers. `label` prints the field's label, `value` its value cell, `text` a printed text that is no field (a group
 * header such as 项目负责人 or 配备情况).
 */
export type LayoutItem =
  | { label: string; span?: number; rows?: number }
  | { value: string; span?: number; rows?: number }
  | { text: string; span?: number; rows?: number };

export interface TableLayout {
  /** Header rows, top to bottom (two rows when the annex prints a group header such as 配备情况 above 总数). */
  header: LayoutItem[][];
  /** The field of each grid column of a data row. */
  columns: string[];
  /** Columns that name the row rather than hold its data (序号, and the row headers an annex preprints). */
  rowKeys: string[];
  /** Rows the annex preprints (001 附件1: 学校类型 × 人员类别), as values of the first columns. */
  fixed?: string[][];
}

export interface AnnexLayout {
  id: string;
  /** Column widths in characters. */
  widths: number[];
  /** Lines printed under the title that are no field, e.g. (每个项目填一张表). */
  subtitle?: string;
  top: LayoutItem[][];
  table?: TableLayout;
  bottom?: LayoutItem[][];
  /** The notes printed below the form, as the seed prints them. */
  notes: string[];
  /**
   * The drafts key needs a platform: the one the notice names for this annex (000 line 63: 省级汇总表 through
   * jxjy's platform; 001 line 87: 附件2、附件3 uploaded to nzws.drce.com.cn); annexes sent by e-mail only take
   * zhongzhi-system, the platform their notice section is about (000 一(一)(二), 001 (二)).
   */
  platform: PlatformId;
  /** The fields that say who or what a record is: the same values twice are a duplicate when merging. */
  identity: string[];
  /** The one-record annex's 汇总表, and summary fields no label of the record names (say which, and why). */
  summary?: { into: string; from: Record<string, (values: Record<string, string>) => string> };
  /** A field whose value names the file (the unit that fills it), before the annex's number and title. */
  nameBy?: string;
}

const L = (label: string, span?: number, rows?: number): LayoutItem => ({ label, span, rows });
const V = (value: string, span?: number, rows?: number): LayoutItem => ({ value, span, rows });
const T = (text: string, span?: number, rows?: number): LayoutItem => ({ text, span, rows });
/** A label and its value cell. */
const LV = (key: string, valueSpan?: number): LayoutItem[] => [L(key), V(key, valueSpan)];

export const LAYOUTS: readonly AnnexLayout[] = [
  {
    id: 's000-annex1',
    widths: [46, 18, 46, 18],
    top: [
      [...LV('province_dept'), ...LV('fill_date')],
      [...LV('contact'), ...LV('office_phone')],
      [...LV('mobile'), ...LV('email')],
      [...LV('school_count'), ...LV('student_count')],
      [...LV('has_policy'), ...LV('has_research_body')],
      [...LV('schools_leading_group'), ...LV('schools_work_mechanism')],
      [...LV('schools_36_hours'), ...LV('schools_elective_course')],
      [...LV('schools_fulltime_teacher'), ...LV('fulltime_teachers')],
      [...LV('parttime_teachers'), ...LV('schools_activities')],
      [...LV('schools_monitoring'), ...LV('schools_counseling_room')],
    ],
    notes: [],
    platform: 'zhongzhi-system',
    identity: ['province_dept'],
    nameBy: 'province_dept',
  },
  {
    id: 's000-annex2',
    widths: [24, 20, 14, 22, 16],
    top: [
      [...LV('recommending_unit', 3), L('photo', 1, 3)],
      [...LV('name'), ...LV('gender')],
      [...LV('birth_month'), ...LV('ethnicity')],
      LV('work_unit', 4),
      LV('expertise', 4),
      [...LV('admin_post'), ...LV('professional_title', 2)],
      [...LV('phone'), ...LV('email', 2)],
      LV('experience', 4),
      [...LV('unit_opinion', 2), ...LV('recommender_opinion')],
    ],
    // 000 lines 177 and 179, as printed.
    notes: [
      '注: ¹ 请在“德育与思政工作总体研究与管理”“思想政治(理论)课”“劳动教育”“心理健康教育”“中华优秀传统文化教育”“中职班主任”中择一填写',
      '² 请填写“校领导”“中层干部”或“教师”。',
    ],
    platform: 'zhongzhi-system',
    identity: ['name', 'work_unit'],
    // Every 汇总表 column is linked by its key or a shared label (职称 ← professional_title, 职务 ← 行政职务,
    // 联系方式 ← 联系电话); 年龄 stays empty (the 推荐表 gives 出生年月), 备注 too.
    summary: { into: 's000-annex3', from: {} },
    nameBy: 'name',
  },
  {
    id: 's000-annex3',
    widths: [6, 30, 10, 6, 6, 26, 12, 10, 16, 12],
    top: [
      [L('recommending_unit', 2), V('recommending_unit', 4)],
      [L('fill_date', 2), V('fill_date', 4)],
    ],
    table: {
      header: [
        [
          'seq',
          'expertise',
          'name',
          'gender',
          'age',
          'work_unit',
          'professional_title',
          'post',
          'contact',
          'remark',
        ].map((k) => L(k)),
      ],
      columns: [
        'seq',
        'expertise',
        'name',
        'gender',
        'age',
        'work_unit',
        'professional_title',
        'post',
        'contact',
        'remark',
      ],
      rowKeys: ['seq', 'expertise'],
    },
    notes: [],
    platform: 'zhongzhi-system',
    identity: ['name', 'work_unit'],
    nameBy: 'recommending_unit',
  },
  {
    id: 's000-annex5',
    widths: [6, 20, 24, 12, 12, 12, 12, 10, 10, 24, 10, 14, 28, 10],
    top: [[L('province', 2), V('province', 3)]],
    table: {
      header: [
        [
          'seq',
          'university',
          'project_name',
          'start_date',
          'end_date',
          'mode',
          'fee_standard',
          'tuition_total',
          'trainees',
          'partner',
          'manager',
          'phone',
          'location',
          'remark',
        ].map((k) => L(k)),
      ],
      columns: [
        'seq',
        'university',
        'project_name',
        'start_date',
        'end_date',
        'mode',
        'fee_standard',
        'tuition_total',
        'trainees',
        'partner',
        'manager',
        'phone',
        'location',
        'remark',
      ],
      rowKeys: ['seq'],
    },
    notes: [],
    platform: 'jxjy',
    identity: ['university', 'project_name'],
    nameBy: 'province',
  },
  {
    id: 's001-annex1',
    widths: [24, 22, 10, 10, 10],
    top: [[L('province_dept', 2), V('province_dept', 3)]],
    table: {
      header: [
        [L('school_type', 1, 2), L('staff_category', 1, 2), T('配备情况', 3)],
        [L('total'), L('full_time'), L('part_time')],
      ],
      columns: ['school_type', 'staff_category', 'total', 'full_time', 'part_time'],
      rowKeys: ['school_type', 'staff_category'],
      // 001 lines 172–178: the rows the table preprints.
      fixed: [
        ['中等职业学校', '班主任'],
        ['中等职业学校', '心理健康教育教师'],
        ['高等职业学校（专科）', '辅导员'],
        ['高等职业学校（专科）', '心理健康教育教师'],
        ['高等职业学校（本科）', '辅导员'],
        ['高等职业学校（本科）', '心理健康教育教师'],
      ],
    },
    bottom: [
      [L('filler', 2), V('filler', 3)],
      [L('fill_date', 2), V('fill_date', 3)],
    ],
    notes: [],
    platform: 'zhongzhi-system',
    identity: ['school_type', 'staff_category'],
    nameBy: 'province_dept',
  },
  {
    id: 's001-annex2',
    widths: [24, 18, 12, 18, 8, 18],
    subtitle: '(每个项目填一张表)',
    top: [
      LV('applicant_unit', 5),
      LV('project_name', 5),
      [T('项目负责人', 1, 3), ...LV('leader_name'), ...LV('leader_post', 2)],
      [...LV('leader_title'), ...LV('leader_mobile', 2)],
      LV('leader_address', 4),
      [...LV('theme'), ...LV('period_start'), ...LV('period_end')],
      [T('项目方案 (可附页)', 6)],
      ...['local_needs', 'teaching_staff', 'project_purpose', 'project_tasks', 'key_difficulties'].map((k) => LV(k, 5)),
      LV('expected_goals', 5),
      LV('safeguards', 5),
      LV('unit_opinion', 5),
      LV('county_opinion', 5),
      LV('city_opinion', 5),
      LV('province_opinion', 5),
    ],
    // 001 line 222, as printed.
    notes: ['备注：请填写申报单位对应的教育行政部门“同意申报”的意见'],
    platform: 'nzws',
    identity: ['project_name'],
    // 汇总表 columns whose label differs from the 申报表's: 所在单位 is the 申报单位, 职务/职称 both of the
    // 项目负责人's, and 联系电话 the 手机 the 申报表 asks for.
    summary: {
      into: 's001-annex3',
      from: {
        unit: (v) => v.applicant_unit ?? '',
        post_title: (v) => [v.leader_post, v.leader_title].filter(Boolean).join('/'),
        leader_phone: (v) => v.leader_mobile ?? '',
      },
    },
    nameBy: 'project_name',
  },
  {
    id: 's001-annex3',
    widths: [6, 18, 26, 14, 24, 6, 16, 14, 16],
    top: [[L('province_dept', 3), V('province_dept', 2), ...LV('contact'), ...LV('contact_phone')]],
    table: {
      header: [
        ['seq', 'theme', 'project_name', 'leader_name', 'unit', 'age', 'post_title', 'wechat', 'leader_phone'].map(
          (k) => L(k),
        ),
      ],
      columns: ['seq', 'theme', 'project_name', 'leader_name', 'unit', 'age', 'post_title', 'wechat', 'leader_phone'],
      rowKeys: ['seq'],
    },
    notes: [],
    platform: 'nzws',
    identity: ['project_name'],
    nameBy: 'province_dept',
  },
];
