import { useEffect, useState } from 'preact/hooks';
import { downloadJson } from '@/components/ui/download';
import { type MessageKey, t } from '@/utils/i18n';
import { type AsideEntry, forgetSetAside, settingsSetAside } from '@/utils/settings/store';
import { when } from './format';

/** The section a setting belongs to, by its storage key, so the user knows what could not be read. */
const SETTING_NAMES: Record<string, MessageKey> = {
  sites: 'sitesHeading',
  mappings: 'mappingsHeading',
  followed: 'followedHeading',
  draftsOff: 'draftsOffHeading',
  previewDate: 'previewHeading',
  uiLocale: 'settingsHeading',
  overlay: 'overlayPanelSetting',
  ticks: 'checklistHeading',
};

/**
 * Settings that could not be read (damaged, or written by a newer version) were kept aside rather than lost: the
 * dashboard says which, lets the user save them as a file, and forgets them only when asked.
 */
export function SettingsAside() {
  const [entries, setEntries] = useState<AsideEntry[]>([]);
  const reload = () => settingsSetAside().then(setEntries);
  useEffect(() => {
    void reload();
  }, []);
  if (!entries.length) return null;
  return (
    <section class="aside-settings" role="alert" aria-labelledby="aside-h" data-testid="settings-aside">
      <h2 id="aside-h">{t('settingsAsideTitle', String(entries.length))}</h2>
      <ul>
        {entries.map((e) => (
          <li key={`${e.key}|${e.at}`} data-testid="settings-aside-item">
            {t('settingsAsideItem', [
              SETTING_NAMES[e.key] ? t(SETTING_NAMES[e.key] as MessageKey) : e.key,
              when(e.at),
              e.reason,
            ])}
          </li>
        ))}
      </ul>
      <div class="row">
        <button
          type="button"
          data-testid="settings-aside-download"
          onClick={() =>
            downloadJson(`tianbao-settings-kept-aside-${new Date().toISOString().slice(0, 10)}.json`, entries)
          }
        >
          {t('settingsAsideDownload')}
        </button>
        <button
          type="button"
          class="secondary"
          data-testid="settings-aside-dismiss"
          onClick={async () => {
            for (const key of new Set(entries.map((e) => e.key))) await forgetSetAside(key);
            await reload();
          }}
        >
          {t('settingsAsideDismiss')}
        </button>
      </div>
    </section>
  );
}
