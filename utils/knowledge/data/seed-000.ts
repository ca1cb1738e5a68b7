import type { NoticeInput, RequirementInput } from '../schema';

const N = 's000-jzcsh-2023-2';

export const notices: NoticeInput[] = [
  {
    id: N,
    docNumber: '教职成司函〔2023〕2号',
    title: '关于做好2023年上半年职业教育与继续教育相关工作的通知',
    date: '2023-02-18',
    dateText: '2023年2月18日',
    issuer: '教育部职业教育与成人教育司',
    seed: '000',
    lines: [3, 243],
    kind: 'notice',
    note:
      '(十一)虚拟仿真实训基地建设推进交流活动（2023年3月下旬，具体安排另行通知）和(十二)数据质量提升培训（另行通知）' +
      '只预告会议与培训，不要求管理员报送任何材料，故未列为任务；（十）中研讨会本身也另行通知，只把省年报工作经验案例的报送列为任务。' +
      '附件标题取自正文后的附件目录（第133—137行）；附件5正文表头为“省（自治区、直辖市）普通高等学校非学历教育办学情况汇总表”。',
  },
];

const SU_HANG = { name: '苏航', phones: ['010-62514016'] };
const LIU_RENYOU = { name: '刘仁有', phones: ['010-66097837'] };

