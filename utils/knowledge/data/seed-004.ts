import type { NoticeInput, RequirementInput } from '../schema';

export const notices: NoticeInput[] = [
  {
    id: 's004-jzcsh-2021-7',
    docNumber: '教职成司函〔2021〕7号',
    title: '关于印发《职业教育与继续教育2021年工作要点》的通知',
    date: null,
    dateText: null,
    issuer: '教育部职业教育与成人教育司',
    seed: '004',
    lines: [3, 192],
    kind: 'work-plan',
    note:
      '印发通知只说“经部领导同意……供工作中参考”（第12—13行），所附《职业教育与继续教育 2021 年工作要点》（第19—192行）23 项' +
      '只列目标任务和工作措施，都是司里全年工作方向（研制、推进、指导、开展、办好……），没有写给省级教育行政部门或学校的填报、报送任务，' +
      '也没有任何日期、平台、邮箱或联系人，故不生成任务；其中提到的工作（如“双高计划”中期绩效管理和评价、全国高校继续教育发展年度报告、' +
      '2021年全民终身学习活动周）的具体要求由另行发文部署。原文未印签发日期。',
  },
];

export const requirements: RequirementInput[] = [];
