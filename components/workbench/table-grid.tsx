import type { Annex } from '@/utils/annex/annexes';
import { fieldOf, itemText, printedLabel } from '@/utils/annex/annexes';
import { csvRows } from '@/utils/annex/read-file';
import { t } from '@/utils/i18n';
import { type LeveledProblem, severityLine, severityWord } from '../ui/severity';
import { enumValues } from './form-rows';

interface Props {
  annex: Annex;
  rows: Record<string, string>[];
  problems: Map<string, LeveledProblem[]>;
  onRows: (rows: Record<string, string>[]) => void;
}

const cellId = (r: number, key: string) => `wb-cell-${r}-${key}`;

function focusCell(r: number, key: string | undefined): void {
  if (!key) return;
  // After a render that added the row.
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLInputElement>(`[data-testid="${cellId(r, key)}"]`);
    el?.focus();
    el?.select();
  });
}

/**
 * A table annex's rows as an editable grid under the annex's own header rows. The keyboard moves as in a
 * spreadsheet: arrows between cells (left and right once the caret is at the text's edge), Enter down (a new row
 * at the bottom), Tab across. A block copied from Excel or WPS (tab-separated lines) pastes from the focused cell,
 * adding rows as needed. Each cell's problems show on it and in the list below the grid.
 */
export function TableGrid({ annex, rows, problems, onRows }: Props) {
  const table = annex.layout.table;
  if (!table) return null;
  const columns = table.columns;
  const label = (key: string) => printedLabel(fieldOf(annex, key).label);

  const set = (r: number, key: string, value: string) => {
    const next = rows.map((row, i) => (i === r ? { ...row, [key]: value } : row));
    onRows(next);
  };

  const onKeyDown = (e: KeyboardEvent, r: number, c: number) => {
    const el = e.currentTarget as HTMLInputElement;
    const atStart = el.selectionStart === 0 && el.selectionEnd === 0;
    const atEnd = el.selectionStart === el.value.length;
    let to: [number, number] | null = null;
    if (e.key === 'ArrowUp') to = [r - 1, c];
    else if (e.key === 'ArrowDown') to = [r + 1, c];
    else if (e.key === 'ArrowLeft' && atStart) to = [r, c - 1];
    else if (e.key === 'ArrowRight' && atEnd) to = [r, c + 1];
    else if (e.key === 'Enter' && !e.isComposing) {
      if (r === rows.length - 1) onRows([...rows, {}]);
      to = [r + 1, c];
    }
    if (!to) return;
    const [tr, tc] = to;
    if (tr < 0 || tc < 0 || tc >= columns.length || (tr >= rows.length && e.key !== 'Enter')) return;
    e.preventDefault();
    focusCell(tr, columns[tc]);
  };

  const onPaste = (e: ClipboardEvent, r: number, c: number) => {
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (!/[\t\n]/.test(text.replace(/\r?\n$/, ''))) return;
    e.preventDefault();
    const block = csvRows(text.replace(/\r?\n$/, ''), '\t');
    const next = rows.map((row) => ({ ...row }));
    block.forEach((cells, dr) => {
      while (next.length <= r + dr) next.push({});
      cells.forEach((v, dc) => {
        const key = columns[c + dc];
        const row = next[r + dr];
        if (key && row) row[key] = v;
      });
    });
    onRows(next);
  };

  const remove = (r: number) => {
    const row = rows[r] ?? {};
    const filled = Object.values(row).some((v) => v.trim());
    if (filled && !confirm(t('wbRowDeleteConfirm', String(r + 1)))) return;
    onRows(rows.filter((_, i) => i !== r));
  };

  const listed = rows.flatMap((_, r) =>
    columns.flatMap((key) =>
      (problems.get(`row:${r}:${key}`) ?? []).map((p) => ({ r, key, m: p.message, severity: p.severity })),
    ),
  );

  return (
    <>
      <div class="wb-scroll">
        <table class="wb-grid" aria-label={annex.profile.title}>
          <thead>
            {table.header.map((items, h) => (
              <tr key={h}>
                {h === 0 && (
                  <th scope="col" rowSpan={table.header.length}>
                    {t('wbRowNumber')}
                  </th>
                )}
                {items.map((item, i) => (
                  <th key={i} scope="col" colSpan={item.span ?? 1} rowSpan={item.rows ?? 1}>
                    {itemText(annex, item)}
                  </th>
                ))}
                {h === 0 && (
                  <th scope="col" rowSpan={table.header.length}>
                    <span class="wb-visually-hidden">{t('wbRowActions')}</span>
                  </th>
                )}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                <th scope="row">{r + 1}</th>
                {columns.map((key, c) => {
                  const msgs = problems.get(`row:${r}:${key}`) ?? [];
                  const options = enumValues(annex, key);
                  return (
                    <td key={key}>
                      <input
                        type="text"
                        data-testid={cellId(r, key)}
                        aria-label={t('wbCellLabel', [String(r + 1), label(key)])}
                        aria-invalid={msgs.length ? 'true' : undefined}
                        title={msgs.length ? severityLine(msgs) : undefined}
                        list={options.length ? `wb-list-${key}` : undefined}
                        value={row[key] ?? ''}
                        onInput={(e) => set(r, key, (e.currentTarget as HTMLInputElement).value)}
                        onKeyDown={(e) => onKeyDown(e, r, c)}
                        onPaste={(e) => onPaste(e, r, c)}
                      />
                    </td>
                  );
                })}
                <td>
                  <button type="button" data-testid={`wb-row-delete-${r}`} onClick={() => remove(r)}>
                    {t('wbRowDelete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {columns.map((key) => {
          const options = enumValues(annex, key);
          return options.length ? (
            <datalist key={key} id={`wb-list-${key}`}>
              {options.map((o) => (
                <option key={o} value={o} />
              ))}
            </datalist>
          ) : null;
        })}
      </div>
      <p>
        <button type="button" data-testid="wb-row-add" onClick={() => onRows([...rows, {}])}>
          {t('wbRowAdd')}
        </button>{' '}
        <span class="wb-muted">{t('wbGridKeys')}</span>
      </p>
      {listed.length > 0 && (
        <ul class="wb-problems" data-testid="wb-problems">
          {listed.map(({ r, key, m, severity }) => (
            <li key={`${r}-${key}-${m}`} data-severity={severity}>
              {severityWord(severity)}{' '}
              <a
                href={`#${cellId(r, key)}`}
                onClick={(e) => {
                  e.preventDefault();
                  focusCell(r, key);
                }}
              >
                {t('wbCellLabel', [String(r + 1), label(key)])}
              </a>
              {t('colon')}
              {m}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
