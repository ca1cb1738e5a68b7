import { useEffect, useState } from 'preact/hooks';
import { ANNEXES, annexById } from '@/utils/annex/annexes';
import { t } from '@/utils/i18n';
import { FilesPanel } from './files-panel';
import { FillPanel } from './fill-panel';
import './workbench.css';

/**
 * The annex workbench (workbench.html): fill an annex, check the files schools sent, merge them into the 汇总表,
 * export .xlsx in the annex's own layout. `#<annex id>` in the address opens that annex (the dashboard and a
 * requirement's link use it); `#files` opens 检查与合并.
 *
 * Stable data-testids (tests and the demo rely on them):
 *   wb-annex               the annex picker (select; option values are annex ids)
 *   wb-tab-fill, wb-tab-files   the two views (aria-pressed)
 *   wb-save-status         autosave state (role=status; role=alert when a save failed)
 *   wb-record-<i>, wb-record-add   the records of a one-record annex (aria-pressed marks the one shown)
 *   wb-field-<key>         a form field's input (key: the profile field key, e.g. gender)
 *   wb-hint-<key>          that field's problems, beside it
 *   wb-cell-<row>-<key>    a grid cell's input (row from 0); wb-row-add, wb-row-delete-<row>
 *   wb-problems            the grid's problem list; wb-problem-count   how many problems the form or table has
 *   wb-export              export the record or table as .xlsx; wb-export-summary   export the records as 汇总表
 *   wb-exported            the name of the file just exported or merged
 *   wb-files               open files to check (input type=file, multiple)
 *   wb-file                one checked file (data-file = its name); wb-file-annex, wb-file-ok, wb-file-problems
 *   wb-merge-into, wb-merge   the 汇总表 to merge into, and the button (downloads the merged .xlsx)
 *   wb-merge-report        what merged; wb-merge-conflicts, wb-merge-duplicates, wb-merge-skipped
 */
export function WorkbenchApp() {
  const fromHash = () => decodeURIComponent(location.hash.slice(1));
  const [annexId, setAnnexId] = useState(() => (annexById(fromHash()) ? fromHash() : (ANNEXES[1]?.id ?? '')));
  const [view, setView] = useState<'fill' | 'files'>(() => (fromHash() === 'files' ? 'files' : 'fill'));
  const annex = annexById(annexId);

  useEffect(() => {
    const onHash = () => {
      const h = fromHash();
      if (annexById(h)) {
        setAnnexId(h);
        setView('fill');
      } else if (h === 'files') setView('files');
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  });

  useEffect(() => {
    document.title = t('wbPageTitle');
  }, []);

  return (
    <main class="workbench">
      <h1>{t('wbTitle')}</h1>
      <p class="wb-muted">{t('wbIntro')}</p>
      <p>
        <label for="wb-annex">{t('wbAnnex')}</label>{' '}
        <select
          id="wb-annex"
          data-testid="wb-annex"
          value={annexId}
          onChange={(e) => {
            const id = (e.currentTarget as HTMLSelectElement).value;
            setAnnexId(id);
            history.replaceState(null, '', `#${id}`);
          }}
        >
          {ANNEXES.map((a) => (
            <option key={a.id} value={a.id}>
              {`${a.profile.annex} ${a.profile.title}（${a.profile.notice}）`}
            </option>
          ))}
        </select>
      </p>
      <div class="wb-views">
        <button
          type="button"
          class={view === 'fill' ? '' : 'secondary'}
          data-testid="wb-tab-fill"
          aria-pressed={view === 'fill'}
          onClick={() => setView('fill')}
        >
          {t('wbViewFill')}
        </button>
        <button
          type="button"
          class={view === 'files' ? '' : 'secondary'}
          data-testid="wb-tab-files"
          aria-pressed={view === 'files'}
          onClick={() => setView('files')}
        >
          {t('wbViewFiles')}
        </button>
      </div>
      {annex && view === 'fill' && <FillPanel key={annex.id} annex={annex} />}
      {view === 'files' && <FilesPanel preferred={annexId} />}
    </main>
  );
}
