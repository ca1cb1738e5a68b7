import { useEffect, useMemo, useState } from 'preact/hooks';
import { buildChecklist, isReady, type PageCheckState, type Text, tickKey } from '@/utils/checklist/checklist';
import { type MessageKey, t } from '@/utils/i18n';
import { firstActive, timeRequirements } from '@/utils/knowledge/timing';
import type { RequirementView } from '@/utils/knowledge/view';
import { TICKS } from '@/utils/settings/planning';
import { readSetting, writeSetting } from '@/utils/settings/store';

/** A checklist text in the UI language (manual steps are the notice's own words and stay as written). */
function say(text: Text | string): string {
  return typeof text === 'string' ? text : t(text.key as MessageKey, text.subs);
}

const STATE_KEY = { done: 'checkDone', todo: 'checkTodo', fail: 'checkFail' } as const;

/** The pre-submission checklist for the page in this tab and the requirement it serves (the user can pick). */
export function Checklist(props: {
  requirements: readonly RequirementView[];
  today: string;
  state: (PageCheckState & { period: string | null }) | null;
}) {
  const timed = useMemo(() => timeRequirements(props.requirements, props.today), [props.requirements, props.today]);
  const defaultId = (firstActive(timed) ?? timed[0])?.view.id ?? null;
  const [picked, setPicked] = useState<string | null>(defaultId);
  const [ticks, setTicks] = useState<Record<string, number[]>>({});
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setPicked(defaultId), [defaultId]);
  useEffect(() => {
    readSetting(TICKS).then(setTicks);
  }, []);
  const current = timed.find((x) => x.view.id === picked) ?? null;
  const key = current ? tickKey(current.view.id, props.state?.period ?? null) : null;
  const ticked = new Set(key ? (ticks[key] ?? []) : []);
  const items = buildChecklist({
    state: props.state,
    requirement: current?.view ?? null,
    timing: current?.timing ?? null,
    ticked,
  });
  const ready = isReady(items);

  const toggle = async (index: number, on: boolean) => {
    if (!key) return;
    const next = on ? [...new Set([...ticked, index])] : [...ticked].filter((i) => i !== index);
    const all = { ...ticks, [key]: next.sort((a, b) => a - b) };
    try {
      await writeSetting(TICKS, all);
      setTicks(all);
      setError(null);
    } catch (e) {
      setError(t('sitesErrorStorage', String(e)));
    }
  };

  return (
    <section aria-labelledby="check-h" data-testid="checklist">
      <h2 id="check-h" class="popup-h">
        {t('checklistHeading')}
      </h2>
      {timed.length > 1 && (
        <label class="popup-pick">
          {t('checklistRequirement')}
          <select
            data-testid="requirement-pick"
            value={picked ?? ''}
            onChange={(e) => setPicked((e.currentTarget as HTMLSelectElement).value)}
          >
            {timed.map((x) => (
              <option value={x.view.id} key={x.view.id}>
                {x.view.title}
                {x.timing.date ? `（${x.timing.date}）` : ''}
              </option>
            ))}
          </select>
        </label>
      )}
      <ul class="checklist">
        {items.map((item) => (
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
                <span class="sr-only">{t(STATE_KEY[item.state])}：</span> {item.label}
              </>
            )}
            {item.detail && <div class="muted">{say(item.detail)}</div>}
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <p data-testid="ready" data-ready={String(ready)} class={ready ? 'ok' : 'muted'} role="status">
        {ready ? t('checklistReady') : t('checklistNotReady', String(items.filter((i) => i.state !== 'done').length))}
      </p>
    </section>
  );
}
