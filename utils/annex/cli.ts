import { annexById, annexList } from './annexes';
import { mergeChecked } from './batch';
import { checkFile } from './check';
import { writeAnnex } from './export';
import { loaders } from './libs';
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
    const tables = annexList().filter((a) => annexById(a.id)?.layout.table);
    throw new Error(`没有这个汇总表：${into}（可用：${tables.map((a) => a.id).join('、')}）`);
  }
  const checks = [];
  for (const f of files) checks.push(await checkFile(f, target));
  const { result, unreadable, blob } = await mergeChecked(target, checks);
  return {
    report: {
      into: result.into,
      rows: result.values.rows.length,
      merged: result.merged,
      conflicts: result.conflicts,
      duplicates: result.duplicates,
      skipped: result.skipped,
      unreadable,
    },
    bytes: new Uint8Array(await blob.arrayBuffer()),
  };
}
