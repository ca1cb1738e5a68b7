import { severityOf } from './severity';
import type { FieldRule, Severity } from './types';

export interface GenericRule {
  rule: FieldRule;
  /** Why this rule applies: the label meaning it was read from (shown with the problem). */
  because: string;
  /** A limit the label softens (特色案例（一般不超过1500字）) is a warning; a format is an error. */
  severity: Severity;
}

const WORD_LIMIT = /(?:限|不超过|不多于|以内.*?|)(\d{2,5})\s*字(?:以内|之内)?/;

/** What in the context around a label can change its rules: a word limit needs 字, an amount one of these words. */
const CONTEXT_MATTERS = /字|万元|金额|经费|\(元\)/;

/**
 * Whether the context around a label (a row's label, the column headers above it: `parts`, read joined by spaces)
 * cannot change its generic rules: `genericRules(label, parts.join(' '))` is then `genericRules(label)`. The context
 * only enters through a word limit (which needs a 字 in the text) and the amount words, none of which spans a space:
 * a table row of 第12单位 gets the rules of its column's label, read once per column instead of once per row.
 */
export function contextFree(label: string, parts: readonly string[]): boolean {
  if (label.includes('字')) return false;
  for (const p of parts) if (CONTEXT_MATTERS.test(p)) return false;
  return true;
}

/**
 * Rules a field gets from what its label means, when it belongs to no annex profile: 电话, 手机, 邮箱, 人数/…数,
 * 金额/万元, 日期, 网址, 字数. `context` is the rest of what is read around it (the row's label in a table).
 */
export function genericRules(label: string, context = ''): GenericRule[] {
  const text = `${context} ${label}`;
  const out: GenericRule[] = [];
  const limit = WORD_LIMIT.exec(text);
  if (limit && /字(以内|之内)|限\d+字|不超过\d+字/.test(text.replace(/\s+/g, ''))) {
    out.push({
      rule: { kind: 'maxChars', max: Number(limit[1]) },
      because: `字数限制（${limit[0]}）`,
      // The label's own words decide: 限500字 is a limit, 一般不超过1500字 a principle.
      severity: severityOf(text),
    });
  }
  if (/邮箱|e-?mail|电子邮件/i.test(label))
    return [...out, { rule: { kind: 'email' }, because: '邮箱', severity: 'error' }];
  if (/手机/.test(label) && !/座机|电话/.test(label))
    return [...out, { rule: { kind: 'phone', accept: 'mobile' }, because: '手机', severity: 'error' }];
  if (/电话|联系方式|座机/.test(label))
    return [...out, { rule: { kind: 'phone', accept: 'any' }, because: '电话', severity: 'error' }];
  if (/网址|网站|url/i.test(label)) return [...out, { rule: { kind: 'url' }, because: '网址', severity: 'error' }];
  if (/出生年月/.test(label))
    return [...out, { rule: { kind: 'date', precision: 'month' }, because: '出生年月', severity: 'error' }];
  if (/日期$|(开始|结束|截止|填报|完成)时间$/.test(label)) {
    return [...out, { rule: { kind: 'date', precision: 'day' }, because: '日期', severity: 'error' }];
  }
  if (/万元|金额|经费|\(元\)/.test(text) && !/率|比例|%/.test(label)) {
    return [...out, { rule: { kind: 'decimal', min: 0 }, because: '金额', severity: 'error' }];
  }
  if (
    /(人数|人次|数量|个数|校数|学校数|次数)|数$|\((人|个|所|家|次|人次|门|项|名)\)$/.test(label) &&
    !/分数|系数|指数|倍数/.test(label)
  ) {
    return [...out, { rule: { kind: 'integer', min: 0 }, because: '人数/数量', severity: 'error' }];
  }
  return out;
}
