import { annexById, annexList } from './annexes';
import { checkFile } from './check';
import { writeAnnex } from './export';
import { loaders } from './libs';
import { mergeInto, SOURCE_COLUMN } from './merge';
import type { InputFile } from './read-file';

/**
 * `npm run --silent annex -- …` (scripts/annex.mjs reads the files and writes the output; this module does the
 * work, the same code the workbench runs). The command hands in the Excel libraries it imported itself (`loaders`,
 * see libs.ts); the fixtures' script (tests/fixtures/annex/make.mjs) writes with `writeAnnex`.
 */
export { annexById, annexList as list, loaders, writeAnnex };

export async function check(files: readonly InputFile[]) {
  const out = [];
  for (const f of files) {
    const r = await checkFile(f);
    out.push({ file: r.file, annex: r.annex, problems: r.problems });
  }
  return { files: out };
}

export async function merge(into: string, files: readonly InputFile[]) {
  const target = annexById(into);
  if (!target?.layout.table) {
    throw new Error(
      `没有这个汇总表：${into}（可用：${annexList()
        .filter((a) => annexById(a.id)?.layout.table)
        .map((a) => a.id)
        .join('、')}）`,
    );
  }
  const checks = [];
  for (const f of files) checks.push(await checkFile(f, target));
  const unreadable = checks
    .filter((c) => c.unreadable)
    .map((c) => ({ file: c.file, message: c.problems[0]?.message ?? '' }));
  const unmatched = checks
    .filter((c) => !c.unreadable && !c.located.length)
    .map((c) => ({ file: c.file, reason: c.problems[0]?.message ?? '' }));
  const result = mergeInto(
    target,
    checks.filter((c) => c.located.length).map((c) => ({ file: c.file, located: c.located })),
  );
  const blob = await writeAnnex(target, result.values, { label: SOURCE_COLUMN, width: 28, values: result.sources });
  return {
    report: {
      into: result.into,
      rows: result.values.rows.length,
      merged: result.merged,
      conflicts: result.conflicts,
      duplicates: result.duplicates,
      skipped: [...result.skipped, ...unmatched],
      unreadable,
    },
    bytes: new Uint8Array(await blob.arrayBuffer()),
  };
}
