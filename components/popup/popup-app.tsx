import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { platformLabel, t } from '@/utils/i18n';
import { sendTabMessage } from '@/utils/messaging';
import { type Platform, platformById } from '@/utils/platforms/registry';

/** Popup: which platform the current tab is. Later work adds the checklist and the deadline overview. */
export function PopupApp() {
  const [platform, setPlatform] = useState<Platform | null | undefined>(undefined);
  useEffect(() => {
    (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return setPlatform(null);
      try {
        const r = await sendTabMessage(tab.id, 'page/describe', {});
        setPlatform(r.platform ? platformById(r.platform) : null);
      } catch {
        // No content script in this tab: not a platform page.
        setPlatform(null);
      }
    })();
  }, []);
  return (
    <main style={{ width: '340px', padding: '12px 14px' }}>
      <h1 style={{ fontSize: '16px', margin: '0 0 8px' }}>{t('extName')}</h1>
      {platform === undefined ? null : platform ? (
        <p data-testid="popup-platform">
          <span class="muted">{t('popupPlatform')}：</span>
          <strong>{platformLabel(platform.id)}</strong>
        </p>
      ) : (
        <p class="muted" data-testid="popup-platform">
          {t('popupNotPlatform')}
        </p>
      )}
      <button type="button" class="secondary" onClick={() => browser.runtime.openOptionsPage()}>
        {t('popupOpenOptions')}
      </button>
    </main>
  );
}
