import type { core } from 'zod/mini';
import '@/utils/zod-messages';
import type { PackError } from './schema';

/** `notices[0].requirements[2].date`: where a problem is, as a person reading the JSON would look for it. */
export function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
    .join('')
    .trim();
}

const TYPE_ZH: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: '是/否（true/false）',
  array: '列表',
  object: '对象',
  null: 'null',
  undefined: '（缺少）',
  int: '整数',
};
const TYPE_EN: Record<string, string> = { int: 'a whole number' };

/** What the schema's custom checks say (PackSchema.superRefine, PackSiteSchema), in both languages. */
const CUSTOM: Record<string, [string, string]> = {
  'duplicate-id': ['编号重复', 'duplicate id'],
  'duplicate-host': ['站点重复', 'duplicate host'],
  'known-host': ['是已知平台的网址，不能改派给其他平台', "is a known platform's host and cannot be re-assigned"],
  host: [
    '不是有效的站点地址（应为小写的 主机名[:端口]，如 zt.example.edu.cn 或 10.1.2.3:8080）',
    'not a valid host (lower-case host[:port], e.g. zt.example.edu.cn or 10.1.2.3:8080)',
  ],
  'YYYY-MM-DD': ['应为 YYYY-MM-DD 格式的日期', 'expected a YYYY-MM-DD date'],
  'MM-DD': ['应为 MM-DD 格式的月日', 'expected an MM-DD month-day'],
  'a-z, 0-9, -': ['只能含小写字母、数字和连字符', 'only lower-case letters, digits and hyphens'],
};

/** One zod issue as the user reads it: the field's path, then what is wrong, in Chinese and in English. */
export function packIssueMessage(issue: core.$ZodIssue): PackError {
  const path = pathText(issue.path);
  const [zh, en] = wording(issue);
  return { path, zh: path ? `${path}：${zh}` : zh, en: path ? `${path}: ${en}` : en };
}

function wording(issue: core.$ZodIssue): [string, string] {
  const custom = CUSTOM[issue.message];
  if (custom) return custom;
  switch (issue.code) {
    case 'invalid_type': {
      // The parse reports each issue's input (parsePack): none means the field is not there.
      if (issue.input === undefined) return ['缺少此项', 'missing'];
      return [
        `应为${TYPE_ZH[issue.expected] ?? issue.expected}`,
        `expected ${TYPE_EN[issue.expected] ?? issue.expected}`,
      ];
    }
    case 'too_small':
      return issue.origin === 'array'
        ? [`至少应有 ${issue.minimum} 项`, `needs at least ${issue.minimum} item(s)`]
        : issue.origin === 'string'
          ? [`不能为空（至少 ${issue.minimum} 个字）`, `too short (at least ${issue.minimum} characters)`]
          : [`不能小于 ${issue.minimum}`, `must be at least ${issue.minimum}`];
    case 'too_big':
      return [`不能大于 ${issue.maximum}`, `must be at most ${issue.maximum}`];
    case 'invalid_value':
      return [
        `应为以下之一：${issue.values.map((v) => JSON.stringify(v)).join('、')}`,
        `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      ];
    case 'invalid_format':
      return issue.format === 'email'
        ? ['不是有效的电子邮箱地址', 'not a valid e-mail address']
        : issue.format === 'url'
          ? ['不是有效的 http(s) 网址', 'not a valid http(s) URL']
          : [`格式不对（${issue.format}）`, `wrong format (${issue.format})`];
    case 'invalid_union':
      return ['不符合任何一种允许的写法', 'matches none of the allowed shapes'];
    case 'unrecognized_keys':
      return [`有未知的项：${issue.keys.join('、')}`, `unknown keys: ${issue.keys.join(', ')}`];
    default:
      return [`不符合要求：${issue.message}`, issue.message];
  }
}
