import { useEffect, useState } from 'preact/hooks';
import { checklistOf, type Ticks } from '@/utils/checklist/checklist';
import type { PageState } from '@/utils/checklist/page-state';
import { fieldNames, say } from '@/utils/checklist/text';
import { t } from '@/utils/i18n';
import type { RequirementView } from '@/utils/knowledge/view';
import { TICKS } from '@/utils/settings/planning';
import { readSetting, writeSetting } from '@/utils/settings/store';

const STATE_KEY = { done: 'checkDone', todo: 'checkTodo', fail: 'checkFail' } as const;

/** How many fields an item names before "…" (the panel on the page lists them all). */
const NAMED_FIELDS = 5;

/**
 * The pre-submission checklist for the page in this tab and the requirement it serves (the user can pick among
 * the active ones). What it counts is checklistOf's, the same the submit guard and the panel count.
 */
export function Checklist(props: { requirements: readonly RequirementView[]; today: string; state: PageState | null }) {
  const [picked, setPicked] = useState<string | null>(null);
  const [ticks, setTicks] = useState<Ticks>({});
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    readSetting(TICKS).then(setTicks);
  }, []);
  const c = checklistOf({
    page: props.state,
    requirements: { views: props.requirements, today: props.today },
    ticks,
    picked,
  });
  const key = c.tickKey;

  const toggle = async (index: number, on: boolean) => {
    if (!key) return;
    const ticked = ticks[key] ?? [];
    const next = on ? [...new Set([...ticked, index])] : ticked.filter((i) => i !== index);
    const all = { ...ticks, [key]: next.sort((a, b) => a - b) };
    try {
      await writeSetting(TICKS, all);
      setTicks(all);
      setError(null);
    } catch (e) {
      setError(t('sitesErrorStorage', String(e)));
    }
  };

  const open = c.open.length;
  return (
    <section aria-labelledby="check-h" data-testid="checklist">
      <h2 id="check-h" class="popup-h">
        {t('checklistHeading')}
      </h2>
      {c.active.length > 1 ? (
        <label class="popup-pick">
          {t('checklistRequirement')}
          <select
            data-testid="requirement-pick"
            value={c.serves?.view.id ?? ''}
            onChange={(e) => setPicked((e.currentTarget as HTMLSelectElement).value)}
          >
            {c.active.map((x) => (
              <option value={x.view.id} key={x.view.id}>
                {x.view.title}
                {x.timing.date ? ` · ${x.timing.date}` : ''}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p class="muted" data-testid="checklist-serves" data-none={String(c.noneActive)}>
          {c.serves ? t('checkServes', c.serves.view.title) : t('checkNoneActive')}
        </p>
      )}
      <ul class="checklist">
        {c.items.map((item) => (
          <li
            key={item.id}
            data-testid="checklist-item"
            data-id={item.id}
            data-state={item.state}
            class={`check-${item.state}`}
          >
            {item.kind === 'manual' ? (
              <label>
                <input
                  type="checkbox"
                  data-testid="checklist-tick"
                  checked={item.state === 'done'}
                  onChange={(e) => toggle(Number(item.id.slice(7)), (e.currentTarget as HTMLInputElement).checked)}
                />{' '}
                {say(item.label)}
              </label>
            ) : (
              <>
                <span class="check-mark" aria-hidden="true">
                  {item.state === 'done' ? '✓' : item.state === 'fail' ? '✗' : '○'}
                </span>
                <span class="sr-only">{t(STATE_KEY[item.state])}</span> {say(item.label)}
              </>
            )}
            {item.detail && <div class="muted">{say(item.detail)}</div>}
            {item.errors || item.warnings ? (
              <>
                {/* The problems item: what must be fixed apart from what needs a 说明. */}
                {item.errors && item.errors.length > 0 && (
                  <div class="muted" data-testid="checklist-fields" data-severity="error">
                    {t('severityError')}
                    {t('colon')}
                    {fieldNames(item.errors, NAMED_FIELDS)}
                  </div>
                )}
                {item.warnings && item.warnings.length > 0 && (
                  <div class="muted" data-testid="checklist-fields" data-severity="warning">
                    {t('severityWarning')}
                    {t('colon')}
                    {fieldNames(item.warnings, NAMED_FIELDS)}
                  </div>
                )}
              </>
            ) : (
              item.fields.length > 0 && (
                <div class="muted" data-testid="checklist-fields">
                  {fieldNames(item.fields, NAMED_FIELDS)}
                </div>
              )
            )}
            {item.explained && item.explained.length > 0 && (
              <ul class="muted" data-testid="checklist-explained">
                {item.explained.map((e) => (
                  <li key={`${e.fieldId}|${e.message}`} data-testid="checklist-note" data-field={e.label}>
                    {t('explainedMark')} {fieldNames([e], 1)}
                    {t('colon')}
                    {e.message} — {t('explainedNote', e.note)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <p data-testid="ready" data-ready={String(c.ready)} class={c.ready ? 'ok' : 'muted'} role="status">
        {c.ready ? t('checklistReady') : t(open === 1 ? 'checklistNotReadyOne' : 'checklistNotReady', String(open))}
      </p>
    </section>
  );
}
