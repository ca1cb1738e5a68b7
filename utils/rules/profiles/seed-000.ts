import type { FormProfileInput } from '../profile-schema';

/**
 * Seed 000: 教职成司函〔2023〕2号 (dated 2023年2月18日, line 141), annexes 1, 2, 3 and 5. 附件4 is a report outline,
 * not a form. Labels are copied from the seed as printed; rules quote the seed line they come from.
 */

const NOTICE = '教职成司函〔2023〕2号';
const DATE = '2023-02-18';

/** A phrase stated by the seed. */
const stated = (line: number, text: string) => ({ seed: '000' as const, line, text });
/** A rule implied by a printed label (or phrase), with the reason. */
const implied = (line: number, text: string, why: string) => ({
  seed: '000' as const,
  line,
  text,
  implied: true,
  why,
});

const WHY_COUNT = '学校数、人数是计数，只能是非负整数';
const WHY_SCHOOLS = '“…的中职学校数”是本地区中职学校中的一部分，不能超过本地区中职学校数';
const WHY_YES_NO = '“本地区是否…”是是非题，只能填“是”或“否”';
const WHY_LANDLINE = '办公电话是固定电话（带区号，如通知中的010-66096478）';
const WHY_MOBILE = '手机号码是移动电话号码';
const WHY_PHONE = '联系电话可填固定电话或手机';
const WHY_EMAIL = '电子邮箱须是电子邮件地址';
const WHY_GENDER = '性别只能填“男”或“女”';
const WHY_SEQ = '序号是从1起的正整数';

const COUNT = { kind: 'integer', min: 0 } as const;

/** The six 方面 of 000 (二), as printed in 注 ¹ of 附件2 (line 177) and as the rows of 附件3 (lines 190–195). */
const AREAS = [
  '德育与思政工作总体研究与管理',
  '思想政治(理论)课',
  '劳动教育',
  '心理健康教育',
  '中华优秀传统文化教育',
  '中职班主任',
];
const AREAS_PHRASE =
  '请在“德育与思政工作总体研究与管理”“思想政治(理论)课”“劳动教育”“心理健康教育”“中华优秀传统文化教育”“中职班主任”中择一填写';
const POSTS = ['校领导', '中层干部', '教师'];
const POSTS_PHRASE = '请填写“校领导”“中层干部”或“教师”';
const AGE_PHRASE = '年龄原则上不超过65周岁';

/** 附件1: the eight fields that count 中职 schools, each ≤ 本地区中职学校数. */
const SCHOOL_COUNT_KEYS = [
  'schools_leading_group',
  'schools_work_mechanism',
  'schools_36_hours',
  'schools_elective_course',
  'schools_fulltime_teacher',
  'schools_activities',
  'schools_monitoring',
  'schools_counseling_room',
];

