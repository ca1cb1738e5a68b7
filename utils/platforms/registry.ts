/**
 * Every reporting platform the seed notices name. Facts only from data/sources (the seed texts): where each name and host comes
 * from is in ./registry-sources.ts (kept apart so the content script does not carry it). Page signals are the words a person sees on such a platform (its own name in the title or
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

export interface Platform {
  id: PlatformId;
  /** Full name as a notice writes it. */
  name: string;
  /** Short name as the notices write it after 以下简称 (or the name itself when none is given). */
  short: string;
  /** Lower-case host names without port; each matched exactly or with a leading `www.`. */
  hosts: readonly string[];
  /** True when the platform runs on each school's own server: only user-added hosts reach it. */
  selfHosted: boolean;
  /**
   * Texts that identify the platform on a page (title, headings). On a user-added host they confirm or pick the
   * platform; on a known host they are not needed.
   */
  signals: readonly string[];
}

export const PLATFORMS: readonly Platform[] = [
  {
    id: 'shuanggao',
    name: '双高计划管理与智能监测平台',
    short: '双高监测平台',
    hosts: ['sg.chinaeducloud.com', 'sg.cutech.edu.cn'],
    selfHosted: false,
    signals: ['双高计划管理与智能监测平台', '双高监测平台', '双高计划', '监测平台'],
  },
  {
    id: 'gaozhi-status',
    name: '全国高等职业学校人才培养工作状态数据采集与管理平台',
    short: '高职状态平台',
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
  },
  {
    id: 'zhongzhi-system',
    name: '全国中等职业学校管理信息系统',
    short: '中职学校系统',
    hosts: [],
    selfHosted: true,
    signals: ['全国中等职业学校管理信息系统', '中等职业学校管理信息系统', '中职学校系统'],
  },
  {
    id: 'jxjy',
    name: '全国高等继续教育信息管理平台',
    // The notices give it no short name (they write 平台), so the full name stands.
    short: '全国高等继续教育信息管理平台',
    hosts: ['jxjy.moe.edu.cn'],
    selfHosted: false,
    signals: ['全国高等继续教育信息管理平台', '高等继续教育'],
  },
  {
    id: 'afse',
    name: '现代职业教育体系改革管理公共服务平台',
    short: '管理平台',
    hosts: ['zj.chinaafse.cn'],
    selfHosted: false,
    signals: ['现代职业教育体系改革管理公共服务平台', '现代职业教育体系建设改革'],
  },
  {
    id: 'zyyxzy',
    name: '全国职业院校专业设置与公共信息服务平台',
    // No short name in the notices.
    short: '全国职业院校专业设置与公共信息服务平台',
    hosts: ['zyyxzy.moe.edu.cn', 'zyyxzy.cn'],
    selfHosted: false,
    signals: ['全国职业院校专业设置与公共信息服务平台', '专业设置与公共信息服务平台'],
  },
  {
    id: 'nzws',
    name: '能者为师',
    short: '能者为师',
    hosts: ['nzws.drce.com.cn'],
    selfHosted: false,
    signals: ['能者为师'],
  },
  {
    id: 'shequ',
    name: '中国社区教育网',
    short: '中国社区教育网',
    hosts: ['shequ.edu.cn'],
    selfHosted: false,
    signals: ['中国社区教育网', '社区教育'],
  },
];

export function platformById(id: PlatformId): Platform {
  const p = PLATFORMS.find((x) => x.id === id);
  if (!p) throw new Error(`unknown platform ${id}`);
  return p;
}
