import type { FormProfileInput } from '../profile-schema';

/**
 * Seed 001: 教职成司函〔2022〕8号 (dated 2022年6月23日, line 162), annexes 1, 2 and 3. Labels are copied from the seed
 * as printed; rules quote the seed line they come from.
 */

const NOTICE = '教职成司函〔2022〕8号';
const DATE = '2022-06-23';

/** A phrase stated by the seed. */
const stated = (line: number, text: string) => ({ seed: '001' as const, line, text });
/** A rule implied by a printed label (or phrase), with the reason. */
const implied = (line: number, text: string, why: string) => ({
  seed: '001' as const,
  line,
  text,
  implied: true,
  why,
});

const WHY_COUNT = '人数是计数，只能是非负整数';
const WHY_PHONE = '联系电话可填固定电话或手机';
const WHY_SEQ = '序号是从1起的正整数';

/** The ten themes of 001 (七), lines 83–85. */
const THEMES = [
  '社区教育数字化转型',
  '科学素质',
  '家庭教育',
  '乡村振兴',
  '非遗传承',
  '道德与法治',
  '人文艺术',
  '康养健身',
  '生活技艺',
  '社区治理与应急管理',
];
const THEMES_PHRASE =
  '主题包括：社区教育数字化转型、科学素质、家庭教育、乡村振兴、非遗传承、道德与法治、人文艺术、康养健身、生活技艺、社区治理与应急管理';

/** 附件2 项目方案: the seven sections with their 字 limits, all printed on line 196. */
const SECTIONS: { key: string; label: string; aliases: string[]; max: number }[] = [
  { key: 'local_needs', label: '一、当地需求 (800 字以内)', aliases: ['当地需求', '一、当地需求'], max: 800 },
  {
    key: 'teaching_staff',
    label: '二、师资队伍情况 (数据图表为主, 500 字以内)',
    aliases: ['师资队伍情况', '二、师资队伍情况'],
    max: 500,
  },
  { key: 'project_purpose', label: '三、项目目的 (200 字以内)', aliases: ['项目目的', '三、项目目的'], max: 200 },
  { key: 'project_tasks', label: '四、项目任务 (1000 字以内)', aliases: ['项目任务', '四、项目任务'], max: 1000 },
  { key: 'key_difficulties', label: '五、重点难点 (800 字以内)', aliases: ['重点难点', '五、重点难点'], max: 800 },
  {
    key: 'expected_goals',
    label: '六、预期目标 (尽可能量化, 400 字以内)',
    aliases: ['预期目标', '六、预期目标'],
    max: 400,
  },
  { key: 'safeguards', label: '七、保障措施 (300 字以内)', aliases: ['保障措施', '七、保障措施'], max: 300 },
];

