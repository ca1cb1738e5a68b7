import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { readSetting, writeSetting } from '@/utils/settings/store';
import { UI_LOCALE } from '@/utils/settings/ui';

/** Settings: the language of the extension's pages. */
export function SettingsSection() {
  const [lang, setLang] = useState<'auto' | 'zh_CN' | 'en'>('auto');
  useEffect(() => {
    readSetting(UI_LOCALE).then(setLang);
  }, []);
  return (
    <section id="settings" tabIndex={-1} aria-labelledby="settings-h">
      <h2 id="settings-h">{t('settingsHeading')}</h2>
      <label>
        {t('settingsLanguage')}{' '}
        <select
          data-testid="ui-locale"
          value={lang}
          onChange={async (e) => {
            const next = (e.currentTarget as HTMLSelectElement).value as typeof lang;
            await writeSetting(UI_LOCALE, next);
            location.reload();
          }}
        >
          <option value="auto">{t('settingsLanguageAuto')}</option>
          <option value="zh_CN">中文</option>
          <option value="en">English</option>
        </select>
      </label>
      <p class="muted">{t('settingsLanguageNote')}</p>
    </section>
  );
}
