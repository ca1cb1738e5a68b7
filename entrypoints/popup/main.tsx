import { render } from 'preact';
import { PopupApp } from '@/components/popup/popup-app';
import '@/components/ui/base.css';
import { perfMark } from '@/utils/content/perf';
import { t } from '@/utils/i18n';
import { openPopupChannel } from '@/utils/messages/popup';
import { loadPickedLocale } from '@/utils/settings/ui';

// The tab the popup speaks about: `?tab=<id>` when it is opened as a page, else the active tab (the background's).
const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
// The background is asked at once, while the user's language loads: one message brings what the first render needs.
const channel = openPopupChannel(Number.isInteger(fromQuery) && fromQuery > 0 ? fromQuery : null);
const root = document.getElementById('app');
// The user's language choice is loaded before the first render, so no string flashes in the other language.
channel.view.then(
  () => perfMark('tianbao:popup-view'),
  () => undefined,
);
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
