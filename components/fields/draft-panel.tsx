import { useState } from 'preact/hooks';
import type { DraftActions, DraftState } from '@/utils/content/panel-source';
import { t, uiIsEnglish } from '@/utils/i18n';
import { tn } from '../ui/plural';
import { trusted } from '../ui/trusted';

/** A saving time in the UI's language: "2025/11/29 20:25:03" in Chinese, "29 Nov 2025, 20:25:03" in English. */
const time = (ms: number) =>
  new Date(ms).toLocaleString(uiIsEnglish() ? 'en-GB' : 'zh-CN', {
    hour12: false,
    ...(uiIsEnglish() ? { dateStyle: 'medium', timeStyle: 'medium' } : {}),
  });
const short = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v) || t('draftEmptyValue');

/** Draft status, and the offer to restore what the page lost (all, or field by field), with undo. */
export function DraftPanel({ state, actions }: { state: DraftState; actions: DraftActions }) {
  const [showDiff, setShowDiff] = useState(false);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const offer = state.offer;
  return (
    <section class="tb-section" aria-label={t('draftHeading')} data-testid="drafts">
      {state.error || state.notice ? (
        <p class="tb-warn" role="alert" data-testid="draft-error">
          {[state.error, state.notice].filter(Boolean).join(' ')}
        </p>
      ) : (
        <p class="tb-muted" role="status" data-testid="draft-status" data-saved-at={state.savedAt ?? ''}>
          {state.off ? t('draftOff') : state.savedAt ? t('draftSavedAt', time(state.savedAt)) : t('draftNotYet')}
        </p>
      )}
      {offer && (
        <div class="tb-map" data-testid="restore-offer">
          <p>{tn('draftOffer', offer.diffs.length, [time(offer.savedAt)])}</p>
          <div class="tb-req-actions">
            <button type="button" data-testid="restore-draft" onClick={trusted(() => actions.restore())}>
              {t('draftRestoreAll')}
            </button>
            <button
              type="button"
              aria-expanded={showDiff}
              onClick={trusted(() => setShowDiff(!showDiff))}
              data-testid="restore-diff-toggle"
            >
              {t('draftShowDiff')}
            </button>
            <button type="button" onClick={trusted(() => actions.dismiss())}>
              {t('draftDismiss')}
            </button>
          </div>
          {showDiff && (
            <>
              <table class="tb-diff" data-testid="restore-diff">
                <thead>
                  <tr>
                    <th />
                    <th>{t('draftField')}</th>
                    <th>{t('draftPageValue')}</th>
                    <th>{t('draftDraftValue')}</th>
                  </tr>
                </thead>
                <tbody>
                  {offer.diffs.map((d) => (
                    <tr key={d.fieldId} data-testid="restore-diff-row" data-field={d.label}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={d.label}
                          checked={picked.has(d.fieldId)}
                          onClick={trusted((e: Event) => {
                            const next = new Set(picked);
                            if ((e.currentTarget as HTMLInputElement).checked) next.add(d.fieldId);
                            else next.delete(d.fieldId);
                            setPicked(next);
                          })}
                        />
                      </td>
                      <td>{d.label}</td>
                      <td>{short(d.page)}</td>
                      <td>{short(d.draft)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <button
                type="button"
                data-testid="restore-selected"
                disabled={picked.size === 0}
                onClick={trusted(() => actions.restore([...picked]))}
              >
                {t('draftRestoreSelected', String(picked.size))}
              </button>
            </>
          )}
        </div>
      )}
      {state.canUndo && (
        <button type="button" data-testid="undo-restore" onClick={trusted(() => actions.undo())}>
          {t('draftUndo')}
        </button>
      )}
    </section>
  );
}
