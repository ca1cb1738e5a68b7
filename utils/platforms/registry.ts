/**
 * Every reporting platform the seed notices name. Facts only from ../shared/seeds (line numbers kept in
 * `source`); page signals are the words a person sees on such a platform (its own name in the title or
 * header, table names like 表6.2), never ids or class names, because the platforms' markup is not public.
 */
export const PLATFORM_IDS = [
  'shuanggao',
  'gaozhi-status',
  'zhongzhi-system',
  'jxjy',
  'afse',
  'zyyxzy',
  'nzws',
  'shequ',
] as const;

export type PlatformId = (typeof PLATFORM_IDS)[number];

export interface PlatformHost {
  /** Lower-case host name without port; matched exactly or with a leading `www.`. */
  host: string;
  /** Which years or notices name this host, as the seeds say it. */
  note: string;
}

export interface Platform {
  id: PlatformId;
  /** Full name as a notice writes it. */
  name: string;
  /** Short name as the notices write it after 以下简称 (or the name itself when none is given). */
  short: string;
  /** English label for the English UI. */
  en: string;
  hosts: readonly PlatformHost[];
  /** True when the platform runs on each school's own server: only user-added hosts reach it. */
  selfHosted: boolean;
  /**
   * Texts that identify the platform on a page (title, headings). On a user-added host they confirm or pick the
   * platform; on a known host they are not needed.
   */
  signals: readonly string[];
  /** Seed file and line where the notices name it. */
  source: readonly { seed: string; line: number; text: string }[];
}

export const PLATFORMS: readonly Platform[] = [
  {
    id: 'shuanggao',
    name: '双高计划管理与智能监测平台',
    short: '双高监测平台',
    en: 'Double High-Level Plan monitoring platform',
    hosts: [
      { host: 'sg.chinaeducloud.com', note: '2023 年绩效自评（教职成司函〔2023〕2号）' },
      { host: 'sg.cutech.edu.cn', note: '2024 年绩效评价（监测平台）' },
    ],
    selfHosted: false,
    signals: ['双高计划管理与智能监测平台', '双高监测平台', '双高计划', '监测平台'],
    source: [
      {
        seed: '000',
        line: 37,
        text: '通过“双高计划管理与智能监测平台”(以下简称“双高监测平台”,网址:<https://sg.chinaeducloud.com>)',
      },
      { seed: '003', line: 1466, text: 'http://sg.cutech.edu.cn' },
    ],
  },
  {
    id: 'gaozhi-status',
    name: '全国高等职业学校人才培养工作状态数据采集与管理平台',
    short: '高职状态平台',
    en: 'Higher vocational college status data platform',
    hosts: [],
    selfHosted: true,
    signals: [
      '全国高等职业学校人才培养工作状态数据采集与管理平台',
      '全国高职院校人才培养状态数据采集与管理平台',
      '人才培养工作状态数据采集与管理平台',
      '人才培养状态数据采集与管理平台',
      '高职状态平台',
      '状态数据采集',
    ],
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
  {
    id: 'zhongzhi-system',
    name: '全国中等职业学校管理信息系统',
    short: '中职学校系统',
    en: 'National secondary vocational school MIS',
    hosts: [],
    selfHosted: true,
    signals: ['全国中等职业学校管理信息系统', '中等职业学校管理信息系统', '中职学校系统'],
    source: [
      { seed: '000', line: 45, text: '全国中等职业学校管理信息系统（以下简称中职学校系统）' },
      { seed: '001', line: 17, text: '全国中等职业学校管理信息系统（以下简称中职学校系统）' },
    ],
  },
  {
    id: 'jxjy',
    name: '全国高等继续教育信息管理平台',
    // The notices give it no short name (they write 平台), so the full name stands.
    short: '全国高等继续教育信息管理平台',
    en: 'National higher continuing education information platform',
    hosts: [{ host: 'jxjy.moe.edu.cn', note: '高等继续教育发展报告、专业设置' }],
    selfHosted: false,
    signals: ['全国高等继续教育信息管理平台', '高等继续教育'],
    source: [{ seed: '000', line: 61, text: '网址:<http://jxjy.moe.edu.cn/>' }],
  },
  {
    id: 'afse',
    name: '现代职业教育体系改革管理公共服务平台',
    short: '管理平台',
    en: 'Modern vocational education system reform platform',
    hosts: [{ host: 'zj.chinaafse.cn', note: '重点任务、绩效数据' }],
    selfHosted: false,
    signals: ['现代职业教育体系改革管理公共服务平台', '现代职业教育体系建设改革'],
    source: [{ seed: '003', line: 521, text: '网址：<http://zj.chinaafse.cn/>' }],
  },
  {
    id: 'zyyxzy',
    name: '全国职业院校专业设置与公共信息服务平台',
    // No short name in the notices.
    short: '全国职业院校专业设置与公共信息服务平台',
    en: 'Vocational college programme registry platform',
    hosts: [
      { host: 'zyyxzy.moe.edu.cn', note: '教学基本文件自查' },
      { host: 'zyyxzy.cn', note: '旧网址 www.zyyxzy.cn（见 design.md）' },
    ],
    selfHosted: false,
    signals: ['全国职业院校专业设置与公共信息服务平台', '专业设置与公共信息服务平台'],
    source: [{ seed: '003', line: 840, text: 'https://zyyxzy.moe.edu.cn' }],
  },
  {
    id: 'nzws',
    name: '能者为师',
    short: '能者为师',
    en: 'Nengzhe Weishi',
    hosts: [{ host: 'nzws.drce.com.cn', note: '社区教育队伍' }],
    selfHosted: false,
    signals: ['能者为师'],
    source: [{ seed: '001', line: 87, text: '网址：<http://nzws.drce.com.cn>' }],
  },
  {
    id: 'shequ',
    name: '中国社区教育网',
    short: '中国社区教育网',
    en: 'China Community Education Network',
    hosts: [{ host: 'shequ.edu.cn', note: '社区教育实践创新项目' }],
    selfHosted: false,
    signals: ['中国社区教育网', '社区教育'],
    source: [{ seed: '001', line: 97, text: '网址：www.shequ.edu.cn' }],
  },
];

export function platformById(id: PlatformId): Platform {
  const p = PLATFORMS.find((x) => x.id === id);
  if (!p) throw new Error(`unknown platform ${id}`);
  return p;
}
