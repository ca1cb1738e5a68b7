import type { NoticeInput, RequirementInput } from '../schema';

const N = 's001-jzcsh-2022-8';

export const notices: NoticeInput[] = [
  {
    id: N,
    docNumber: '教职成司函〔2022〕8号',
    title: '关于做好2022年下半年职业教育与继续教育相关工作的通知',
    date: '2022-06-23',
    dateText: '2022年6月23日',
    issuer: '教育部职业教育与成人教育司',
    seed: '001',
    lines: [3, 233],
    kind: 'notice',
    note:
      '（十）质量年报工作研讨会、（十一）虚拟仿真实训基地建设工作推进暨成果分享会、(十二) 数字校园建设试点工作推进会、' +
      '(十三) 数据质量提升工作培训均“拟定于 2022 年下半年”举办，具体安排另行通知，不要求管理员报送材料，故未列为任务。' +
      '附件标题取自正文后的附件目录（第151—156行）。',
  },
];

const SU_HANG = { name: '苏航', phones: ['010-62514016'] };
const LIU_RENYOU = { name: '刘仁有', phones: ['010-66097837'] };
const GUI_MIN = { name: '桂敏', phones: ['010-66097704'] };

export const requirements: RequirementInput[] = [
  {
    id: `${N}-1`,
    notice: N,
    item: '（一）',
    title: '职业教育2021—2022学年信息数据采集',
    actor: '本地各中等职业学校（含附设中职班学校）、高等职业学校（含本科层次职业学校）',
    action: '中职学校通过中职学校系统、高职学校通过高职状态平台完成2021—2022学年信息数据采集。',
    platforms: ['zhongzhi-system', 'gaozhi-status'],
    channels: [
      {
        type: 'platform',
        platform: 'zhongzhi-system',
        text: '全国中等职业学校管理信息系统（以下简称中职学校系统）',
      },
      {
        type: 'platform',
        platform: 'gaozhi-status',
        text: '全国高等职业学校人才培养工作状态数据采集与管理平台（以下简称高职状态平台）',
      },
    ],
    deadlines: [
      {
        kind: 'due',
        date: '2022-11-30',
        monthDay: null,
        yearInferred: false,
        text: '2022年11月30日前',
        source: { seed: '001', line: 23 },
      },
    ],
    contacts: [{ name: '李恒', phones: ['010—66097867'] }],
    annexes: [],
    steps: [],
    source: { seed: '001', lines: [15, 17, 19, 21, 23, 25] },
    quote:
      '请各省级教育行政部门组织本地各中等职业学校（含附设中职班学校）、高等职业学校（含本科层次职业学校）分别通过全国中等职业学校管理信息系统（以下简称中职学校系统）、全国高等职业学校人才培养工作状态数据采集与管理平台（以下简称高职状态平台）完成2021—2022学年信息数据采集工作。',
    note: '由各省级教育行政部门组织；具体采集要求另行通过两个平台通知。电话中的“—”照原文保留。',
  },
  {
    id: `${N}-2`,
    notice: N,
    item: '（二）',
    title: '填报职业院校德育与思想政治教育工作队伍配备信息（学校）',
    actor: '中等职业学校、高等职业学校',
    action:
      '中职学校填报心理健康教育教师、班主任，高职学校填报心理健康教育教师、辅导员的配备情况信息，分别通过中职学校系统和高职状态平台填报。',
    platforms: ['zhongzhi-system', 'gaozhi-status'],
    channels: [
      {
        type: 'platform',
        platform: 'zhongzhi-system',
        text: '学校信息通过中职学校系统和高职状态平台填报',
      },
      {
        type: 'platform',
        platform: 'gaozhi-status',
        text: '学校信息通过中职学校系统和高职状态平台填报',
      },
    ],
    deadlines: [
      {
        kind: 'due',
        date: '2022-08-30',
        monthDay: null,
        yearInferred: false,
        text: '2022年8月30日前',
        source: { seed: '001', line: 33 },
        note: '“报送时间”写在本条末尾，原文未区分学校填报与省级报送的时间，按同一日期记录。',
      },
    ],
    contacts: [{ name: '张建鹏', phones: ['010-66096478'] }],
    annexes: [],
    steps: [],
    source: { seed: '001', lines: [27, 29, 31, 33, 35] },
    quote: '学校信息通过中职学校系统和高职状态平台填报',
    note: '由各省级教育行政部门及计划单列市教育局指导督促；内容包括人数、专兼职情况等。',
  },
  {
    id: `${N}-3`,
    notice: N,
    item: '（二）',
    title: '报送职业院校德育与思想政治教育工作队伍配备情况信息表（省级）',
    actor: '各省级教育行政部门及计划单列市教育局',
    action:
      '做好本地区职业院校队伍配备情况的分类统计，填写《职业院校德育与思想政治教育工作队伍配备情况信息表》（附件1），将加盖公章后的扫描版发送至 zcsdyc@moe.edu.cn。',
    platforms: [],
    channels: [
      {
        type: 'email',
        address: 'zcsdyc@moe.edu.cn',
        text: '电子邮箱：zcsdyc@moe.edu.cn',
      },
    ],
    deadlines: [
      {
        kind: 'due',
        date: '2022-08-30',
        monthDay: null,
        yearInferred: false,
        text: '2022年8月30日前',
        source: { seed: '001', line: 33 },
      },
    ],
    contacts: [{ name: '张建鹏', phones: ['010-66096478'], emails: ['zcsdyc@moe.edu.cn'] }],
    annexes: [{ label: '附件1', title: '职业院校德育与思想政治教育工作队伍配备情况信息表' }],
    steps: [
      {
        text: '省级统计数据填写《职业院校德育与思想政治教育工作队伍配备情况信息表》（附件1）',
        source: { seed: '001', line: 31 },
      },
      { text: '加盖公章后的扫描版发送至指定邮箱', source: { seed: '001', line: 31 } },
    ],
    source: { seed: '001', lines: [27, 29, 31, 33, 35, 37] },
    quote:
      '省级统计数据填写《职业院校德育与思想政治教育工作队伍配备情况信息表》（附件1），将加盖公章后的扫描版发送至指定邮箱。',
    note: '正文只说“指定邮箱”，第37行列出的电子邮箱 zcsdyc@moe.edu.cn 视为该邮箱。附件目录中标题跨行印作“队伍配备情况”“信息表”。',
  },
  {
    id: `${N}-4`,
    notice: N,
    item: '（三）',
    title: '2023年职业教育质量年度报告编制、发布和报送',
    actor: '本地区职业院校（省级教育行政部门指导）',
    action: '做好2023年职业教育年报编制、发布和报送工作，时间、方式和具体安排见中职学校系统和高职状态平台的通知。',
    platforms: ['zhongzhi-system', 'gaozhi-status'],
    channels: [
      {
        type: 'platform',
        platform: 'zhongzhi-system',
        text: '将通过中职学校系统和高职状态平台另行通知',
      },
      {
        type: 'platform',
        platform: 'gaozhi-status',
        text: '将通过中职学校系统和高职状态平台另行通知',
      },
    ],
    deadlines: [
      {
        kind: 'undated',
        date: null,
        monthDay: null,
        yearInferred: false,
        text: '另行通知',
        source: { seed: '001', line: 43 },
        note: '年报编制、发布和报送的时间、方式和具体安排将通过中职学校系统和高职状态平台另行通知。',
      },
    ],
    contacts: [{ name: '宗诚', phones: ['010-62003877'] }, LIU_RENYOU],
    annexes: [],
    steps: [],
    source: { seed: '001', lines: [39, 41, 43, 45, 47] },
    quote: '请各省级教育行政部门指导本地区职业院校高度重视并认真做好2023年职业教育年报编制、发布和报送工作',
    note: '原文未写明年报在哪个平台报送，只写明安排通过两个平台另行通知；平台一栏据此记录。',
  },
  {
    id: `${N}-5`,
    notice: N,
    item: '(四)',
    title: '继续征集优质职业教育虚拟仿真实训教学资源',
    actor: '各职业教育示范性虚拟仿真实训基地培育项目单位和其他职业院校',
    action: '联系苏航老师咨询具体技术标准和报送途径，按要求报送优质职业教育虚拟仿真实训教学资源。',
    platforms: [],
    channels: [
      {
        type: 'other',
        text: '请各相关单位联系苏航老师, 咨询具体技术标准和报送途径, 按要求做好报送工作。',
      },
    ],
    deadlines: [
      {
        kind: 'due',
        date: '2022-11-30',
        monthDay: null,
        yearInferred: false,
        monthEnd: true,
        text: '2022年11月底前',
        source: { seed: '001', line: 55 },
        note: '“11月底”按该月最后一天计。',
      },
    ],
    contacts: [SU_HANG, LIU_RENYOU],
    annexes: [],
    steps: [{ text: '联系苏航老师, 咨询具体技术标准和报送途径', source: { seed: '001', line: 51 } }],
    source: { seed: '001', lines: [49, 51, 53, 55, 57] },
    quote: '请各相关单位联系苏航老师, 咨询具体技术标准和报送途径, 按要求做好报送工作。',
    note: '各省级教育行政部门负责指导培育项目单位及其他职业院校参加“虚拟仿真实训中心”的建设、应用与推广。',
  },
  {
    id: `${N}-6`,
    notice: N,
    item: '(五)',
    title: '职业学校学生实习管理工作年度总结',
    actor: '各省级教育行政部门',
    action:
      '梳理总结本年度职业院校学生实习管理工作并提供5个左右典型案例，电子版发送至 jxjc@moe.edu.cn，纸质版邮寄至教育部职成司教学处。',
    platforms: [],
    channels: [
      { type: 'email', address: 'jxjc@moe.edu.cn', text: '电子版材料请发送至 jxjc@moe.edu.cn' },
      {
        type: 'post',
        address: '北京市西城区大木仓胡同 37 号',
        recipient: '教育部职成司教学处',
        text: '纸质版材料请邮寄至北京市西城区大木仓胡同 37 号教育部职成司教学处',
      },
    ],
    deadlines: [
      {
        kind: 'due',
        date: '2022-12-31',
        monthDay: null,
        yearInferred: false,
        monthEnd: true,
        text: '2022 年 12 月底前',
        source: { seed: '001', line: 67 },
        note: '“12月底”按该月最后一天计。',
      },
    ],
    contacts: [{ name: '吴智兵', phones: ['010-66096266'] }],
    annexes: [],
    steps: [
      { text: '提供5个左右典型案例', source: { seed: '001', line: 61 } },
      { text: '纸质版材料请邮寄至北京市西城区大木仓胡同 37 号教育部职成司教学处', source: { seed: '001', line: 63 } },
    ],
    source: { seed: '001', lines: [59, 61, 63, 65, 67, 69] },
    quote: '电子版材料请发送至 jxjc@moe.edu.cn, 纸质版材料请邮寄至北京市西城区大木仓胡同 37 号教育部职成司教学处',
  },
  {
    id: `${N}-7`,
    notice: N,
    item: '（六）',
    title: '1+X 证书制度试点实施与监测情况报告及典型案例',
    actor: '各省级教育行政部门',
    action:
      '总结本地区 1+X 证书制度实施情况形成书面总结，并推荐 10 所学校及省级层面典型工作案例（每个 2000 字以内），纸质版邮寄、电子版发送至 x_one2019@163.com。',
    platforms: [],
    channels: [
      {
        type: 'post',
        address: '北京市朝阳区惠新东街 4 号富盛大厦 1 座 16 层',
        text: '纸质版材料请邮寄至北京市朝阳区惠新东街 4 号富盛大厦 1 座 16 层',
      },
      { type: 'email', address: 'x_one2019@163.com', text: '电子版材料发送至 x_one2019@163.com' },
    ],
    deadlines: [
      {
        kind: 'due',
        date: '2022-07-31',
        monthDay: null,
        yearInferred: false,
        monthEnd: true,
        text: '2022 年 7 月底',
        source: { seed: '001', line: 77 },
        label: '典型案例',
        note: '“7月底”按该月最后一天计。',
      },
      {
        kind: 'due',
        date: '2022-12-31',
        monthDay: null,
        yearInferred: false,
        monthEnd: true,
        text: '2022 年 12 月底',
        source: { seed: '001', line: 77 },
        label: '书面总结',
        note: '“12月底”按该月最后一天计。',
      },
    ],
    contacts: [{ name: '王伟伟', phones: ['010-58556746'] }],
    annexes: [],
    steps: [
      { text: '推荐 10 所学校及省级层面典型工作案例', source: { seed: '001', line: 73 } },
      { text: '纸质版材料请邮寄', source: { seed: '001', line: 75 } },
    ],
    source: { seed: '001', lines: [71, 73, 75, 77, 79] },
    quote: '典型案例报送截止时间为 2022 年 7 月底，书面总结报送截止时间为 2022 年 12 月底。',
    note: '邮寄地址未写收件单位。依据《关于做好 2022 年度 1+X 证书制度实施工作的通知》（教职成司函〔2022〕5 号）。',
  },
  {
    id: `${N}-8`,
    notice: N,
    item: '（七）',
    title: '社区教育“能者为师”特色课程推介共享行动第三批实践创新项目申报',
    actor: '各省级教育行政部门及计划单列市教育局',
    action:
      '组织社区教育指导机构、社区教育办学机构、社会组织等登录平台填报第三批实践创新项目，并将加盖省级教育行政主管部门公章的附件 2、附件 3 扫描成 PDF 上传到系统。',
    platforms: ['nzws'],
    channels: [
      {
        type: 'platform',
        platform: 'nzws',
        text: '请登录平台（网址：<http://nzws.drce.com.cn>）按要求进行填报',
      },
    ],
    deadlines: [
      {
        kind: 'window_start',
        date: '2022-09-12',
        monthDay: null,
        yearInferred: false,
        text: '2022 年 9 月 12 日至 30 日',
        source: { seed: '001', line: 89 },
        label: '网上填报开始',
      },
      {
        kind: 'window_end',
        date: '2022-09-30',
        monthDay: null,
        yearInferred: false,
        text: '2022 年 9 月 12 日至 30 日',
        source: { seed: '001', line: 89 },
        label: '网上填报截止',
      },
    ],
    contacts: [
      { name: '杜若、李慧勤', phones: ['010-66490406'] },
      { ...GUI_MIN, emails: ['sjc@moe.edu.cn'] },
    ],
    annexes: [
      { label: '附件2', title: '社区教育实践创新项目申报表' },
      { label: '附件3', title: '社区教育实践创新项目汇总表' },
    ],
    steps: [
      { text: '填写附件 2、附件 3', source: { seed: '001', line: 87 } },
      { text: '加盖省级教育行政主管部门公章', source: { seed: '001', line: 87 } },
      { text: '扫描成 PDF 格式文件上传到系统', source: { seed: '001', line: 87 } },
    ],
    source: { seed: '001', lines: [81, 83, 85, 87, 89, 91] },
    quote:
      '请登录平台（网址：<http://nzws.drce.com.cn>）按要求进行填报，并填写附件 2、附件 3 加盖省级教育行政主管部门公章后扫描成 PDF 格式文件上传到系统。',
    note: '原则上申报的项目应于两年之内完成；主题限社区教育数字化转型等 10 个。“邮箱地址：sjc@moe.edu.cn”写在联系人行末，原文未写明属于哪位联系人，记在最后一位（桂敏）名下。',
  },
  {
    id: `${N}-9`,
    notice: N,
    item: '（八）',
    title: '社区教育工作情况总结和数据填报',
    actor: '各省级教育行政部门及计划单列市教育局',
    action:
      '组织省、市、县（区）三级（计划单列市组织市、县两级）分别登录中国社区教育网，上传2021年以来社区教育工作总结报告和 2021、2022 年两个年度的社区教育工作数据。',
    platforms: ['shequ'],
    channels: [
      {
        type: 'platform',
        platform: 'shequ',
        text: '分别登录中国社区教育网（网址：www.shequ.edu.cn），上传总结报告和 2021、2022 年两个年度的社区教育工作数据',
      },
    ],
    deadlines: [
      {
        kind: 'window_start',
        date: '2022-10-10',
        monthDay: null,
        yearInferred: false,
        text: '2022 年 10 月 10 日至 30 日',
        source: { seed: '001', line: 99 },
        label: '填报开始',
      },
      {
        kind: 'window_end',
        date: '2022-10-30',
        monthDay: null,
        yearInferred: false,
        text: '2022 年 10 月 10 日至 30 日',
        source: { seed: '001', line: 99 },
        label: '填报截止',
      },
    ],
    contacts: [{ name: '杜若、李慧勤', phones: ['010-66490608'] }, GUI_MIN],
    annexes: [],
    steps: [
      { text: '组织省、市、县（区）三级（计划单列市教育局组织市、县两级）分别登录', source: { seed: '001', line: 97 } },
      { text: '上传总结报告', source: { seed: '001', line: 97 } },
      { text: '2021—2022 年出台的文件需要提供完整名称及文号', source: { seed: '001', line: 95 } },
    ],
    source: { seed: '001', lines: [93, 95, 97, 99, 101] },
    quote:
      '请各省级教育行政部门组织省、市、县（区）三级（计划单列市教育局组织市、县两级）分别登录中国社区教育网（网址：www.shequ.edu.cn），上传总结报告和 2021、2022 年两个年度的社区教育工作数据。',
    note: '本条杜若、李慧勤的电话印作 010-66490608，与（七）的 010-66490406 不同，均照原文。',
  },
  {
    id: `${N}-10`,
    notice: N,
    item: '（九）',
    title: '2022 年全民终身学习活动周“百姓学习之星”和“终身学习品牌项目”推介及视频案例报送',
    actor: '各省级教育行政部门及计划单列市教育局（指导本地成人教育协会（学会））',
    action:
      '完成“百姓学习之星”和“终身学习品牌项目”推介并报送视频案例，电子版发送至 caeabgs@126.com，纸质版加盖省级教育行政主管部门公章后邮寄。',
    platforms: [],
    channels: [
      { type: 'email', address: 'caeabgs@126.com', text: '电子版材料请发送至邮箱 caeabgs@126.com' },
      {
        type: 'post',
        address: '北京市西城区德胜门外大街 4 号综技楼 112 室',
        text: '纸质版加盖省级教育行政主管部门公章后邮寄至：北京市西城区德胜门外大街 4 号综技楼 112 室。',
      },
    ],
    deadlines: [
      {
        kind: 'due',
        date: '2022-08-25',
        monthDay: null,
        yearInferred: false,
        text: '于 2022 年 8 月 25 日前',
        source: { seed: '001', line: 109 },
        label: '推介工作',
      },
      {
        kind: 'due',
        date: '2022-09-15',
        monthDay: null,
        yearInferred: false,
        text: '于 2022 年 9 月 15 日前',
        source: { seed: '001', line: 109 },
        label: '案例报送',
      },
    ],
    contacts: [{ name: '黄晓晨', phones: ['010-58581449'] }],
    annexes: [],
    steps: [{ text: '纸质版加盖省级教育行政主管部门公章后邮寄', source: { seed: '001', line: 107 } }],
    source: { seed: '001', lines: [103, 105, 107, 109, 111] },
    quote: '推介工作请于 2022 年 8 月 25 日前完成；案例请于 2022 年 9 月 15 日前报送。',
    note: '邮寄地址未写收件单位。',
  },
];
