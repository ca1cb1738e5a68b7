import type { PlatformId } from './registry';

/** Where the seed notices name each platform and host: seed file, 1-based line, and the phrase as printed. */
export const PLATFORM_SOURCES: Record<
  PlatformId,
  { hosts: Record<string, string>; source: { seed: string; line: number; text: string }[] }
> = {
  shuanggao: {
    hosts: {
      'sg.chinaeducloud.com': '2023 年绩效自评（教职成司函〔2023〕2号）',
      'sg.cutech.edu.cn': '2024 年绩效评价（监测平台）',
    },
    source: [
      {
        seed: '000',
        line: 37,
        text: '通过“双高计划管理与智能监测平台”(以下简称“双高监测平台”,网址:<https://sg.chinaeducloud.com>)',
      },
      { seed: '003', line: 1466, text: 'http://sg.cutech.edu.cn' },
    ],
  },
  'gaozhi-status': {
    hosts: {},
    source: [
      {
        seed: '001',
        line: 17,
        text: '全国高等职业学校人才培养工作状态数据采集与管理平台（以下简称高职状态平台）',
      },
      {
        seed: '000',
        line: 45,
        text: '全国高职院校人才培养状态数据采集与管理平台（以下简称高职状态平台）',
      },
    ],
  },
  'zhongzhi-system': {
    hosts: {},
    source: [
      { seed: '000', line: 45, text: '全国中等职业学校管理信息系统（以下简称中职学校系统）' },
      { seed: '001', line: 17, text: '全国中等职业学校管理信息系统（以下简称中职学校系统）' },
    ],
  },
  jxjy: {
    hosts: { 'jxjy.moe.edu.cn': '高等继续教育发展报告、专业设置' },
    source: [{ seed: '000', line: 61, text: '网址:<http://jxjy.moe.edu.cn/>' }],
  },
  afse: {
    hosts: { 'zj.chinaafse.cn': '重点任务、绩效数据' },
    source: [{ seed: '003', line: 521, text: '网址：<http://zj.chinaafse.cn/>' }],
  },
  zyyxzy: {
    hosts: { 'zyyxzy.moe.edu.cn': '教学基本文件自查', 'zyyxzy.cn': '旧网址 www.zyyxzy.cn（见 design.md）' },
    source: [{ seed: '003', line: 840, text: 'https://zyyxzy.moe.edu.cn' }],
  },
  nzws: {
    hosts: { 'nzws.drce.com.cn': '社区教育队伍' },
    source: [{ seed: '001', line: 87, text: '网址：<http://nzws.drce.com.cn>' }],
  },
  shequ: {
    hosts: { 'shequ.edu.cn': '社区教育实践创新项目' },
    source: [{ seed: '001', line: 97, text: '网址：www.shequ.edu.cn' }],
  },
};
