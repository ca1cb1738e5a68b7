import { t } from '@/utils/i18n';
import type { RequirementView } from '@/utils/knowledge/view';

/**
 * 未经审核, written once for every place a requirement shows (the overlay, the popup, the dashboard): a requirement
 * of a notice that the parser read and no person checked against its text (a pack made by `notice pack`, or one a
 * policy pushed as such) carries `reviewed: false`.
 */
export const isUnreviewed = (r: Pick<RequirementView, 'reviewed'>): boolean => r.reviewed === false;

/** The `data-reviewed` attribute of a requirement's item: "false" for an unreviewed one. */
export const reviewedAttr = (r: Pick<RequirementView, 'reviewed'>): 'true' | 'false' =>
  isUnreviewed(r) ? 'false' : 'true';

/** The visible tag of an unreviewed requirement, named for screen readers, with why in its title; nothing otherwise. */
export function UnreviewedTag({ r }: { r: Pick<RequirementView, 'reviewed'> }) {
  if (!isUnreviewed(r)) return null;
  return (
    <span
      class="tb-unreviewed unreviewed"
      role="note"
      aria-label={t('packsUnreviewed')}
      title={t('reqUnreviewedHint')}
      data-testid="unreviewed"
    >
      {t('packsUnreviewed')}
    </span>
  );
}
