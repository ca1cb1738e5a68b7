import type { Annex } from '@/utils/annex/annexes';
import { fieldOf, itemText } from '@/utils/annex/annexes';
import type { LayoutItem } from '@/utils/annex/layouts';
import type { FieldRule } from '@/utils/rules/types';
import { type LeveledProblem, severityLine, worstSeverity } from '../ui/severity';

/** The suggestions an enum field offers (it stays free text: a wrong value is shown, never blocked). */
export function enumValues(annex: Annex, key: string): string[] {
  const rule = fieldOf(annex, key).rules.find((r) => r.rule.kind === 'enum' || r.rule.kind === 'yesNo')?.rule as
    | FieldRule
    | undefined;
  if (rule?.kind === 'enum') return rule.values;
  if (rule?.kind === 'yesNo') return ['是', '否'];
  return [];
}

/** Long answers (word-limited sections, opinions, experience) get a text area. */
function long(annex: Annex, key: string): boolean {
  return fieldOf(annex, key).rules.some((r) => r.rule.kind === 'maxChars') || /opinion$|^experience$/.test(key);
}

interface Props {
  annex: Annex;
  rows: LayoutItem[][];
  values: Record<string, string>;
  problems: Map<string, LeveledProblem[]>;
  onInput: (key: string, value: string) => void;
  /** Prefix of element ids (a record's index), so two forms never share one. */
  idPrefix: string;
}

/**
 * The annex's form as printed: label cells and value cells in the layout's rows, the spans a table gives them.
 * Each input is named by its label; its problems show beside it (aria-invalid, aria-describedby), with the same
 * messages as on a platform page.
 */
export function FormRows({ annex, rows, values, problems, onInput, idPrefix }: Props) {
  return (
    <>
      {rows.map((items, r) => (
        <tr key={r}>
          {items.map((item, i) => {
            const span = { colSpan: item.span ?? 1, rowSpan: item.rows ?? 1 };
            if (!('value' in item)) {
              const key = 'label' in item ? item.label : '';
              const hasInput = key !== '' && rows.some((row) => row.some((x) => 'value' in x && x.value === key));
              return (
                <th key={i} scope="row" {...span}>
                  {hasInput ? <label for={`${idPrefix}-${key}`}>{itemText(annex, item)}</label> : itemText(annex, item)}
                </th>
              );
            }
            const key = item.value;
            const id = `${idPrefix}-${key}`;
            const msgs = problems.get(`form:${key}`) ?? [];
            const options = enumValues(annex, key);
            const common = {
              id,
              'data-testid': `wb-field-${key}`,
              value: values[key] ?? '',
              'aria-invalid': msgs.length ? ('true' as const) : undefined,
              'aria-describedby': msgs.length ? `${id}-hint` : undefined,
              onInput: (e: Event) => onInput(key, (e.currentTarget as HTMLInputElement).value),
            };
            return (
              <td key={i} {...span}>
                {long(annex, key) ? (
                  <textarea rows={4} {...common} />
                ) : (
                  <input type="text" list={options.length ? `${id}-list` : undefined} {...common} />
                )}
                {options.length > 0 && (
                  <datalist id={`${id}-list`}>
                    {options.map((o) => (
                      <option key={o} value={o} />
                    ))}
                  </datalist>
                )}
                {msgs.length > 0 && (
                  <p
                    class="wb-hint"
                    id={`${id}-hint`}
                    data-testid={`wb-hint-${key}`}
                    data-severity={worstSeverity(msgs)}
                  >
                    {severityLine(msgs)}
                  </p>
                )}
              </td>
            );
          })}
        </tr>
      ))}
    </>
  );
}
