import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { WELCOME_DISMISSED } from '@/utils/settings/dashboard';
import { readSetting, writeSetting } from '@/utils/settings/store';

/**
 * The first-run welcome: what the extension does, how to add one's own platform host and how to follow a task,
 * each with a link to the section that does it. Shown until dismissed (remembered in storage.local).
 */
export function Welcome() {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    readSetting(WELCOME_DISMISSED).then((dismissed) => setShown(!dismissed));
  }, []);
  if (!shown) return null;
  return (
    <section class="welcome" aria-labelledby="welcome-h" data-testid="welcome">
      <h2 id="welcome-h">{t('welcomeHeading')}</h2>
      <p>{t('welcomeWhat')}</p>
      <ul>
        <li>
          {t('welcomeSites')} <a href="#sites">{t('sitesHeading')}</a>
        </li>
        <li>
          {t('welcomeFollow')} <a href="#timeline">{t('timelineHeading')}</a>
        </li>
        <li>{t('welcomeDrafts')}</li>
      </ul>
      <button
        type="button"
        data-testid="welcome-dismiss"
        onClick={async () => {
          setShown(false);
          // The button goes away with the welcome: focus goes to the page's heading, not lost to the body.
          document.getElementById('options-title')?.focus();
          // A full disk leaves the welcome for the next visit: nothing else depends on this write.
          await writeSetting(WELCOME_DISMISSED, true).catch(() => {});
        }}
      >
        {t('welcomeDismiss')}
      </button>
    </section>
  );
}
