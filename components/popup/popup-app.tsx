import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OverlayRequirements, type RequirementsSource } from '@/components/overlay/overlay-requirements';
import { platformLabel, t } from '@/utils/i18n';
import { PAGE } from '@/utils/messages/page';
import { sendMessage, sendTabMessage } from '@/utils/messaging';
import type { PlatformId } from '@/utils/platforms/registry';
import '@/components/overlay/overlay.css';

/**
 * The popup. On a platform tab: that platform and its requirements. Elsewhere: the overview of every requirement
 * (e-mail and post tasks included), followed ones first, past years collapsed.
 */
export function PopupApp() {
  const [platform, setPlatform] = useState<PlatformId | null | undefined>(undefined);
  useEffect(() => {
    (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return setPlatform(null);
      try {
        setPlatform((await sendTabMessage(PAGE, tab.id, 'page/describe', {})).platform);
      } catch {
        // No content script in this tab: not a platform page.
        setPlatform(null);
      }
    })();
  }, []);
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
          <span class="muted">{t('popupPlatform')}：</span>
          <strong>{platformLabel(platform)}</strong>
        </p>
      ) : (
        <p class="muted" data-testid="popup-platform" data-platform="">
          {t('popupNotPlatform')} {t('popupOverview')}
        </p>
      )}
      {source && (
        <div data-testid={platform ? 'popup-platform-requirements' : 'popup-overview'}>
          <OverlayRequirements source={source} overview={!platform} />
        </div>
      )}
    </main>
  );
}
