import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { checklistOf } from '@/utils/checklist/checklist';
import type { Bus } from '@/utils/content/bus';
import type { PanelSource } from '@/utils/content/panel-source';
import { t } from '@/utils/i18n';
import { nearestDays, OverlayRequirements, type RequirementsSource } from '../overlay/overlay-requirements';
import { trusted } from '../ui/trusted';
import { DraftPanel } from './draft-panel';
import { ExplainForm, SeverityTag } from './explain-form';
import { ExplainedList, SaveReminderNote } from './explained-list';
import { MappingPanel } from './mapping-panel';

/**
 * The field engine's part of the overlay, in the order a user needs it: what is wrong (the problems, each taking
 * you to its field), what can be restored (the draft offer), then the diagnostics (how many fields were recognised,
 * the list, 指定字段) behind a toggle.
 */
export function ProblemPanel({ bus, source }: { bus: Bus; source: PanelSource }) {
  const fields = source.fields;
  const [, setTick] = useState(0);
  const [showDiagnostics, setShowDiagnostics] = useState(false);
  const [showFields, setShowFields] = useState(false);
  useEffect(() => {
    const off = bus.subscribe(() => setTick((n) => n + 1));
    // Whatever was published between the first render and this subscription must not be missed.
    setTick((n) => n + 1);
    return off;
  }, [bus]);
  const summary = bus.summary;
  if (!summary) return null;
  const problems = bus.problems;
  // The checklist's count, the one the popup and the submit guard show.
  const problemCount = checklistOf({ page: bus.page }).problemCount;
  return (
    <>
      <section class="tb-section" aria-label={t('problemsHeading')} data-testid="problems">
        <h2 class="tb-h">
          {t('problemsHeading')}{' '}
          <span class={problemCount ? 'tb-count tb-count-bad' : 'tb-count'} data-testid="problem-count">
            {problemCount}
          </span>
        </h2>
        {summary.error && (
          <p class="tb-warn" role="alert" data-testid="fields-error">
            {t('fieldsScanFailed', summary.error.slice(0, 200))}
          </p>
        )}
        {summary.rulesError && (
          <p class="tb-warn" role="alert" data-testid="rules-error">
            {t('rulesLoadFailed', summary.rulesError.slice(0, 200))}
          </p>
        )}
        {problems.length > 0 ? (
          <ul class="tb-problems">
            {problems.map((p) => (
              <li key={`${p.fieldId}|${p.message}`}>
                <button
                  type="button"
                  class="tb-problem"
                  data-testid="problem"
                  data-field={p.label}
                  data-field-id={p.fieldId}
                  data-severity={p.severity}
                  title={p.basis}
                  onClick={trusted(() => bus.focus?.(p.fieldId))}
                >
                  <strong>
                    {p.row ? `${p.row} · ` : ''}
                    {p.label}
                  </strong>
                  {t('colon')}
                  {p.message} <SeverityTag severity={p.severity} />
                </button>
                {/* A warning may stand with a 说明 (已核实); an error must be fixed, and offers no way around. */}
                {p.severity === 'warning' && source.explain && (
                  <ExplainForm problem={p} source={source.explain} current={null} />
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p class="tb-muted">{t('problemsNone')}</p>
        )}
        {source.explain && <ExplainedList source={source.explain} />}
      </section>
      {source.reminder && <SaveReminderNote state={source.reminder()} offline={source.drafts().off} />}
      <DraftPanel state={source.drafts()} actions={source.draftActions} />
      <section class="tb-section" aria-label={t('diagnosticsHeading')}>
        <button
          type="button"
          class="tb-history-toggle"
          data-testid="diagnostics-toggle"
          aria-expanded={showDiagnostics}
          onClick={() => setShowDiagnostics(!showDiagnostics)}
        >
          {t('diagnosticsHeading')}
        </button>
        <div class="tb-diagnostics" hidden={!showDiagnostics}>
          <p class="tb-muted" data-testid="fields-summary">
            {t('fieldsSummary', [String(summary.labelled), String(summary.total)])}
            {summary.profiles.length > 0 && ` · ${summary.profiles.join(t('listSep'))}`}
          </p>
          <button
            type="button"
            class="tb-history-toggle"
            data-testid="fields-toggle"
            aria-expanded={showFields}
            onClick={() => setShowFields(!showFields)}
          >
            {t('fieldsToggle', String(summary.total))}
          </button>
          <MappingPanel bus={bus} describe={source.describe} save={source.save} />
          {showFields && (
            <ol class="tb-fields" data-testid="recognised-fields">
              {fields().map((f) => (
                <li key={f.id} data-testid="recognised-field" data-label={f.label} data-id={f.id}>
                  {f.row ? `${f.row} · ` : ''}
                  {f.label || t('fieldUnlabelled')}
                  {f.profileKey && <span class="tb-muted"> ✓</span>}{' '}
                  <label class="tb-muted">
                    <input
                      type="checkbox"
                      data-testid="field-no-draft"
                      checked={f.noDraft}
                      onClick={trusted(
                        (e: Event) => void source.setNoDraft(f.id, (e.currentTarget as HTMLInputElement).checked),
                      )}
                    />
                    {t('fieldNoDraft')}
                  </label>
                </li>
              ))}
            </ol>
          )}
        </div>
      </section>
    </>
  );
}

/**
 * Keeps the panel rendered into the overlay's slot, open or collapsed (the slot is only hidden), and tells the
 * overlay's pill whether a draft can be restored and how many days are left. The requirements render here, in the
 * field engine's script, and not in the overlay's (which has a 60 kB budget); they come first in the panel.
 */
export function mountProblemPanel(bus: Bus, source: PanelSource, requirements: RequirementsSource): () => void {
  let mounted: HTMLElement | null = null;
  bus.hasOffer = () => !!source.drafts().offer;
  const sync = () => {
    const slot = bus.slot;
    if (slot === mounted) return;
    if (mounted) render(null, mounted);
    mounted = slot;
    if (slot) {
      render(
        <>
          <OverlayRequirements source={requirements} onLoaded={(items) => bus.setDays(nearestDays(items))} />
          <ProblemPanel bus={bus} source={source} />
        </>,
        slot,
      );
    }
  };
  const stop = bus.subscribe(sync);
  sync();
  return () => {
    stop();
    bus.hasOffer = null;
    if (mounted) render(null, mounted);
    mounted = null;
  };
}
