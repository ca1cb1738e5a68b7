import { useEffect, useState } from 'preact/hooks';
import type { DraftRecord } from '@/utils/drafts/db';
import { db } from '@/utils/drafts/db';
import { moveDraft, originsOfPlatform } from '@/utils/drafts/move';
import { t } from '@/utils/i18n';
import { SITES, type UserSite } from '@/utils/platforms/user-sites';
import { readSetting } from '@/utils/settings/store';

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
          const r = await moveDraft(db(), draft.id, to, sites);
          onDone(r.ok, r.ok ? t('draftsMoved', to) : r.message);
        }}
      >
        {t('draftsMove')}
      </button>
    </span>
  );
}
