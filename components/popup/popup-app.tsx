import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OverlayRequirements, type RequirementsSource } from '@/components/overlay/overlay-requirements';
import { platformLabel, t } from '@/utils/i18n';
import type { RequirementView } from '@/utils/knowledge/view';
import { PAGE } from '@/utils/messages/page';
import { type Response, sendMessage, sendTabMessage } from '@/utils/messaging';
import type { PlatformId } from '@/utils/platforms/registry';
import { Checklist } from './checklist';
import '@/components/overlay/overlay.css';

/**
 * The popup. On a platform tab: that platform and its requirements. Elsewhere: the overview of every requirement
 * (e-mail and post tasks included), followed ones first, past years collapsed.
 */
type PageState = Response<typeof PAGE, 'page/describe'>['state'];

/** The tab the popup speaks about: the active one, or `?tab=<id>` when the popup is opened as a page. */
async function targetTab(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function PopupApp() {
  const [platform, setPlatform] = useState<PlatformId | null | undefined>(undefined);
  const [state, setState] = useState<PageState>(null);
  const [kb, setKb] = useState<{ requirements: RequirementView[]; today: string } | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    (async () => {
      const tabId = await targetTab();
      if (tabId === undefined) return setPlatform(null);
      const refresh = async () => {
        try {
          const r = await sendTabMessage(PAGE, tabId, 'page/describe', {});
          setPlatform(r.platform);
          setState(r.state);
        } catch {
          // No content script in this tab: not a platform page.
          setPlatform(null);
        }
      };
      await refresh();
      // While the popup is open, the checklist follows the page.
      timer = setInterval(refresh, 1000);
    })();
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (platform) sendMessage(PAGE, 'kb/requirements', { platform }).then(setKb);
  }, [platform]);
  const source = useMemo<RequirementsSource | null>(
    () =>
      platform === undefined
        ? null
        : {
            load: () => sendMessage(PAGE, 'kb/requirements', { platform }),
            follow: async (id, follow) => (await sendMessage(PAGE, 'reminders/follow', { id, follow })).followed,
          },
    [platform],
  );
  return (
    <main class="popup">
      <header class="popup-head">
        <h1>{t('extName')}</h1>
        <button type="button" class="secondary" onClick={() => browser.runtime.openOptionsPage()}>
          {t('popupOpenOptions')}
        </button>
      </header>
      {platform === undefined ? null : platform ? (
        <p data-testid="popup-platform" data-platform={platform}>
          <span class="muted">
            {t('popupPlatform')}
            {t('colon')}
          </span>
          <strong>{platformLabel(platform)}</strong>
        </p>
      ) : (
        <p class="muted" data-testid="popup-platform" data-platform="">
          {t('popupNotPlatform')} {t('popupOverview')}
        </p>
      )}
      {platform && kb && <Checklist requirements={kb.requirements} today={kb.today} state={state} />}
      {source && (
        <div data-testid={platform ? 'popup-platform-requirements' : 'popup-overview'}>
          <OverlayRequirements source={source} overview={!platform} />
        </div>
      )}
    </main>
  );
}
