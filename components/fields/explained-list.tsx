import { useState } from 'preact/hooks';
import { copyText } from '@/utils/content/copy';
import type { ExplainSource } from '@/utils/content/explanations';
import type { SaveReminderState } from '@/utils/content/save-reminder';
import { t } from '@/utils/i18n';
import { trusted } from '../ui/trusted';
import { ExplainForm } from './explain-form';

/**
 * The warnings marked 已核实, each with its 说明 (change it, or take it back), and a button that copies the list to
 * paste into the platform's own explanation field or send with the annex.
 */
export function ExplainedList({ source }: { source: ExplainSource }) {
  const [copied, setCopied] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const items = source.explained();
  const failure = error ?? source.error();
  if (!items.length && !failure) return null;
  return (
    <div data-testid="explained-list">
      <h3 class="tb-h">{t('explainedHeading', String(items.length))}</h3>
      <ul class="tb-problems">
        {items.map(({ problem: p, key, note }) => (
          <li key={key} data-testid="explained" data-field={p.label} data-severity="warning">
            <span class="tb-muted">{t('explainedMark')}</span>{' '}
            <strong>
              {p.row ? `${p.row} · ` : ''}
              {p.label}
            </strong>
            {t('colon')}
            {p.message}
            <div data-testid="explained-note">{t('explainedNote', note)}</div>
            <div class="tb-req-actions">
              <ExplainForm problem={p} source={source} current={note} />
              <button
                type="button"
                class="tb-history-toggle"
                data-testid="explain-withdraw"
                aria-label={t('explainWithdrawFor', p.label)}
                onClick={trusted(() =>
                  source.withdraw(key).then(
                    () => setError(null),
                    (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
                  ),
                )}
              >
                {t('explainWithdraw')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {items.length > 0 && (
        <button
          type="button"
          data-testid="explain-copy"
          onClick={trusted(async () =>
            setCopied((await copyText(source.text())) ? t('explainCopied') : t('explainCopyFailed')),
          )}
        >
          {t('explainCopy')}
        </button>
      )}
      {copied && (
        <span class="tb-muted" role="status">
          {' '}
          {copied}
        </span>
      )}
      {failure && (
        <p class="tb-warn" role="alert" data-testid="explain-failure">
          {failure}
        </p>
      )}
    </div>
  );
}

/**
 * The quiet reminder to save on the platform itself: its session may expire and drop what was typed. It says the
 * draft is kept on this machine only when drafts are on.
 */
export function SaveReminderNote({ state, offline }: { state: SaveReminderState; offline: boolean }) {
  if (!state.due) return null;
  return (
    <section class="tb-section" aria-label={t('saveReminderHeading')}>
      <p class="tb-warn" role="status" data-testid="save-reminder">
        {t(offline ? 'saveReminderNoDraft' : 'saveReminder', String(state.minutes))}
      </p>
    </section>
  );
}
