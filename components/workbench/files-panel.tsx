import { useState } from 'preact/hooks';
import { downloadBlob } from '@/components/ui/download';
import { ANNEXES, annexById } from '@/utils/annex/annexes';
import type { FileCheck } from '@/utils/annex/check';
import { exportFileName } from '@/utils/annex/export';
import type { MergeResult } from '@/utils/annex/merge';
import { t } from '@/utils/i18n';
import { severityLine } from '../ui/severity';

const ACCEPT = '.xlsx,.csv,.xls,.et,.xlsm';

/**
 * Check files: the .xlsx or .csv files schools sent, each matched to its annex by its labels and checked with the
 * annex's rules; problems listed by sheet, cell, field and message. Merge: the checked files into a 汇总表 (the
 * one-record files into their annex's 汇总表, or several 汇总表 into one), downloaded in its layout with a 来源文件
 * column; what merged, conflicted or repeated is listed. Nothing here changes a file or a draft.
 */
export function FilesPanel({ preferred }: { preferred: string }) {
  const [checks, setChecks] = useState<FileCheck[]>([]);
  const [busy, setBusy] = useState(false);
  const tables = ANNEXES.filter((a) => a.layout.table);
  const start = annexById(preferred);
  const [into, setInto] = useState(
    start?.layout.table ? start.id : (start?.layout.summary?.into ?? tables[0]?.id ?? ''),
  );
  const [report, setReport] = useState<{ result: MergeResult; unreadable: { file: string; message: string }[] } | null>(
    null,
  );
  const [error, setError] = useState('');
  const [exported, setExported] = useState('');

  const open = async (list: FileList | null) => {
    if (!list?.length) return;
    setBusy(true);
    setReport(null);
    const out: FileCheck[] = [];
    // The reader (and the .docx reader's unzip it shares with the dashboard) loads only when files are opened.
    const { checkFile } = await import('@/utils/annex/check');
    for (const f of Array.from(list)) {
      try {
        out.push(await checkFile({ name: f.name, bytes: await f.arrayBuffer() }));
      } catch (e) {
        out.push({
          file: f.name,
          annex: null,
          problems: [
            { sheet: '', cell: '', field: '', message: e instanceof Error ? e.message : String(e), severity: 'error' },
          ],
          located: [],
          unreadable: true,
        });
      }
    }
    setChecks(out);
    setBusy(false);
  };

  const merge = async () => {
    const target = annexById(into);
    if (!target) return;
    setError('');
    try {
      const { mergeChecked } = await import('@/utils/annex/batch');
      const { result, unreadable, blob } = await mergeChecked(target, checks);
      setReport({ result, unreadable });
      const name = exportFileName(target, result.values);
      downloadBlob(name, blob);
      setExported(name);
    } catch (e) {
      setError(t('wbExportFailed', e instanceof Error ? e.message : String(e)));
    }
  };

  return (
    <div class="wb-files">
      <p>
        <label for="wb-files">{t('wbFilesPick')}</label>{' '}
        <input
          id="wb-files"
          data-testid="wb-files"
          type="file"
          multiple
          accept={ACCEPT}
          onChange={(e) => void open((e.currentTarget as HTMLInputElement).files)}
        />
      </p>
      <p class="wb-muted">{t('wbFilesNote')}</p>
      {busy && <p role="status">{t('wbFilesReading')}</p>}
      {checks.map((c) => {
        const annex = c.annex ? annexById(c.annex) : undefined;
        return (
          <section key={c.file} class="wb-file" data-testid="wb-file" data-file={c.file} aria-label={c.file}>
            <h3>
              {c.file}
              <span class="wb-muted" data-testid="wb-file-annex">
                {annex ? ` · ${annex.profile.annex}《${annex.profile.title}》` : ` · ${t('wbFileNoAnnex')}`}
              </span>
            </h3>
            {c.problems.length === 0 ? (
              <p class="wb-ok" data-testid="wb-file-ok">
                {t('wbNoProblems')}
              </p>
            ) : (
              <table class="wb-grid wb-problems-table" data-testid="wb-file-problems">
                <thead>
                  <tr>
                    <th scope="col">{t('wbColSheet')}</th>
                    <th scope="col">{t('wbColCell')}</th>
                    <th scope="col">{t('wbColField')}</th>
                    <th scope="col">{t('wbColMessage')}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.problems.map((p) => (
                    <tr key={`${p.sheet}-${p.cell}-${p.message}`} data-severity={p.severity}>
                      <td>{p.sheet}</td>
                      <td>{p.cell}</td>
                      <td>{p.field}</td>
                      <td>{severityLine([p])}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
      {checks.length > 0 && (
        <div class="wb-merge">
          <h3>{t('wbMergeHeading')}</h3>
          <p>
            <label for="wb-merge-into">{t('wbMergeInto')}</label>{' '}
            <select
              id="wb-merge-into"
              data-testid="wb-merge-into"
              value={into}
              onChange={(e) => setInto((e.currentTarget as HTMLSelectElement).value)}
            >
              {tables.map((a) => (
                <option key={a.id} value={a.id}>
                  {`${a.profile.annex} ${a.profile.title}（${a.profile.notice}）`}
                </option>
              ))}
            </select>{' '}
            <button type="button" data-testid="wb-merge" onClick={() => void merge()}>
              {t('wbMerge')}
            </button>
          </p>
          {exported && (
            <p role="status" data-testid="wb-exported">
              {t('wbExported', exported)}
            </p>
          )}
          {error && (
            <p role="alert" class="wb-error">
              {error}
            </p>
          )}
          {report && <MergeReport {...report} />}
        </div>
      )}
    </div>
  );
}

function MergeReport({ result, unreadable }: { result: MergeResult; unreadable: { file: string; message: string }[] }) {
  return (
    <div data-testid="wb-merge-report" role="status">
      <p>{t('wbMerged', [String(result.values.rows.length), String(result.merged.length)])}</p>
      <ul>
        {result.merged.map((m) => (
          <li key={m.file}>{t('wbMergedFile', [m.file, String(m.rows)])}</li>
        ))}
      </ul>
      {result.conflicts.length > 0 && (
        <>
          <h4>{t('wbConflicts')}</h4>
          <ul data-testid="wb-merge-conflicts">
            {result.conflicts.map((c) => (
              <li key={c.field}>
                {c.field}：{c.values.map((v) => `${v.value}（${v.file}）`).join('；')}
              </li>
            ))}
          </ul>
        </>
      )}
      {result.duplicates.length > 0 && (
        <>
          <h4>{t('wbDuplicates')}</h4>
          <ul data-testid="wb-merge-duplicates">
            {result.duplicates.map((d) => (
              <li key={d.record}>
                {d.record}：{d.rows.map((r) => r.file).join('、')}
              </li>
            ))}
          </ul>
        </>
      )}
      {[...result.skipped, ...unreadable.map((u) => ({ file: u.file, reason: u.message }))].length > 0 && (
        <>
          <h4>{t('wbSkipped')}</h4>
          <ul data-testid="wb-merge-skipped">
            {[...result.skipped, ...unreadable.map((u) => ({ file: u.file, reason: u.message }))].map((s) => (
              <li key={s.file}>
                {s.file}：{s.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
