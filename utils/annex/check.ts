import type { Annex } from './annexes';
import { annexOfGrid, type Located, labelsIn, locate } from './find';
import type { Grid } from './grid';
import { AnnexFileError, type InputFile, readGrids } from './read-file';
import { type AnnexProblem, validateLocated } from './validate';

export type { AnnexProblem };
/** Problems of located values (validate.ts), re-exported for the command and the tests. */
export { validateLocated };

export interface FileCheck {
  file: string;
  /** The annex id the file is, or null. */
  annex: string | null;
  problems: AnnexProblem[];
  /** The sheets read as the annex (none when the file matched none or could not be read). */
  located: Located[];
  /** The file could not be read at all (refused format, damaged). */
  unreadable: boolean;
}

/** Whether a file of annex `a` goes into `target` (the 汇总表 itself, or a one-record annex it sums up). */
export function feeds(a: Annex, target: Annex): boolean {
  return a.id === target.id || a.layout.summary?.into === target.id;
}

/** Reads, matches and checks one file; `only` keeps the sheets that go into that annex (merge --into). */
export async function checkFile(file: InputFile, only?: Annex): Promise<FileCheck> {
  let grids: Grid[];
  try {
    grids = await readGrids(file);
  } catch (e) {
    const message = e instanceof AnnexFileError ? e.message : `无法读取：${e instanceof Error ? e.message : String(e)}`;
    return {
      file: file.name,
      annex: null,
      problems: [{ sheet: '', cell: '', field: '', message, severity: 'error' }],
      located: [],
      unreadable: true,
    };
  }
  const located: Located[] = [];
  for (const g of grids) {
    const annex = annexOfGrid(g);
    if (annex && (!only || feeds(annex, only))) located.push(locate(annex, g));
  }
  if (!located.length) {
    const labels = [...new Set(grids.flatMap((g) => labelsIn(g)))].slice(0, 30);
    const other = only ? grids.map(annexOfGrid).find(Boolean) : null;
    const message = other
      ? `这是${other.profile.annex}《${other.profile.title}》，不能并入${only?.profile.annex}《${only?.profile.title}》。`
      : `没有认出是哪个附件。表中找到的标签：${labels.length ? labels.join('、') : '（无）'}。请使用通知所附的表格样式。`;
    return {
      file: file.name,
      annex: other?.id ?? null,
      problems: [{ sheet: grids[0]?.sheet ?? '', cell: '', field: '', message, severity: 'error' }],
      located,
      unreadable: false,
    };
  }
  return {
    file: file.name,
    annex: located[0]?.annex.id ?? null,
    problems: located.flatMap(validateLocated),
    located,
    unreadable: false,
  };
}
