import { useMemo, useState } from 'preact/hooks';
import { downloadBlob } from '@/components/ui/download';
import { tn } from '@/components/ui/plural';
import { type Annex, annexById } from '@/utils/annex/annexes';
import { exportFileName, writeAnnex } from '@/utils/annex/export';
import { locatedOf, mergeInto } from '@/utils/annex/merge';
import { problemsOfValues } from '@/utils/annex/validate';
import { t } from '@/utils/i18n';
import { FormRows } from './form-rows';
import { TableGrid } from './table-grid';
import { type SaveStatus, useAutosave } from './use-autosave';

function statusText(s: SaveStatus): string {
  if (s.kind === 'loading') return t('wbLoading');
  if (s.kind === 'saving') return t('wbSaving');
  if (s.kind === 'error') return s.message;
  return s.at ? t('wbSavedAt', new Date(s.at).toLocaleTimeString()) : t('wbNothingYet');
}

/**
 * Fill: a one-record annex (推荐表, 申报表) as its printed form, one record after another (a 推荐表 per expert); a
 * table annex (汇总表, 信息表) as the lines around it and an editable grid. Everything typed is autosaved as a draft.
 * Export writes the annex's own layout; a one-record annex also exports its records as its 汇总表.
 */
export function FillPanel({ annex }: { annex: Annex }) {
  const { state, update, status, flush } = useAutosave(annex);
  const [current, setCurrent] = useState(0);
  const [exportError, setExportError] = useState('');
  const [exported, setExported] = useState('');
  const record = state?.records[Math.min(current, (state?.records.length ?? 1) - 1)] ?? {};
  const index = Math.min(current, (state?.records.length ?? 1) - 1);
  const table = Boolean(annex.layout.table);
  const values = useMemo(() => ({ form: record, rows: state?.rows ?? [] }), [record, state?.rows]);
  const problems = useMemo(() => problemsOfValues(annex, values), [annex, values]);
  const count = [...problems.values()].reduce((n, list) => n + list.length, 0);
  const summary = annex.layout.summary ? annexById(annex.layout.summary.into) : undefined;

  if (!state) {
    return (
      <p role="status" data-testid="wb-save-status">
        {statusText(status)}
      </p>
    );
  }

  const setForm = (key: string, value: string) => {
    update({ ...state, records: state.records.map((r, i) => (i === index ? { ...r, [key]: value } : r)) });
  };
  const nameOf = (r: Record<string, string>, i: number) =>
    t('wbRecordName', [String(i + 1), (annex.layout.nameBy ? r[annex.layout.nameBy] : '') || t('wbUnnamed')]);

  const run = async (make: () => Promise<{ name: string; blob: Blob }>) => {
    setExportError('');
    setExported('');
    try {
      await flush();
      const { name, blob } = await make();
      downloadBlob(name, blob);
      setExported(name);
    } catch (e) {
      setExportError(t('wbExportFailed', e instanceof Error ? e.message : String(e)));
    }
  };

  return (
    <div class="wb-fill">
      <p
        role={status.kind === 'error' ? 'alert' : 'status'}
        class={status.kind === 'error' ? 'wb-error' : 'wb-muted'}
        data-testid="wb-save-status"
      >
        {statusText(status)}
      </p>
      {!table && (
        <div class="wb-records">
          <ul aria-label={t('wbRecords')}>
            {state.records.map((r, i) => (
              <li key={i}>
                <button
                  type="button"
                  class={i === index ? '' : 'secondary'}
                  data-testid={`wb-record-${i}`}
                  aria-pressed={i === index}
                  onClick={() => setCurrent(i)}
                >
                  {nameOf(r, i)}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            class="secondary"
            data-testid="wb-record-add"
            onClick={() => {
              update({ ...state, records: [...state.records, {}] });
              setCurrent(state.records.length);
            }}
          >
            {t('wbRecordAdd')}
          </button>
        </div>
      )}
      <table class="wb-form" aria-label={table ? t('wbFormAround') : nameOf(record, index)}>
        <tbody>
          <FormRows
            annex={annex}
            rows={annex.layout.top}
            values={record}
            problems={problems}
            onInput={setForm}
            idPrefix={`wb-r${index}`}
          />
        </tbody>
      </table>
      {table && (
        <TableGrid annex={annex} rows={state.rows} problems={problems} onRows={(rows) => update({ ...state, rows })} />
      )}
      {annex.layout.bottom && (
        <table class="wb-form" aria-label={t('wbFormBelow')}>
          <tbody>
            <FormRows
              annex={annex}
              rows={annex.layout.bottom}
              values={record}
              problems={problems}
              onInput={setForm}
              idPrefix={`wb-r${index}b`}
            />
          </tbody>
        </table>
      )}
      {annex.layout.notes.map((n) => (
        <p key={n} class="wb-note">
          {n}
        </p>
      ))}
      <p data-testid="wb-problem-count" class={count ? 'wb-error' : 'wb-ok'}>
        {count ? tn('wbProblemCount', count) : t('wbNoProblems')}
      </p>
      <div class="wb-actions">
        <button
          type="button"
          data-testid="wb-export"
          onClick={() =>
            run(async () => ({
              name: exportFileName(annex, values),
              blob: await writeAnnex(annex, values),
            }))
          }
        >
          {t('wbExport')}
        </button>
        {summary && (
          <button
            type="button"
            data-testid="wb-export-summary"
            onClick={() =>
              run(async () => {
                const merged = mergeInto(
                  summary,
                  state.records.map((r, i) => ({ file: nameOf(r, i), located: [locatedOf(annex, r)] })),
                );
                return { name: exportFileName(summary, merged.values), blob: await writeAnnex(summary, merged.values) };
              })
            }
          >
            {t('wbExportSummary', [summary.profile.annex, summary.profile.title])}
          </button>
        )}
      </div>
      {exported && (
        <p role="status" data-testid="wb-exported">
          {t('wbExported', exported)}
        </p>
      )}
      {exportError && (
        <p role="alert" class="wb-error">
          {exportError}
        </p>
      )}
      <p class="wb-muted">{t('wbExportNote')}</p>
    </div>
  );
}