export const profiles: FormProfileInput[] = [
  {
    id: 's001-annex1',
    title: '职业院校德育与思想政治教育工作队伍配备情况信息表',
    annex: '附件1',
    notice: NOTICE,
    seed: '001',
    lines: [164, 182],
    layout: 'mixed',
    referenceDate: DATE,
    fields: [
      {
        key: 'province_dept',
        label: '省级教育行政部门（盖章）',
        aliases: ['省级教育行政部门'],
        layout: 'cell',
        rules: [],
      },
      {
        key: 'school_type',
        label: '学校类型',
        layout: 'column',
        rules: [],
      },
      {
        key: 'staff_category',
        label: '人员类别',
        layout: 'column',
        rules: [],
      },
      {
        key: 'total',
        label: '总数',
        layout: 'column',
        rules: [{ rule: { kind: 'integer', min: 0 }, severity: 'error', source: implied(172, '总数', WHY_COUNT) }],
      },
      {
        key: 'full_time',
        label: '专职',
        layout: 'column',
        rules: [{ rule: { kind: 'integer', min: 0 }, severity: 'error', source: implied(172, '专职', WHY_COUNT) }],
      },
      {
        key: 'part_time',
        label: '兼职',
        layout: 'column',
        rules: [{ rule: { kind: 'integer', min: 0 }, severity: 'error', source: implied(172, '兼职', WHY_COUNT) }],
      },
      {
        key: 'filler',
        label: '填表人及联系电话',
        aliases: ['填表人'],
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
            source: stated(182, '填表日期：2022 年 月 日'),
          },
        ],
      },
    ],
    cross: [
      {
        rule: { kind: 'sum', total: 'total', parts: ['full_time', 'part_time'] },
        severity: 'error',
        source: implied(
          171,
          '配备情况 总数 专职 兼职',
          '配备情况的总数分为专职和兼职两部分（第29行：内容包括人数、专兼职情况），故总数=专职+兼职',
        ),
      },
    ],
    note:
      '表体是固定的行：学校类型（中等职业学校、高等职业学校 （专科）、高等职业学校 （本科））× 人员类别（班主任、辅导员、' +
      '心理健康教育教师），每行填总数、专职、兼职；学校类型与人员类别是预印的行表头，不是填写项，故不设规则。' +
      '中等职业学校“班主任”一行的专职、兼职印为“—”，不填，该行不适用总数=专职+兼职（缺项时不应报错），模式无法按行表达。' +
      '“填表人及联系电话”是姓名和电话合在一格，模式的电话规则只能校验整格，故不设电话规则。' +
      '填表日期年份已印为“2022 年”，只检查格式。盖章扫描版通过邮箱报送（第31行）。',
  },
  {
    id: 's001-annex2',
    title: '社区教育实践创新项目申报表',
    annex: '附件2',
    notice: NOTICE,
    seed: '001',
    lines: [184, 222],
    layout: 'form',
    referenceDate: DATE,
    fields: [
      {
        key: 'applicant_unit',
        label: '申报单位',
        layout: 'cell',
        rules: [],
      },
      {
        key: 'project_name',
        label: '项目名称',
        layout: 'cell',
        rules: [],
      },
      {
        key: 'leader_name',
        label: '姓名',
        aliases: ['项目负责人姓名'],
        layout: 'cell',
        rules: [],
      },
      {
        key: 'leader_post',
        label: '职务',
        aliases: ['项目负责人职务'],
        layout: 'cell',
        rules: [],
      },
      {
        key: 'leader_title',
        label: '职称',
        aliases: ['项目负责人职称'],
        layout: 'cell',
        rules: [],
      },
      {
        key: 'leader_mobile',
        label: '手机',
        aliases: ['手机号码', '项目负责人手机'],
        layout: 'cell',
        rules: [
          {
            rule: { kind: 'phone', accept: 'mobile' },
            severity: 'error',
            source: implied(193, '手机', '手机是移动电话号码'),
          },
        ],
      },
      {
        key: 'leader_address',
        label: '通讯地址',
        aliases: ['项目负责人通讯地址'],
        layout: 'cell',
        rules: [],
      },
      {
        key: 'theme',
        label: '主题 (10 个行动主题 选其中之一)',
        aliases: ['主题（10个行动主题选其中之一）', '主题'],
        layout: 'cell',
        rules: [{ rule: { kind: 'enum', values: THEMES }, severity: 'error', source: stated(83, THEMES_PHRASE) }],
      },
      {
        key: 'period_start',
        label: '项目周期',
        aliases: ['开始时间', '项目周期开始时间'],
        layout: 'cell',
        rules: [
          {
            rule: { kind: 'date', precision: 'day' },
            severity: 'error',
            source: implied(195, '项目周期', '项目周期的起止是日期（平台上为“开始时间”输入框），按年月日填写'),
          },
        ],
      },
      {
        key: 'period_end',
        label: '至',
        aliases: ['结束时间', '项目周期结束时间'],
        layout: 'cell',
        rules: [
          {
            rule: { kind: 'date', precision: 'day' },
            severity: 'error',
            source: implied(195, '项目周期 至', '“至”后是项目周期的结束日期（平台上为“结束时间”输入框），按年月日填写'),
          },
        ],
      },
      ...SECTIONS.map((s) => ({
        key: s.key,
        label: s.label,
        aliases: s.aliases,
        layout: 'cell' as const,
        rules: [
          { rule: { kind: 'maxChars' as const, max: s.max }, severity: 'error' as const, source: stated(196, s.label) },
        ],
      })),
      {
        key: 'unit_opinion',
        label: '申报单位意见',
        layout: 'cell',
        rules: [],
      },
      {
        key: 'county_opinion',
        label: '县（市、区）级教育行政部门意见',
        aliases: ['县级教育行政部门意见'],
        layout: 'cell',
        rules: [],
      },
      {
        key: 'city_opinion',
        label: '市（地、州）级教育行政部门意见',
        aliases: ['市级教育行政部门意见'],
        layout: 'cell',
        rules: [],
      },
      {
        key: 'province_opinion',
        label: '省级教育行政部门意见',
        layout: 'cell',
        rules: [
          {
            rule: { kind: 'required' },
            severity: 'error',
            source: implied(
              222,
              '备注：请填写申报单位对应的教育行政部门“同意申报”的意见',
              '每个申报单位都有对应的省级教育行政部门，且附件2须加盖省级教育行政主管部门公章后上传（第87行），故省级意见必填；' +
                '县级、市级意见只在有对应部门时才需填写，无法一概要求',
            ),
          },
        ],
      },
    ],
    cross: [
      {
        rule: { kind: 'dateOrder', start: 'period_start', end: 'period_end' },
        severity: 'error',
        source: implied(195, '项目周期 至', '项目周期的开始日期不能晚于结束日期'),
      },
      {
        rule: { kind: 'spanWithin', start: 'period_start', end: 'period_end', maxMonths: 24 },
        severity: 'warning',
        source: stated(83, '原则上申报的项目应于两年之内完成'),
      },
    ],
    note:
      '项目周期在原文中是“项目周期 [ ] 至 [ ]”一格两空，第二个空前只印“至”，故结束日期字段的标签为“至”，' +
      '匹配时应以别名“结束时间”（平台占位符）为主。项目周期按日精度校验，若填写“2022年10月”这类只到月的写法会被提示。' +
      '两年之内是“原则上”的要求（第83行），故为警告：超过两年可核实后填写说明。' +
      '“项目方案 (可附页)”是七部分的分组表头，不单列字段；可附页不改变各部分的字数上限。' +
      '“数据图表为主”“尽可能量化”“1.课程资源建设 2.师资队伍培训 3.品牌建设等”是写作提示，无法校验。' +
      '各级意见下的“(公章)”“年 月 日”为盖章和日期，不单列字段；备注要求意见为“同意申报”，模式无法校验意见内容。' +
      '平台“联系信息”一栏（合作方、联系人、联系电话、电子邮箱）不在附件2中，未列入。',
  },
  {
    id: 's001-annex3',
    title: '社区教育实践创新项目汇总表',
    annex: '附件3',
    notice: NOTICE,
    seed: '001',
    lines: [224, 233],
    layout: 'mixed',
    referenceDate: DATE,
    fields: [
      {
        key: 'province_dept',
        label: '省（自治区、直辖市）教育厅（教委）（盖章）',
        aliases: ['教育厅（教委）'],
        layout: 'cell',
        rules: [],
      },
      {
        key: 'contact',
        label: '联系人',
        layout: 'cell',
        rules: [],
      },
      {
        key: 'contact_phone',
        label: '联系电话',
        layout: 'cell',
        rules: [
          {
            rule: { kind: 'phone', accept: 'any' },
            severity: 'error',
            source: implied(228, '联系电话：_____', WHY_PHONE),
          },
        ],
      },
      {
        key: 'seq',
        label: '序号',
        layout: 'column',
        rules: [{ rule: { kind: 'integer', min: 1 }, severity: 'error', source: implied(230, '序号', WHY_SEQ) }],
      },
      {
        key: 'theme',
        label: '项目主题',
        aliases: ['主题'],
        layout: 'column',
        rules: [
          {
            rule: { kind: 'enum', values: THEMES },
            severity: 'error',
            source: implied(83, THEMES_PHRASE, '汇总表汇总附件2的项目，项目主题是（七）所列十个主题之一'),
          },
        ],
      },
      {
        key: 'project_name',
        label: '项目名称',
        layout: 'column',
        rules: [],
      },
      {
        key: 'leader_name',
        label: '项目负责人姓名',
        layout: 'column',
        rules: [],
      },
      {
        key: 'unit',
        label: '所在单位',
        layout: 'column',
        rules: [],
      },
      {
        key: 'age',
        label: '年龄',
        layout: 'column',
        rules: [
          {
            rule: { kind: 'integer', min: 0 },
            severity: 'error',
            source: implied(230, '年龄', '年龄填周岁数，是非负整数'),
          },
        ],
      },
      {
        key: 'post_title',
        label: '职务/职称',
        layout: 'column',
        rules: [],
      },
      {
        key: 'wechat',
        label: '微信',
        layout: 'column',
        rules: [],
      },
      {
        key: 'leader_phone',
        label: '联系电话',
        layout: 'column',
        rules: [
          { rule: { kind: 'phone', accept: 'any' }, severity: 'error', source: implied(230, '联系电话', WHY_PHONE) },
        ],
      },
    ],
    cross: [],
    across: [
      {
        rule: {
          kind: 'rowsMatch',
          other: 's001-annex2',
          key: { here: 'project_name', there: 'project_name' },
          same: [
            { here: 'leader_name', there: 'leader_name' },
            { here: 'theme', there: 'theme' },
          ],
        },
        severity: 'error',
        source: implied(
          230,
          '项目主题 项目名称 项目负责人姓名',
          '汇总表逐项汇总附件2申报表（每个项目填一张表，第188行；两表同时上传，第87行）：同一项目在两表中的项目名称、' +
            '项目负责人姓名和主题应一致',
        ),
      },
    ],
    note:
      '表头一行的“联系人”“联系电话”（省级填表联系人）与表格列“联系电话”（项目负责人）同名，分别为 cell 和 column 字段。' +
      '（七）未规定项目负责人年龄上限（65周岁的限制出自另一通知的专家推荐），年龄只校验为非负整数。' +
      '“微信”原文无格式要求，不设规则。汇总表盖章扫描件上传平台（第87行）。',
  },
];
