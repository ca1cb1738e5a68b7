import { useLayoutEffect, useState } from 'preact/hooks';
import { perfMark } from '@/utils/content/perf';
import { t } from '@/utils/i18n';
import { type TimedRequirement, timeRequirements } from '@/utils/knowledge/timing';
import type { RequirementView } from '@/utils/knowledge/view';
import { RequirementList } from './requirement-list';

export interface RequirementsSource {
  /** `note`: a short word on what could not be read this time (the page's own deadlines), shown above the list. */
  load(): Promise<{ requirements: RequirementView[]; today: string; followed: string[]; note?: string }>;
  follow(id: string, follow: boolean): Promise<string[]>;
  /** Opens the dashboard's notice import (offered when nothing is pending here). */
  importNotice?(): void;
  /** Hides a requirement the page printed (remembered per host). */
  dismiss?(id: string): Promise<void>;
  /** Calls back when what `load` gives may have changed (the page's structure changed); returns the unsubscribe. */
  changes?(listener: () => void): () => void;
}

type State =
  | { kind: 'loading' }
  | { kind: 'error'; detail: string }
  | { kind: 'ready'; items: TimedRequirement[]; today: string; followed: string[]; note?: string };

/** The overlay's section of requirements for this platform, loaded from the background. */
/** Days to the nearest deadline that is not history (negative when one has passed), for the overlay's pill. */
export function nearestDays(items: readonly TimedRequirement[]): number | null {
  const next = items.find(
    (x) => x.timing.status !== 'history' && x.timing.dateKind === 'end' && x.timing.days !== null,
  );
  return next?.timing.days ?? null;
}

export function OverlayRequirements({
  source,
  overview = false,
  onLoaded,
}: {
  source: RequirementsSource;
  overview?: boolean;
  onLoaded?: (items: readonly TimedRequirement[]) => void;
}) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  // Loaded as soon as the section is in the document, not after the next paint (useEffect): when the data is at hand
  // (the popup's first view) the list shows two frames earlier (issue #16).
  useLayoutEffect(() => {
    const load = () =>
      source
        .load()
        .then((r) => {
          // Time to first useful render, on the page's timeline (npm run bench reads it).
          requestAnimationFrame(() => perfMark('tianbao:requirements-rendered'));
          const items = timeRequirements(r.requirements, r.today);
          onLoaded?.(items);
          return setState({
            kind: 'ready',
            items,
            today: r.today,
            followed: r.followed,
            note: r.note,
          });
        })
        .catch((e: unknown) => setState({ kind: 'error', detail: e instanceof Error ? e.message : String(e) }));
    void load();
    return source.changes?.(() => void load());
  }, [source]);

  if (state.kind === 'loading') return <p class="tb-muted">{t('requirementsLoading')}</p>;
  if (state.kind === 'error') {
    return (
      <p class="tb-warn" role="alert">
        {t('requirementsError', state.detail)}
      </p>
    );
  }
  const onFollow = async (id: string, follow: boolean) => {
    const followed = await source.follow(id, follow);
    setState({ ...state, followed });
  };
  const dismiss = source.dismiss?.bind(source);
  const onDismiss = dismiss
    ? async (id: string) => {
        await dismiss(id);
        const items = state.items.filter((x) => x.view.id !== id);
        onLoaded?.(items);
        setState({ ...state, items });
      }
    : undefined;
  return (
    <section class="tb-section" aria-label={t('requirementsHeading')}>
      <h2 class="tb-h">
        {overview ? t('overviewHeading') : t('requirementsHeading')}{' '}
        <span class="tb-muted" data-testid="judged-day">
          {t('judgedOn', state.today)}
        </span>
      </h2>
      {state.note && (
        <p class="tb-muted" role="status" data-testid="requirements-note">
          {state.note}
        </p>
      )}
      <RequirementList
        items={state.items}
        followed={state.followed}
        onFollow={onFollow}
        onDismiss={onDismiss}
        onImport={source.importNotice?.bind(source)}
        linkPlatforms={overview}
        followedFirst={overview}
      />
    </section>
  );
}
