import type { Annex } from './annexes';
import { type FileCheck, feeds } from './check';
import { writeAnnex } from './export';
import { type MergeResult, mergeInto, SOURCE_COLUMN } from './merge';

/**
 * Merges checked files into `target` and writes the result in the 汇总表's layout with a 来源文件 column: the one
 * path of the command (cli.ts) and of the workbench's 合并 button.
 */
export async function mergeChecked(
  target: Annex,
  checks: readonly FileCheck[],
): Promise<{ result: MergeResult; unreadable: { file: string; message: string }[]; blob: Blob }> {
  const unreadable = checks
    .filter((c) => c.unreadable)
    .map((c) => ({ file: c.file, message: c.problems[0]?.message ?? '' }));
  const usable = checks
    .filter((c) => !c.unreadable)
    .map((c) => ({ file: c.file, located: c.located.filter((l) => feeds(l.annex, target)) }));
  const result = mergeInto(
    target,
    usable.filter((u) => u.located.length),
  );
  for (const c of checks) {
    if (c.unreadable || c.located.some((l) => feeds(l.annex, target))) continue;
    const other = c.located[0]?.annex;
    result.skipped.push({
      file: c.file,
      reason: other
        ? `${other.profile.annex}《${other.profile.title}》不能并入${target.profile.annex}《${target.profile.title}》`
        : (c.problems[0]?.message ?? ''),
    });
  }
  const blob = await writeAnnex(target, result.values, { label: SOURCE_COLUMN, width: 28, values: result.sources });
  return { result, unreadable, blob };
}
