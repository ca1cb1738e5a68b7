/**
 * Start and end of one period, said by the label: 项目周期(开始)/(结束), 项目周期（起）/（止）, 开始时间/结束时间,
 * 起止时间 split by a range picker, and the annexes' bare 至. Labels arrive normalised (half-width brackets, no
 * spaces).
 */
export type PairRole = 'start' | 'end';

const START = /^(.*?)\(?(开始|起始|起)\)?(时间|日期)?$/;
const END = /^(.*?)\(?(结束|截止|终止|止)\)?(时间|日期)?$/;

export function pairRole(label: string): { base: string; role: PairRole } | null {
  if (label === '至') return { base: '', role: 'end' };
  // 起止时间 itself names both ends (a range picker's label), not one of them.
  if (/起止|起讫/.test(label) && !/\((开始|结束|起|止)\)$/.test(label)) return null;
  const end = END.exec(label);
  if (end) return { base: end[1] ?? '', role: 'end' };
  const start = START.exec(label);
  return start ? { base: start[1] ?? '', role: 'start' } : null;
}

/**
 * The spellings a form is likely to print for the same end of the same period, most specific first: what
 * `项目周期(结束)` is looked up as in an annex that prints `项目周期结束时间` or `结束时间`.
 */
export function pairSpellings(label: string): string[] {
  const p = pairRole(label);
  if (!p) return [];
  const word = p.role === 'start' ? '开始' : '结束';
  const base = p.base.replace(/起止(时间|日期)?$|起讫(时间|日期)?$/, '');
  const out = [`${base}${word}时间`, `${base}${word}日期`, `${base}${word}`];
  if (base) out.push(`${word}时间`, `${word}日期`);
  return out.filter((s) => s !== label);
}
