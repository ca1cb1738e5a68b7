import type { NoticeInput, RequirementInput } from '../schema';

export const notices: NoticeInput[] = [
  {
    id: 's002-jzcsh-2022-1',
    docNumber: '教职成司函〔2022〕1号',
    title: '关于印发《职业教育与继续教育2022年工作要点》的通知',
    date: null,
    dateText: null,
    issuer: '教育部职业教育与成人教育司',
    seed: '002',
    lines: [3, 53],
    kind: 'work-plan',
    note:
      '印发通知只说“供工作中参考”（第11行），所附《职业教育与继续教育 2022 年工作要点》（第17—53行）13 条都是司里全年工作方向' +
      '（研制、推动、开展、办好……），没有写给省级教育行政部门或学校的填报、报送任务，也没有任何日期、平台、邮箱或联系人，故不生成任务；' +
      '其中提到的工作（如开展职业院校学生思想状况调查、“双高计划”中期绩效评价、社区教育实践创新项目、2022 年全民终身学习活动周）' +
      '的具体报送要求见后来的通知（如教职成司函〔2022〕8号）。原文未印签发日期。',
  },
];

export const requirements: RequirementInput[] = [];