export const profiles: FormProfileInput[] = [
  {
    id: 's000-annex1',
    title: '《中等职业学校学生心理健康教育指导纲要》 实施情况统计表',
    annex: '附件1',
    notice: NOTICE,
    seed: '000',
    lines: [145, 159],
    layout: 'form',
    referenceDate: DATE,
    fields: [
      {
        key: 'province_dept',
        label: '省级教育行政部门',
        layout: 'cell',
        rules: [],
      },
      {
        key: 'fill_date',
        label: '填报日期',
        layout: 'cell',
        rules: [
          {
            rule: { kind: 'date', precision: 'day' },
            severity: 'error',
            source: stated(149, '填报日期：2023 年 月 日'),
          },
        ],
      },
      {
        key: 'contact',
        label: '联系人',
        layout: 'cell',
        rules: [],
      },
      {
        key: 'office_phone',
        label: '办公电话',
        layout: 'cell',
        rules: [
          {
            rule: { kind: 'phone', accept: 'landline' },
            severity: 'error',
            source: implied(151, '办公电话', WHY_LANDLINE),
          },
        ],
      },
      {
        key: 'mobile',
        label: '手机号码',
        aliases: ['手机'],
        layout: 'cell',
        rules: [
          {
            rule: { kind: 'phone', accept: 'mobile' },
            severity: 'error',
            source: implied(152, '手机号码', WHY_MOBILE),
          },
        ],
      },
      {
        key: 'email',
        label: '电子邮箱',
        aliases: ['邮箱'],
        layout: 'cell',
        rules: [{ rule: { kind: 'email' }, severity: 'error', source: implied(152, '电子邮箱', WHY_EMAIL) }],
      },
      {
        key: 'school_count',
        label: '本地区中职学校数',
        aliases: ['中职学校数'],
        layout: 'cell',
        rules: [{ rule: COUNT, severity: 'error', source: implied(153, '本地区中职学校数', WHY_COUNT) }],
      },
      {
        key: 'student_count',
        label: '本地区中职在校生数',
        aliases: ['中职在校生数'],
        layout: 'cell',
        rules: [{ rule: COUNT, severity: 'error', source: implied(153, '本地区中职在校生数', WHY_COUNT) }],
      },
      {
        key: 'has_policy',
        label: '本地区是否出台加强中职学生心理健康教育的政策文件',
        layout: 'cell',
        rules: [
          {
            rule: { kind: 'yesNo' },
            severity: 'error',
            source: implied(154, '本地区是否出台加强中职学生心理健康教育的政策文件', WHY_YES_NO),
          },
        ],
      },
      {
        key: 'has_research_body',
        label: '本地区是否设有中职学生心理健康教育教研机构',
        layout: 'cell',
        rules: [
          {
            rule: { kind: 'yesNo' },
            severity: 'error',
            source: implied(154, '本地区是否设有中职学生心理健康教育教研机构', WHY_YES_NO),
          },
        ],
      },
      {
        key: 'schools_leading_group',
        label: '成立校级心理健康教育领导小组的中职学校数',
        layout: 'cell',
        rules: [
          {
            rule: COUNT,
            severity: 'error',
            source: implied(155, '成立校级心理健康教育领导小组的中职学校数', WHY_COUNT),
          },
        ],
      },
      {
        key: 'schools_work_mechanism',
        label: '建立心理健康教育工作机制的中职学校数',
        layout: 'cell',
        rules: [
          { rule: COUNT, severity: 'error', source: implied(155, '建立心理健康教育工作机制的中职学校数', WHY_COUNT) },
        ],
      },
      {
        key: 'schools_36_hours',
        label: '按规定开足思想政治课“心理健康与职业生涯”基础模块 36 学时中职学校数',
        aliases: ['按规定开足思想政治课“心理健康与职业生涯”基础模块36学时中职学校数'],
        layout: 'cell',
        rules: [
          {
            rule: COUNT,
            severity: 'error',
            source: implied(156, '按规定开足思想政治课“心理健康与职业生涯”基础模块 36 学时中职学校数', WHY_COUNT),
          },
        ],
      },
      {
        key: 'schools_elective_course',
        label: '开设心理健康教育选修(拓展)课程的中职学校数',
        aliases: ['开设心理健康教育选修（拓展）课程的中职学校数'],
        layout: 'cell',
        rules: [
          {
            rule: COUNT,
            severity: 'error',
            source: implied(156, '开设心理健康教育选修(拓展)课程的中职学校数', WHY_COUNT),
          },
        ],
      },
      {
        key: 'schools_fulltime_teacher',
        label: '配备专职心理健康教育教师的中职学校数',
        layout: 'cell',
        rules: [
          { rule: COUNT, severity: 'error', source: implied(157, '配备专职心理健康教育教师的中职学校数', WHY_COUNT) },
        ],
      },
      {
        key: 'fulltime_teachers',
        label: '本地区中职学校专职心理健康教育教师总人数',
        aliases: ['专职心理健康教育教师总人数'],
        layout: 'cell',
        rules: [
          {
            rule: COUNT,
            severity: 'error',
            source: implied(157, '本地区中职学校专职心理健康教育教师总人数', WHY_COUNT),
          },
        ],
      },
      {
        key: 'parttime_teachers',
        label: '本地区中职学校兼职心理健康教育教师总人数',
        aliases: ['兼职心理健康教育教师总人数'],
        layout: 'cell',
        rules: [
          {
            rule: COUNT,
            severity: 'error',
            source: implied(158, '本地区中职学校兼职心理健康教育教师总人数', WHY_COUNT),
          },
        ],
      },
      {
        key: 'schools_activities',
        label: '每学期开展心理健康教育活动的中职学校数',
        layout: 'cell',
        rules: [
          { rule: COUNT, severity: 'error', source: implied(158, '每学期开展心理健康教育活动的中职学校数', WHY_COUNT) },
        ],
      },
      {
        key: 'schools_monitoring',
        label: '每学年开展学生心理健康状况监测的中职学校数',
        layout: 'cell',
        rules: [
          {
            rule: COUNT,
            severity: 'error',
            source: implied(159, '每学年开展学生心理健康状况监测的中职学校数', WHY_COUNT),
          },
        ],
      },
      {
        key: 'schools_counseling_room',
        label: '建有心理咨询(辅导)室的中职学校数',
        aliases: ['建有心理咨询（辅导）室的中职学校数'],
        layout: 'cell',
        rules: [
          { rule: COUNT, severity: 'error', source: implied(159, '建有心理咨询(辅导)室的中职学校数', WHY_COUNT) },
        ],
      },
    ],
    cross: [
      ...SCHOOL_COUNT_KEYS.map((left) => ({
        rule: { kind: 'lte' as const, left, right: 'school_count' },
        severity: 'error' as const,
        source: implied(153, '本地区中职学校数', WHY_SCHOOLS),
      })),
      {
        rule: { kind: 'lte', left: 'schools_fulltime_teacher', right: 'fulltime_teachers' },
        severity: 'error',
        source: implied(
          157,
          '配备专职心理健康教育教师的中职学校数 本地区中职学校专职心理健康教育教师总人数',
          '每所配备专职心理健康教育教师的学校至少有1名专职教师，故这类学校数不超过专职教师总人数',
        ),
      },
    ],
    note:
      '填报日期的年份已印为“2023 年”，规则只检查日期格式，不检查年份。' +
      '“按规定开足…36 学时中职学校数”原文没有“的”字，但同样是中职学校数，也列入“不超过本地区中职学校数”。' +
      '统计表电子版发送至邮箱（第19行），没有在线平台页面。',
  },
  {
    id: 's000-annex2',
    title: '职业院校德育与思政工作专家库人选推荐表',
    annex: '附件2',
    notice: NOTICE,
    seed: '000',
    lines: [161, 179],
    layout: 'form',
    referenceDate: DATE,
    fields: [
      {
        key: 'recommending_unit',
        label: '推荐单位',
        layout: 'cell',
        rules: [],
      },
      {
        key: 'photo',
        label: '(照片)',
        aliases: ['照片'],
        layout: 'cell',
        rules: [],
      },
      {
        key: 'name',
        label: '姓 名',
        aliases: ['姓名'],
        layout: 'cell',
        rules: [],
      },
      {
        key: 'gender',
        label: '性别',
        layout: 'cell',
        rules: [
          { rule: { kind: 'enum', values: ['男', '女'] }, severity: 'error', source: implied(166, '性别', WHY_GENDER) },
        ],
      },
      {
        key: 'birth_month',
        label: '出生年月',
        layout: 'cell',
        rules: [
          { rule: { kind: 'date', precision: 'month' }, severity: 'error', source: stated(167, '出生年月') },
          { rule: { kind: 'maxAge', max: 65 }, severity: 'warning', source: stated(27, AGE_PHRASE) },
        ],
      },
      {
        key: 'ethnicity',
        label: '民族',
        layout: 'cell',
        rules: [],
      },
      {
        key: 'work_unit',
        label: '工作单位',
        layout: 'cell',
        rules: [],
      },
      {
        key: 'expertise',
        label: '擅长领域和 专业技术方向 ¹',
        aliases: ['擅长领域和专业技术方向', '擅长领域'],
        layout: 'cell',
        rules: [{ rule: { kind: 'enum', values: AREAS }, severity: 'error', source: stated(177, AREAS_PHRASE) }],
      },
      {
        key: 'admin_post',
        label: '行政职务 ²',
        aliases: ['行政职务'],
        layout: 'cell',
        rules: [{ rule: { kind: 'enum', values: POSTS }, severity: 'error', source: stated(179, POSTS_PHRASE) }],
      },
      {
        key: 'professional_title',
        label: '专业技术职务',
        layout: 'cell',
        rules: [],
      },
      {
        key: 'phone',
        label: '联系电话',
        layout: 'cell',
        rules: [
          { rule: { kind: 'phone', accept: 'any' }, severity: 'error', source: implied(171, '联系电话', WHY_PHONE) },
        ],
      },
      {
        key: 'email',
        label: '电子邮箱',
        aliases: ['邮箱'],
        layout: 'cell',
        rules: [{ rule: { kind: 'email' }, severity: 'error', source: implied(171, '电子邮箱', WHY_EMAIL) }],
      },
      {
        key: 'experience',
        label: '德育与思政工作 经历经验及获奖 情况',
        aliases: ['德育与思政工作经历经验及获奖情况'],
        layout: 'cell',
        rules: [],
      },
      {
        key: 'unit_opinion',
        label: '所在单位意见',
        layout: 'cell',
        rules: [],
      },
      {
        key: 'recommender_opinion',
        label: '推荐单位意见',
        layout: 'cell',
        rules: [],
      },
    ],
    cross: [],
    note:
      '年龄限制原文是“原则上不超过65周岁”（第27行），是原则性要求而非硬性上限，故为警告（可核实后填写说明）；' +
      '规则按出生年月到通知日期2023-02-18计算周岁。' +
      '擅长领域的可选值取自注¹（第177行），原文括号为半角“思想政治(理论)课”；“擅长领域和专业技术方向”按注¹择一填写，' +
      '因此按枚举处理，无法再表达“专业技术方向”的自由补充。' +
      '两栏意见下方的“名称 (盖章)”和“年 月 日”是盖章、签署日期，不单列字段；(照片)是贴照片处，无文本规则。' +
      '民族原文未列可选值，不设枚举。',
  },
  {
    id: 's000-annex3',
    title: '职业院校德育与思政工作专家库人选推荐汇总表',
    annex: '附件3',
    notice: NOTICE,
    seed: '000',
    lines: [181, 195],
    layout: 'mixed',
    referenceDate: DATE,
    fields: [
      {
        key: 'recommending_unit',
        label: '推荐单位（盖章）',
        aliases: ['推荐单位'],
        layout: 'cell',
        rules: [],
      },
      {
        key: 'fill_date',
        label: '填表日期',
        layout: 'cell',
        rules: [
          {
            rule: { kind: 'date', precision: 'day' },
            severity: 'error',
            source: stated(187, '填表日期：2023 年 月 日'),
          },
        ],
      },
      {
        key: 'seq',
        label: '序号',
        layout: 'column',
        rules: [{ rule: { kind: 'integer', min: 1 }, severity: 'error', source: implied(189, '序号', WHY_SEQ) }],
      },
      {
        key: 'expertise',
        label: '擅长领域',
        layout: 'column',
        rules: [
          {
            rule: { kind: 'enum', values: AREAS },
            severity: 'error',
            source: implied(
              177,
              AREAS_PHRASE,
              '汇总表汇总附件2的推荐人选，擅长领域按附件2注¹六选一，汇总表各行也预印了这六个领域（第190—195行）',
            ),
          },
        ],
      },
      {
        key: 'name',
        label: '姓名',
        layout: 'column',
        rules: [],
      },
      {
        key: 'gender',
        label: '性别',
        layout: 'column',
        rules: [
          { rule: { kind: 'enum', values: ['男', '女'] }, severity: 'error', source: implied(189, '性别', WHY_GENDER) },
        ],
      },
      {
        key: 'age',
        label: '年龄',
        layout: 'column',
        rules: [
          {
            rule: { kind: 'integer', min: 0 },
            severity: 'error',
            source: implied(189, '年龄', '年龄填周岁数，是非负整数'),
          },
          { rule: { kind: 'maxAge', max: 65 }, severity: 'warning', source: stated(27, AGE_PHRASE) },
        ],
      },
      {
        key: 'work_unit',
        label: '工作单位',
        layout: 'column',
        rules: [],
      },
      {
        key: 'professional_title',
        label: '职称',
        layout: 'column',
        rules: [],
      },
      {
        key: 'post',
        label: '职务',
        aliases: ['行政职务'],
        layout: 'column',
        rules: [
          {
            rule: { kind: 'enum', values: POSTS },
            severity: 'error',
            source: implied(
              179,
              POSTS_PHRASE,
              '汇总表的“职务”对应附件2的“行政职务 ²”（“职称”对应“专业技术职务”），注²要求填写“校领导”“中层干部”或“教师”',
            ),
          },
        ],
      },
      {
        key: 'contact',
        label: '联系方式',
        aliases: ['联系电话'],
        layout: 'column',
        rules: [
          {
            rule: { kind: 'phone', accept: 'any' },
            severity: 'error',
            source: implied(189, '联系方式', '联系方式按联系电话处理，可填固定电话或手机'),
          },
        ],
      },
      {
        key: 'remark',
        label: '备注',
        layout: 'column',
        rules: [],
      },
    ],
    cross: [
      {
        rule: { kind: 'maxPerValue', field: 'expertise', max: 15 },
        severity: 'error',
        source: stated(25, '每个方面不超过15名'),
      },
    ],
    across: [
      {
        rule: {
          kind: 'rowsMatch',
          other: 's000-annex2',
          key: { here: 'name', there: 'name' },
          same: [{ here: 'expertise', there: 'expertise' }],
        },
        severity: 'error',
        source: implied(
          189,
          '擅长领域 姓名',
          '汇总表汇总各人选的推荐表（附件2，第29—31行）：同一人选在两表中的姓名、擅长领域应一致；' +
            '每个方面不超过15名（第25行）由本表按擅长领域计数',
        ),
      },
    ],
    note:
      '表中六行预印了六个擅长领域（第190—195行），实际按领域分组逐行填写人选；每个方面不超过15名（第25行）按擅长领域计数。' +
      '年龄“原则上不超过65周岁”（第27行）是原则性要求，故为警告（可核实后填写说明）。' +
      '“联系方式”按电话处理（可固话或手机）；若填写邮箱等其他联系方式会被提示。' +
      '“职务”按附件2注²的三个值校验，属推断。填表日期年份已印为“2023 年”，只检查格式。',
  },
  {
    id: 's000-annex5',
    title: '省（自治区、直辖市）普通高等学校非学历教育办学情况汇总表',
    annex: '附件5',
    notice: NOTICE,
    seed: '000',
    lines: [239, 243],
    layout: 'mixed',
    referenceDate: DATE,
    fields: [
      {
        key: 'province',
        label: '省（自治区、直辖市）',
        layout: 'cell',
        rules: [],
      },
      {
        key: 'seq',
        label: '序号',
        layout: 'column',
        rules: [{ rule: { kind: 'integer', min: 1 }, severity: 'error', source: implied(243, '序号', WHY_SEQ) }],
      },
      {
        key: 'university',
        label: '高校名称',
        layout: 'column',
        rules: [],
      },
      {
        key: 'project_name',
        label: '项目名称',
        layout: 'column',
        rules: [],
      },
      {
        key: 'start_date',
        label: '开始时间',
        aliases: ['办学时间'],
        layout: 'column',
        rules: [
          {
            rule: { kind: 'date', precision: 'day' },
            severity: 'error',
            source: implied(243, '开始时间', '开始时间是项目的起始日期，按年月日填写'),
          },
        ],
      },
      {
        key: 'end_date',
        label: '结束时间',
        layout: 'column',
        rules: [
          {
            rule: { kind: 'date', precision: 'day' },
            severity: 'error',
            source: implied(243, '结束时间', '结束时间是项目的结束日期，按年月日填写'),
          },
        ],
      },
      {
        key: 'mode',
        label: '办学方式',
        layout: 'column',
        rules: [],
      },
      {
        key: 'fee_standard',
        label: '收费标准',
        layout: 'column',
        rules: [],
      },
      {
        key: 'tuition_total',
        label: '学费总额 (万元)',
        aliases: ['学费总额（万元）', '学费总额'],
        layout: 'column',
        rules: [
          {
            rule: { kind: 'decimal', min: 0 },
            severity: 'error',
            source: implied(243, '学费总额 (万元)', '以万元计的金额，是非负数，可有小数'),
          },
        ],
      },
      {
        key: 'trainees',
        label: '培训人数',
        layout: 'column',
        rules: [{ rule: COUNT, severity: 'error', source: implied(243, '培训人数', WHY_COUNT) }],
      },
      {
        key: 'partner',
        label: '合作方 (包括委托方)名称, 没有 请填“无”',
        aliases: ['合作方（包括委托方）名称', '合作方名称', '合作方'],
        layout: 'column',
        rules: [{ rule: { kind: 'noneIfEmpty', word: '无' }, severity: 'error', source: stated(243, '没有 请填“无”') }],
      },
      {
        key: 'manager',
        label: '培训负责人',
        layout: 'column',
        rules: [],
      },
      {
        key: 'phone',
        label: '联系电话',
        layout: 'column',
        rules: [
          { rule: { kind: 'phone', accept: 'any' }, severity: 'error', source: implied(243, '联系电话', WHY_PHONE) },
        ],
      },
      {
        key: 'location',
        label: '办学地点 (网络培训填写平台网址)',
        aliases: ['办学地点（网络培训填写平台网址）', '办学地点'],
        layout: 'column',
        rules: [
          {
            rule: { kind: 'urlWhen', field: 'mode', equals: ['网络培训'] },
            severity: 'error',
            source: implied(
              243,
              '办学地点 (网络培训填写平台网址)',
              '表头要求网络培训的办学地点填写平台网址；原文未列出办学方式的取值，“网络培训”是表中唯一说明线上办学的用语，' +
                '故仅在办学方式恰为“网络培训”时要求网址',
            ),
          },
        ],
      },
      {
        key: 'remark',
        label: '备注',
        layout: 'column',
        rules: [],
      },
    ],
    cross: [
      {
        rule: { kind: 'dateOrder', start: 'start_date', end: 'end_date' },
        severity: 'error',
        source: implied(243, '开始时间 结束时间', '项目的开始时间不能晚于结束时间'),
      },
    ],
    note:
      '标题前的“省（自治区、直辖市）”是填写省份名称的空位，列为字段，无规则。' +
      '原文未列出“办学方式”的可选值，不设枚举；“办学地点”须为网址的规则只在办学方式填“网络培训”时生效，' +
      '填“线上”“网络”等其他写法时无法判断，需人工核对（网络培训填写平台网址）。' +
      '平台页面上“办学时间”“收费情况”两级表头是平台所加，原文只印开始时间、结束时间、收费标准、学费总额 (万元)。' +
      '收费标准为自由文本（如“元/人”），不设数值规则；学费总额未规定小数位数。',
  },
];
