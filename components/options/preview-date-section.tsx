import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { PREVIEW_DATE } from '@/utils/settings/planning';
import { onSettingChanged, readSetting, writeSetting } from '@/utils/settings/store';

/** "What is due on …": judge every deadline on a chosen day instead of today, until cleared. */
export function PreviewDateSection() {
  const [value, setValue] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    readSetting(PREVIEW_DATE).then(setValue);
    return onSettingChanged(PREVIEW_DATE, setValue);
  }, []);
  const save = async (next: string | null) => {
    try {
      await writeSetting(PREVIEW_DATE, next);
      setValue(next);
      setError(null);
    } catch (e) {
      setError(t('sitesErrorStorage', String(e)));
    }
  };
  return (
    <section id="preview" tabIndex={-1} aria-labelledby="preview-h">
      <h2 id="preview-h">{t('previewHeading')}</h2>
      <p class="muted">{t('previewIntro')}</p>
      <div class="row">
        <label>
          {t('previewLabel')}
          <input
            type="date"
            data-testid="preview-date"
            value={value ?? ''}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLInputElement).value;
              void save(/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);
            }}
          />
        </label>
        <button
          type="button"
          class="secondary"
          data-testid="preview-clear"
          disabled={!value}
          onClick={() => save(null)}
        >
          {t('previewClear')}
        </button>
      </div>
      <p role="status" data-testid="preview-status">
        {value ? t('previewActiveOn', value) : t('previewToday')}
      </p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
