import { useEffect, useState } from 'preact/hooks';
import { annexesForRequirement } from '@/utils/annex/catalog';
import { judgedDay } from '@/utils/deadlines/clock';
import { timeline } from '@/utils/deadlines/timeline';
import { platformLabel, t } from '@/utils/i18n';
import { PAGE } from '@/utils/messages/page';
import { sendMessage } from '@/utils/messaging';
import { FOLLOWED, PREVIEW_DATE } from '@/utils/settings/planning';
import { onSettingChanged, readSetting } from '@/utils/settings/store';
import { reviewedAttr, UnreviewedTag } from '../ui/unreviewed';
import { list, monthName, paren, quote } from './format';
import { useRequirementViews } from './use-knowledge';
import { usePolicy } from './use-policy';

/** The deadlines of the past year and the next, month by month; followed requirements and their reminders. */
export function TimelineSection() {
  const [today, setToday] = useState<string | null>(null);
  const [followed, setFollowed] = useState<string[]>([]);
  const views = useRequirementViews();
  // What the administrator's policy follows can't be unfollowed here (the background keeps it followed).
  const policy = usePolicy();
  useEffect(() => {
    judgedDay().then(setToday);
    readSetting(FOLLOWED).then(setFollowed);
    const offFollowed = onSettingChanged(FOLLOWED, setFollowed);
    // A preview date set below judges the timeline on that day at once, as pages and the popup do.
    const offPreview = onSettingChanged(PREVIEW_DATE, () => judgedDay().then(setToday));
    return () => {
      offFollowed();
      offPreview();
    };
  }, []);
  if (!today || !views) return null;
  const entries = timeline(views, today);
  const months = new Map<string, typeof entries>();
  for (const e of entries) months.set(e.date.slice(0, 7), [...(months.get(e.date.slice(0, 7)) ?? []), e]);
  const follow = async (id: string, on: boolean) => {
    const r = await sendMessage(PAGE, 'reminders/follow', { id, follow: on });
    setFollowed(r.followed);
  };
  const where = (ids: readonly string[]) => list(ids.map(platformLabel));
  return (
    <>
      <section id="followed" tabIndex={-1} aria-labelledby="followed-h" data-testid="followed-section">
        <h2 id="followed-h">{t('followedHeading')}</h2>
        <p class="muted">{t('followedIntro')}</p>
        {followed.length === 0 ? (
          <p class="muted">{t('followedEmpty')}</p>
        ) : (
          <ul>
            {followed.map((id) => {
              const r = views.find((v) => v.id === id);
              return (
                <li key={id} data-testid="followed-item" data-id={id} data-managed={policy.followed.has(id)}>
                  {/* A requirement whose notice was deleted is still followed: it is named by its id until unfollowed. */}
                  {r?.title ?? id} {r && <UnreviewedTag r={r} />}{' '}
                  <span class="muted">{r ? where(r.platforms) : t('followedGone')}</span>{' '}
                  {policy.followed.has(id) ? (
                    <>
                      <span class="managed">{t('policySetByAdmin')}</span>{' '}
                      <button type="button" class="secondary" disabled title={t('policyCannotUnfollow')}>
                        {t('unfollow')}
                      </button>
                    </>
                  ) : (
                    <button type="button" class="secondary" onClick={() => follow(id, false)}>
                      {t('unfollow')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section id="timeline" tabIndex={-1} aria-labelledby="timeline-h" data-testid="timeline">
        <h2 id="timeline-h">{t('timelineHeading')}</h2>
        <p class="muted">{t('timelineIntro', today)}</p>
        {[...months].map(([month, monthEntries]) => (
          <div key={month}>
            <h3>{monthName(month)}</h3>
            <ul>
              {monthEntries.map((e, i) => (
                <li
                  key={`${e.requirement.id}-${i}`}
                  data-testid="timeline-entry"
                  data-date={e.date}
                  data-id={e.requirement.id}
                  data-reviewed={reviewedAttr(e.requirement)}
                  class={e.date < today ? 'muted' : ''}
                >
                  <strong>{e.date}</strong> {e.requirement.title} <UnreviewedTag r={e.requirement} />
                  {e.label ? paren(e.label) : ''} · {quote(e.phrase)}
                  {e.requirement.source === 'imported' && <span class="muted"> · {t('timelineImported')}</span>}
                  {e.requirement.platforms.length > 0 && <span class="muted"> · {where(e.requirement.platforms)}</span>}
                  {annexesForRequirement(e.requirement).map((a) => (
                    <span key={a.id}>
                      {' · '}
                      <a href={`workbench.html#${a.id}`} data-testid="timeline-workbench" data-annex={a.id}>
                        {t('wbOpenAnnex', a.annex)}
                      </a>
                    </span>
                  ))}
                  {e.date >= today && (
                    <>
                      {' '}
                      <button
                        type="button"
                        class="secondary"
                        aria-pressed={followed.includes(e.requirement.id)}
                        disabled={policy.followed.has(e.requirement.id)}
                        title={policy.followed.has(e.requirement.id) ? t('policyCannotUnfollow') : undefined}
                        onClick={() => follow(e.requirement.id, !followed.includes(e.requirement.id))}
                      >
                        {followed.includes(e.requirement.id) ? t('following') : t('follow')}
                      </button>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </>
  );
}
