import { useEffect, useState } from 'preact/hooks';
import { daysBetween } from '@/utils/deadlines/calendar';
import { judgedDay } from '@/utils/deadlines/clock';
import { t } from '@/utils/i18n';
import { watchImported } from '@/utils/notices/imported';
import { PREVIEW_DATE } from '@/utils/settings/planning';
import { onSettingChanged } from '@/utils/settings/store';
import { useRequirementViews } from './use-knowledge';

/** Knowledge whose newest notice is older than this is said to be stale, with an offer to import a newer one. */
const STALE_AFTER_DAYS = 365;

/** How current the knowledge is: the newest notice and its date, how many notices are built in and imported. */
export function FreshnessSection() {
  const views = useRequirementViews();
  const [imported, setImported] = useState<number | null>(null);
  const [today, setToday] = useState<string | null>(null);
  useEffect(() => {
    judgedDay().then(setToday);
    const offPreview = onSettingChanged(PREVIEW_DATE, () => judgedDay().then(setToday));
    const offImported = watchImported((notices) => setImported(notices.length));
    return () => {
      offPreview();
      offImported();
    };
  }, []);
  if (!views || imported === null || !today) return null;
  const notices = new Map<string, { title: string; date: string | null; builtin: boolean }>();
  for (const v of views) {
    const n = v.notice;
    notices.set(`${n.docNumber ?? ''}|${n.title}|${n.date ?? ''}`, {
      title: n.title,
      date: n.date,
      builtin: v.source === 'builtin',
    });
  }
  const dated = [...notices.values()].filter((n) => n.date).sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? 1 : -1));
  const newest = dated[0];
  const builtin = [...notices.values()].filter((n) => n.builtin).length;
  const age = newest?.date ? daysBetween(newest.date, today) : null;
  return (
    <section id="freshness" tabIndex={-1} aria-labelledby="freshness-h" data-testid="freshness-section">
      <h2 id="freshness-h">{t('freshnessHeading')}</h2>
      <p data-testid="freshness-newest">
        {newest?.date ? t('freshnessNewest', [newest.title, newest.date]) : t('freshnessNone')}
      </p>
      <p data-testid="freshness-counts">{t('freshnessCounts', [String(builtin), String(imported)])}</p>
      {(age === null || age > STALE_AFTER_DAYS) && (
        <p class="warn" data-testid="freshness-stale">
          {age !== null && t('freshnessStale', String(age))} <a href="#import">{t('freshnessImport')}</a>
        </p>
      )}
    </section>
  );
}
