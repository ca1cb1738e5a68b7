import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { SAVE_REMINDER_MINUTES } from '@/utils/settings/save-reminder';
import { readSetting, writeSetting } from '@/utils/settings/store';
import { useTypedText } from './use-typed-text';

/**
 * After how many minutes of typing not saved on the platform the panel reminds the user (0: never). Bad input is
 * refused with a message and changes nothing.
 */
export function SaveReminderSetting() {
  const [minutes, setMinutes] = useState(SAVE_REMINDER_MINUTES.fallback);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [text, onInput, setText] = useTypedText(minutes);
  useEffect(() => {
    readSetting(SAVE_REMINDER_MINUTES).then(setMinutes);
  }, []);
  return (
    <>
      <label>
        {t('settingsSaveReminder')}
        <input
          type="number"
          min={0}
          max={240}
          data-testid="save-reminder-minutes"
          value={text}
          onInput={onInput}
          onChange={async (e) => {
            const input = e.currentTarget as HTMLInputElement;
            const next = Number(input.value);
            if (input.value.trim() === '' || !SAVE_REMINDER_MINUTES.schema.safeParse(next).success) {
              setText(String(minutes));
              return setStatus({ ok: false, text: t('settingsSaveReminderBad') });
            }
            await writeSetting(SAVE_REMINDER_MINUTES, next);
            setMinutes(next);
            setStatus({ ok: true, text: t('settingsSaveReminderSaved', String(next)) });
          }}
        />
      </label>
      {status && (
        <span
          role={status.ok ? 'status' : 'alert'}
          class={status.ok ? 'ok' : 'error'}
          data-testid="save-reminder-status"
        >
          {status.text}
        </span>
      )}
    </>
  );
}
