import { useEffect, useState } from 'preact/hooks';
import { type MoveProblem, moveDraftTo, originsOfPlatform } from '@/utils/drafts/move';
import type { DraftRecord } from '@/utils/drafts/records';
import { type MessageKey, t } from '@/utils/i18n';
import { SITES, type UserSite } from '@/utils/platforms/user-sites';
import { readSetting } from '@/utils/settings/store';

const PROBLEMS: Record<MoveProblem, MessageKey> = {
  gone: 'draftsMoveGone',
  'not-platform': 'draftsMoveNotPlatform',
  occupied: 'draftsMoveOccupied',
};

/**
 * Moves a draft to another address of its platform (双高监测平台 moved from sg.chinaeducloud.com to
 * sg.cutech.edu.cn). A draft is offered only where it was typed; moving it is the user's explicit choice.
 */
export function DraftMove({ draft, onDone }: { draft: DraftRecord; onDone: (ok: boolean, text: string) => void }) {
  const [sites, setSites] = useState<UserSite[]>([]);
  const [to, setTo] = useState('');
  useEffect(() => {
    readSetting(SITES).then(setSites);
  }, []);
  const targets = originsOfPlatform(draft.key.platform, sites).filter((o) => o !== draft.key.origin);
  if (!targets.length) return null;
  return (
    <span class="row-inline">
      <label>
        {t('draftsMoveTo')}{' '}
        <select
          data-testid="draft-move-to"
          value={to}
          onChange={(e) => setTo((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">{t('draftsMoveChoose')}</option>
          {targets.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </label>{' '}
      <button
        type="button"
        class="secondary"
        data-testid="draft-move"
        disabled={!to}
        onClick={async () => {
          const r = await moveDraftTo(draft.id, to, sites);
          onDone(r.ok, t(r.ok ? 'draftsMoved' : PROBLEMS[r.problem], to));
        }}
      >
        {t('draftsMove')}
      </button>
    </span>
  );
}