export const requirements: RequirementInput[] = [
  {
    id: `${N}-1`,
    notice: N,
    item: '（一）',
    title: '报送《中等职业学校学生心理健康教育指导纲要》实施情况',
    actor: '省级教育行政部门及计划单列市教育局',
    action:
      '调研总结本地区中职学校心理健康教育工作，形成实施情况报告并填写统计表（附件1），将报告和统计表电子版发送至 zcsdyc@moe.edu.cn。',
    platforms: [],
    channels: [
      {
        type: 'email',
        address: 'zcsdyc@moe.edu.cn',
        text: '报告和统计表电子版请于2023年3月31日前发送至 zcsdyc@moe.edu.cn。',
      },
    ],
    deadlines: [
      {
        kind: 'due',
        date: '2023-03-31',
        monthDay: null,
        yearInferred: false,
        text: '于2023年3月31日前',
        source: { seed: '000', line: 19 },
      },
    ],
    contacts: [{ name: '何云云、刘俊', phones: ['010-66096478', '66097145'] }],
    annexes: [{ label: '附件1', title: '《中等职业学校学生心理健康教育指导纲要》实施情况统计表' }],
    steps: [
      { text: '形成实施情况报告', source: { seed: '000', line: 17 } },
      { text: '填写统计表（附件1）', source: { seed: '000', line: 17 } },
    ],
    source: { seed: '000', lines: [15, 17, 19, 21] },
    quote: '报告和统计表电子版请于2023年3月31日前发送至 zcsdyc@moe.edu.cn。',
    note: '联系人两人、电话两个，原文未写明对应关系，按原文合并记录；第二个号码无区号，照原文保留。',
  },
  {
    id: `${N}-2`,
    notice: N,
    item: '（二）',
    title: '推荐职业院校德育与思想政治教育工作专家',
    actor: '省级教育行政部门及计划单列市教育局',
    action:
      '组织被推荐专家填写专家库人选推荐表（附件2）并审查，填写推荐单位意见和汇总表（附件3），电子版发送至 zcsdyc@moe.edu.cn，纸质版盖章后寄送教育部职业教育与成人教育司职业院校德育工作处。',
    platforms: [],
    channels: [
      {
        type: 'email',
        address: 'zcsdyc@moe.edu.cn',
        text: '于2023年3月15日前将电子版发送至 zcsdyc@moe.edu.cn',
      },
      {
        type: 'post',
        address: '北京市西城区大木仓胡同37号',
        recipient: '教育部职业教育与成人教育司职业院校德育工作处',
        text: '纸质版盖章后寄送至北京市西城区大木仓胡同37号教育部职业教育与成人教育司职业院校德育工作处',
      },
    ],
    deadlines: [
      {
        kind: 'due',
        date: '2023-03-15',
        monthDay: null,
        yearInferred: false,
        text: '于2023年3月15日前',
        source: { seed: '000', line: 31 },
        note: '原文“于2023年3月15日前将电子版发送至”，纸质版寄送未单列日期。',
      },
    ],
    contacts: [{ name: '何云云、贾蔡伦', phones: ['010-66096478', '66097826'] }],
    annexes: [
      { label: '附件2', title: '职业院校德育与思政工作专家库人选推荐表' },
      { label: '附件3', title: '职业院校德育与思政工作专家库人选推荐汇总表' },
    ],
    steps: [
      { text: '组织被推荐的专家填写专家库人选推荐表（附件2）', source: { seed: '000', line: 29 } },
      { text: '审查相关内容', source: { seed: '000', line: 29 } },
      { text: '填写推荐单位意见和专家库人选推荐汇总表(附件3)', source: { seed: '000', line: 29 } },
      { text: '纸质版盖章后寄送', source: { seed: '000', line: 31 } },
    ],
    source: { seed: '000', lines: [23, 25, 27, 29, 31, 33] },
    quote:
      '请省级教育行政部门及计划单列市教育局组织被推荐的专家填写专家库人选推荐表（附件2）并审查相关内容，填写推荐单位意见和专家库人选推荐汇总表(附件3),于2023年3月15日前将电子版发送至 zcsdyc@moe.edu.cn,纸质版盖章后寄送至北京市西城区大木仓胡同37号教育部职业教育与成人教育司职业院校德育工作处。',
    note:
      '每个方面不超过15名；拟推荐专家年龄原则上不超过65周岁；司里不受理专家个人或专家所在单位直接报送的材料。' +
      '联系人两人、电话两个，对应关系原文未写明，按原文合并记录。',
  },
  {
    id: `${N}-3`,
    notice: N,
    item: '(三)',
    title: '“双高计划”2022年度建设绩效自评数据填报',
    actor: '国家“双高计划”建设单位',
    action:
      '通过双高监测平台如实填报2022年1月1日至2022年12月31日的建设进展数据，由省级教育行政部门完成省级审核后按要求上报。',
    platforms: ['shuanggao'],
    channels: [
      {
        type: 'platform',
        platform: 'shuanggao',
        text: '通过“双高计划管理与智能监测平台”(以下简称“双高监测平台”,网址:<https://sg.chinaeducloud.com>)',
      },
    ],
    deadlines: [
      {
        kind: 'opens',
        date: '2023-03-01',
        monthDay: null,
        yearInferred: false,
        text: '平台将于2023年3月1日开放',
        source: { seed: '000', line: 37 },
        label: '平台开放',
      },
      {
        kind: 'due',
        date: '2023-04-15',
        monthDay: null,
        yearInferred: false,
        text: '于2023年4月15日前',
        source: { seed: '000', line: 37 },
        label: '完成数据填报',
      },
      {
        kind: 'due',
        date: '2023-04-25',
        monthDay: null,
        yearInferred: true,
        text: '4月25日前',
        source: { seed: '000', line: 37 },
        label: '完成省级审核',
        note: '年份取自同句“2023年4月15日前”及通知的 2023 年上半年工作安排。',
      },
    ],
    contacts: [{ name: '刘青宜', phones: ['010-66097867'] }],
    annexes: [],
    steps: [
      { text: '如实填报2022年1月1日至2022年12月31日的建设进展数据', source: { seed: '000', line: 37 } },
      { text: '完成省级审核后按要求上报', source: { seed: '000', line: 37 } },
      { text: '纸质材料报送要求将通过“双高监测平台”另行通知', source: { seed: '000', line: 39 } },
    ],
    source: { seed: '000', lines: [35, 37, 39, 41] },
    quote:
      '平台将于2023年3月1日开放,请省(自治区、直辖市)教育行政部门组织区域内建设单位于2023年4月15日前完成数据填报,并于4月25日前完成省级审核后按要求上报。',
    note:
      '由有关省(自治区、直辖市)教育行政部门组织；省级审核由省级教育行政部门完成。“2022年1月1日至2022年12月31日”是数据所属期间，不是填报期限。' +
      '具体填报要求及纸质材料报送要求另行通过双高监测平台通知。',
  },
  {
    id: `${N}-4`,
    notice: N,
    item: '(三)',
    title: '“双高计划”2022年度自评省级总结报告',
    actor: '省(自治区、直辖市)教育行政部门',
    action:
      '对区域内学校自评情况进行总结，围绕省级支持情况、省级经费投入情况、学校建设进展等形成总结报告并按要求上报。',
    platforms: ['shuanggao'],
    channels: [
      {
        type: 'platform',
        platform: 'shuanggao',
        text: '具体填报要求及纸质材料报送要求将通过“双高监测平台”另行通知,请注意及时查收。',
      },
    ],
    deadlines: [
      {
        kind: 'undated',
        date: null,
        monthDay: null,
        yearInferred: false,
        text: '另行通知',
        source: { seed: '000', line: 39 },
        note: '总结报告的上报时间和方式原文未写明，具体要求将通过双高监测平台另行通知。',
      },
    ],
    contacts: [{ name: '刘青宜', phones: ['010-66097867'] }],
    annexes: [],
    steps: [{ text: '形成总结报告并按要求上报', source: { seed: '000', line: 37 } }],
    source: { seed: '000', lines: [35, 37, 39, 41] },
    quote:
      '省(自治区、直辖市)教育行政部门要对区域内学校自评情况进行总结,围绕省级教育行政部门支持情况、省级经费投入情况、学校建设进展等内容形成总结报告并按要求上报。',
    note: '报送渠道原文只说“按要求上报”；平台一栏按第39行“将通过“双高监测平台”另行通知”记录。',
  },
  {
    id: `${N}-5`,
    notice: N,
    item: '(四)',
    title: '填报职业教育示范性虚拟仿真实训基地2022年效能数据及征集2022年典型案例',
    actor: '各国家级培育项目单位及其他相关职业院校',
    action:
      '填报国家级、省级培育基地2022年效能数据并参与2022年典型案例征集，具体安排见中职学校系统和高职状态平台的通知。',
    platforms: ['zhongzhi-system', 'gaozhi-status'],
    channels: [
      {
        type: 'platform',
        platform: 'zhongzhi-system',
        text: '具体安排将通过全国中等职业学校管理信息系统（以下简称中职学校系统）',
      },
      {
        type: 'platform',
        platform: 'gaozhi-status',
        text: '全国高职院校人才培养状态数据采集与管理平台（以下简称高职状态平台）另行通知',
      },
    ],
    deadlines: [
      {
        kind: 'undated',
        date: null,
        monthDay: null,
        yearInferred: false,
        text: '2023年2月下旬',
        source: { seed: '000', line: 45 },
        note: '“拟于2023年2月下旬”开展填报与征集，只是大致时间；具体安排另行通知。',
      },
    ],
    contacts: [SU_HANG, LIU_RENYOU],
    annexes: [],
    steps: [],
    source: { seed: '000', lines: [43, 45, 47] },
    quote:
      '拟于2023年2月下旬，面向国家级、省级培育基地开展2022年效能数据填报及典型案例征集。请各省（自治区、直辖市）教育行政部门指导各国家级培育项目单位及其他相关职业院校认真填报、积极参与。',
    note: '省级教育行政部门负责指导。原文只说具体安排通过中职学校系统和高职状态平台另行通知，未写明数据在哪个平台填报；平台一栏据此记录。',
  },
  {
    id: `${N}-6`,
    notice: N,
    item: '（五）',
    title: '征集优质职业教育虚拟仿真实训教学资源',
    actor: '各职业教育示范性虚拟仿真实训基地培育项目单位和其他职业院校',
    action: '报送优质职业教育虚拟仿真实训教学资源，参加国家职业教育智慧教育平台“虚拟仿真实训中心”的建设与应用。',
    platforms: [],
    channels: [
      {
        type: 'other',
        text: '具体要求及途径由教育部高等学校科学研究发展中心另行发文通知。',
      },
    ],
    deadlines: [
      {
        kind: 'due',
        date: '2023-11-30',
        monthDay: null,
        yearInferred: false,
        monthEnd: true,
        text: '2023年11月底前',
        source: { seed: '000', line: 53 },
        note: '“11月底”按该月最后一天计。',
      },
    ],
    contacts: [SU_HANG, LIU_RENYOU],
    annexes: [],
    steps: [],
    source: { seed: '000', lines: [49, 51, 53, 55] },
    quote: '特面向各职业教育示范性虚拟仿真实训基地培育项目单位和其他职业院校继续征集优质职业教育虚拟仿真实训教学资源。',
    note: '省（自治区、直辖市）教育行政部门负责指导；报送途径由教育部高等学校科学研究发展中心另行发文通知。',
  },
  {
    id: `${N}-7`,
    notice: N,
    item: '（六）1.',
    title: '报送2022年度普通高校继续教育发展报告（高校报告）',
    actor: '本地区举办继续教育的普通高校（含部属高校）',
    action:
      '按《普通高校继续教育发展年度报告提纲》（附件4）编写2022年度普通高校继续教育发展报告（可附1个特色案例），经校长办公会审议通过后，WORD版通过全国高等继续教育信息管理平台提交，加盖学校公章的PDF扫描件由省级教育行政部门汇总后发送至 dce@moe.edu.cn。',
    platforms: ['jxjy'],
    channels: [
      {
        type: 'platform',
        platform: 'jxjy',
        text: '通过全国高等继续教育信息管理平台(网址:<http://jxjy.moe.edu.cn/>)报送2022年度普通高校继续教育发展报告',
      },
      {
        type: 'email',
        address: 'dce@moe.edu.cn',
        text: '加盖学校公章的PDF扫描件由省级教育行政部门汇总后以省为单位发送至邮箱:dce@moe.edu.cn。',
      },
    ],
    deadlines: [
      {
        kind: 'due',
        date: '2023-06-30',
        monthDay: null,
        yearInferred: false,
        text: '2023年6月30日前',
        source: { seed: '000', line: 67 },
        note: '“报送时间”一句写在（六）末尾，同时适用于高校报告和省级报告。',
      },
    ],
    contacts: [{ name: '陈冰', phones: ['010-66096459'] }],
    annexes: [{ label: '附件4', title: '普通高校继续教育发展年度报告提纲' }],
    steps: [
      { text: '高校报告和案例须经校长办公会审议通过后报送', source: { seed: '000', line: 61 } },
      { text: 'WORD版通过平台提交', source: { seed: '000', line: 61 } },
      { text: '由省级教育行政部门审核', source: { seed: '000', line: 61 } },
      { text: '加盖学校公章的PDF扫描件', source: { seed: '000', line: 61 } },
      { text: '由省级教育行政部门汇总后以省为单位发送至邮箱:dce@moe.edu.cn', source: { seed: '000', line: 61 } },
    ],
    source: { seed: '000', lines: [57, 59, 61, 67, 69] },
    quote:
      '高校报告和案例须经校长办公会审议通过后报送,WORD版通过平台提交并由省级教育行政部门审核,加盖学校公章的PDF扫描件由省级教育行政部门汇总后以省为单位发送至邮箱:dce@moe.edu.cn。',
    note:
      '省级教育行政部门须将提纲（附件4）转发至本地区举办继续教育的普通高校并统筹指导、审核平台上的WORD版、汇总PDF扫描件后以省为单位发送。' +
      '特色案例为“鼓励”报送，一般不超过1500字（每校不超过1个，每省不少于1个）；提纲注明报告一般不超过 8000 字。',
  },
  {
    id: `${N}-8`,
    notice: N,
    item: '（六）2.',
    title: '报送本地区2022年度高等继续教育发展报告（省级报告）',
    actor: '各省(自治区、直辖市)教育行政部门',
    action:
      '编制本地区2022年度高等继续教育发展报告（一般不低于8000字）并形成本省2022年度高校非学历教育办学情况汇总表（附件5），加盖省级教育行政部门公章的报告扫描成PDF发送至 dce@moe.edu.cn，同时通过平台提交WORD版报告和省级汇总表。',
    platforms: ['jxjy'],
    channels: [
      {
        type: 'email',
        address: 'dce@moe.edu.cn',
        text: '请将加盖省级教育行政部门公章的报告扫描成PDF文件发送至dce@moe.edu.cn',
      },
      {
        type: 'platform',
        platform: 'jxjy',
        text: '并同时通过平台提交WORD版报告和省级汇总表。',
      },
    ],
    deadlines: [
      {
        kind: 'due',
        date: '2023-06-30',
        monthDay: null,
        yearInferred: false,
        text: '2023年6月30日前',
        source: { seed: '000', line: 67 },
        note: '“报送时间”一句写在（六）末尾，同时适用于高校报告和省级报告。',
      },
    ],
    contacts: [{ name: '陈冰', phones: ['010-66096459'] }],
    annexes: [{ label: '附件5', title: '普通高等学校非学历教育办学情况汇总表' }],
    steps: [
      { text: '在组织属地高校以校为单位填报基础上', source: { seed: '000', line: 63 } },
      { text: '加盖省级教育行政部门公章', source: { seed: '000', line: 63 } },
      { text: '扫描成PDF文件发送至dce@moe.edu.cn', source: { seed: '000', line: 63 } },
      { text: '同时通过平台提交WORD版报告和省级汇总表', source: { seed: '000', line: 63 } },
    ],
    source: { seed: '000', lines: [57, 59, 61, 63, 65, 67, 69] },
    quote:
      '请将加盖省级教育行政部门公章的报告扫描成PDF文件发送至dce@moe.edu.cn,并同时通过平台提交WORD版报告和省级汇总表。',
    note:
      '“通过平台”未写平台名，按同一条（六）1. 中的全国高等继续教育信息管理平台记录。附件5正文表头为“省（自治区、直辖市）普通高等学校非学历教育办学情况汇总表”。' +
      '开放大学办学体系和高等教育自学考试领域相关工作另行安排。',
  },
  {
    id: `${N}-9`,
    notice: N,
    item: '(七)',
    title: '报送职业教育助力巩固拓展脱贫攻坚成果同乡村振兴有效衔接季报',
    actor: '各省级教育行政部门（含计划单列市教育局）',
    action: '按季度将本地区职业教育助力乡村振兴相关工作进展情况的电子版材料发送至 sjc@moe.edu.cn。',
    platforms: [],
    channels: [{ type: 'email', address: 'sjc@moe.edu.cn', text: '报送方式：电子版材料发送至 sjc@moe.edu.cn' }],
    deadlines: [
      {
        kind: 'due',
        date: '2023-03-20',
        monthDay: null,
        yearInferred: false,
        text: '于2023年3月20日前',
        source: { seed: '000', line: 77 },
        label: '一季度报告',
      },
      {
        kind: 'due',
        date: '2023-06-20',
        monthDay: null,
        yearInferred: true,
        text: '6月20日前',
        source: { seed: '000', line: 77 },
        label: '二季度报告',
        note: '年份取自同句“2023年3月20日前”及通知的 2023 年上半年工作安排。',
      },
    ],
    contacts: [{ name: '齐坤', phones: ['010-66096253'] }],
    annexes: [],
    steps: [],
    source: { seed: '000', lines: [71, 73, 75, 77, 79] },
    quote: '请各省级教育行政部门（含计划单列市教育局）按季度报送本地区职业教育助力乡村振兴相关工作进展情况',
    note: '本通知只给出一、二季度的报送时间；三、四季度未写明。',
  },
  {
    id: `${N}-10`,
    notice: N,
    item: '(八)',
    title: '组织参加中等职业学校东西部合作办学对接活动',
    actor: '各地（相关省份）',
    action:
      '按要求组织教育行政部门、具有举办学历教育资质的中等职业学校、校企合作单位参加对接活动，并做好招生学校、招生计划、招生专业、学生培养等协调落实工作。',
    platforms: [],
    channels: [],
    deadlines: [
      {
        kind: 'undated',
        date: null,
        monthDay: null,
        yearInferred: false,
        text: '另行通知',
        source: { seed: '000', line: 91 },
        note: '上半年择期举办两期；具体时间、地点及组织安排由全国中等职业学校联合招生合作办学协作会另行通知。',
      },
    ],
    contacts: [{ name: '徐晔', phones: ['010-66097867'] }],
    annexes: [],
    steps: [],
    source: { seed: '000', lines: [83, 85, 87, 89, 91, 93] },
    quote: '请各地按要求组织教育行政部门、具有举办学历教育资质的中等职业学校、校企合作单位参加。',
    note: '第85行称“合作办学协会”，第91行称“合作办学协作会”，照原文。',
  },
  {
    id: `${N}-11`,
    notice: N,
    item: '（九）',
    title: '高职学校书记、校长拜访用人单位并填报走访数据',
    actor: '省级教育行政部门组织本地高职学校（含职业本科学校）',
    action:
      '2023年每所高职学校书记、校长（正职）共拜访用人单位原则上不少于100家，并自2023年2月起通过高职状态平台填报走访数据。',
    platforms: ['gaozhi-status'],
    channels: [{ type: 'platform', platform: 'gaozhi-status', text: '通过高职状态平台填报走访数据' }],
    deadlines: [
      {
        kind: 'window_start',
        date: '2023-02-01',
        monthDay: null,
        yearInferred: false,
        text: '自2023年2月起',
        source: { seed: '000', line: 99 },
        label: '开始填报走访数据',
        note: '原文只写月份“自2023年2月起”，按该月1日记录；未给截止日期，要求“及时准确”填报。',
      },
    ],
    contacts: [{ name: '王如荣', phones: ['0514-87433382'], org: '技术支持' }],
    annexes: [],
    steps: [],
    source: { seed: '000', lines: [95, 97, 99, 101] },
    quote: '请省级教育行政部门组织本地高职学校自2023年2月起通过高职状态平台填报走访数据，确保相关信息及时准确。',
    note: '拜访数量“原则上不少于100家”是2023年全年目标，原文未给完成日期；司里将定期通报。',
  },
  {
    id: `${N}-12`,
    notice: N,
    item: '（十）',
    title: '报送省职业教育质量年报工作经验案例',
    actor: '省级教育行政主管部门（以省为单位）',
    action:
      '以省为单位统一报送省年报工作经验案例（每省不超过3个），加盖省级教育行政主管部门印章，以PDF形式发送至 zongch@nies.edu.cn。',
    platforms: [],
    channels: [
      {
        type: 'email',
        address: 'zongch@nies.edu.cn',
        text: '案例报送方式：请加盖省级教育行政主管部门印章，以PDF形式发送至邮箱 zongch@nies.edu.cn。',
      },
    ],
    deadlines: [
      {
        kind: 'due',
        date: '2023-04-30',
        monthDay: null,
        yearInferred: true,
        text: '4月30日前',
        source: { seed: '000', line: 111 },
        note: '年份取自通知的 2023 年上半年工作安排。',
      },
    ],
    contacts: [{ name: '宗诚', phones: ['010-62003877'] }, LIU_RENYOU],
    annexes: [],
    steps: [
      { text: '加盖省级教育行政主管部门印章', source: { seed: '000', line: 109 } },
      { text: '以PDF形式发送至邮箱', source: { seed: '000', line: 109 } },
    ],
    source: { seed: '000', lines: [103, 105, 107, 109, 111, 113] },
    quote: '请以省为单位统一报送省年报工作经验案例，每省不超过3个。',
    note: '质量年报工作研讨会的要求、时间、地点将通过中职学校系统和高职状态平台另行通知，不是报送任务。',
  },
];
