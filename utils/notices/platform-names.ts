/**
 * Which phrases ending in 平台/系统/网 name a platform the registry does not know. The parser finds every such
 * phrase in a sentence, and most are not names: "搭建产教融合平台" is a plan, "上传至监测平台" a clause,
 * "国家或省级职业教育智慧教育平台" a category, "信息平台" a common noun. The review lists as new platforms only
 * what reads as a proper name; a user who knows of another one still chooses its platform by hand.
 *
 * Each pattern is bounded (the text comes from any file): see tests/unit/notice-regex-fuzz.test.ts.
 */
export const PLATFORM_NAME_PATTERNS = {
  /** Where the proper names of national platforms start (全国职业院校…, 国家智慧教育…, 教育部…). */
  properStart: /中国|全国|国家|全民|教育部/g,
  ending: /(?:平台|系统|网)$/,
  /**
   * An enumeration, an alternative or a description: not one name ("…工作室等平台", "开放的…平台"). 等 in
   * 中等/高等/同等 is part of a word, not "and so on".
   */
  notName: /[的或各]|(?<![中高初同平对均])等|以及|相关|有关|网站/,
  /** A clause begins with a verb, a preposition or a determiner; a name does not. */
  lead: /^(?:通过|登录|在|于|经|由|利用|依托|将|向|至|为|以|对|把|从|按|该|本|此|每|我|其|这|那|可|并|及|和|与|如|建|搭|打造|构建|推|加|完善|探索|鼓励|积极|集中|发挥|运用|择优|上传|提交|报送|接入|做|开展|实现|举办|培育|支持|求|传|着力|需要|都|概括|指导)/,
  /** A verb inside makes it a clause ("格式文件上传到系统", "教育部副部长…主持…平台"). */
  verb: /上传|提交|登录|接入|举办|搭建|建立|打造|构建|推动|推进|加快|加强|发挥|利用|运用|提供|视为|坚持|进行|主持|纳入|实现|探索|鼓励|简称|做好|通过|撬动/,
  /** What a reporting system says it does: a name that starts with no proper name must say one of these. */
  operational: /填报|管理|信息|备案|监测|采集|申报|报送|招生|登记|统计/,
  /** Words every platform's name has: what is left without them must still say what the platform is about. */
  generic: /平台|系统|网|信息|管理|服务|公共|数据|填报|采集|综合|中国|全国|国家|全民|教育部|[与和及]/g,
} as const;
const N = PLATFORM_NAME_PATTERNS;

const MIN_CHARS = 4;
const MAX_CHARS = 30;

/** A candidate cut from the phrase reads as a name (`proper`: it starts with a proper name). */
function readsAsName(name: string, proper: boolean): boolean {
  if (name.length < MIN_CHARS || name.length > MAX_CHARS || !N.ending.test(name)) return false;
  if (N.notName.test(name) || N.verb.test(name)) return false;
  if (!proper && (N.lead.test(name) || !N.operational.test(name))) return false;
  // "国家平台", "信息管理系统", "管理与服务平台": nothing left that says which platform.
  return name.replace(N.generic, '').length >= 2;
}

/**
 * The platform name in a phrase the parser found (`…于2027年1月15日前登录全国职业院校…系统`), or null when the
 * phrase names none. The name may start inside the phrase, where a proper name starts ("将分期举办全国中等职业学校
 * 学生管理信息系统" names 全国中等职业学校学生管理信息系统); otherwise the whole phrase must read as a name.
 */
export function platformNameIn(phrase: string): string | null {
  const starts = [...phrase.matchAll(N.properStart)].map((m) => m.index);
  for (const at of starts) {
    const name = phrase.slice(at);
    if (readsAsName(name, true)) return name;
  }
  if (starts[0] === 0) return null;
  return readsAsName(phrase, false) ? phrase : null;
}
