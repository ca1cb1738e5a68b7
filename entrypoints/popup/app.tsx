import { render } from 'preact';
import { PopupApp } from '@/components/popup/popup-app';
import { perfMark } from '@/utils/content/perf';
import { t } from '@/utils/i18n';
import { openPopupChannel } from '@/utils/messages/popup';
import type { EarlyPort } from '@/utils/messages/popup-port';
import { loadPickedLocale } from '@/utils/settings/ui';

/** Renders the popup once the background's first view and the user's language are both here. */
export function startPopup(early: EarlyPort): void {
  const channel = openPopupChannel(early);
  const root = document.getElementById('app');
  channel.view.then(
    () => perfMark('tianbao:popup-view'),
    () => undefined,
  );
  // The user's language choice is loaded before the first render, so no string flashes in the other language.
  Promise.all([loadPickedLocale().catch(() => undefined), channel.view]).then(
    ([, view]) => root && render(<PopupApp view={view} channel={channel} />, root),
    (e: unknown) => {
      if (!root) return;
      const p = document.createElement('p');
      p.setAttribute('role', 'alert');
      p.textContent = t('requirementsError', e instanceof Error ? e.message : String(e));
      root.replaceChildren(p);
    },
  );
}
