import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OverlayRequirements, type RequirementsSource } from '@/components/overlay/overlay-requirements';
import { platformLabel, t } from '@/utils/i18n';
import type { RequirementView } from '@/utils/knowledge/view';
import { PAGE } from '@/utils/messages/page';
import { type Response, sendMessage, sendTabMessage } from '@/utils/messaging';
import {
  attachmentLinks,
  offerPageNotice,
  type PageNotice,
  readPage,
  readsLikeNotice,
} from '@/utils/notices/page-notice';
import { parseNotice } from '@/utils/notices/parse';
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

/** The notice on the tab's page, when the page reads like one (the popup then offers to import it). */
async function noticeOnPage(tabId: number): Promise<PageNotice | null> {
  const page = await readPage(tabId);
  if (!page || !readsLikeNotice(parseNotice(page.text))) return null;
  return { text: page.text, url: page.url, title: page.title, attachments: attachmentLinks(page.links) };
}

/** Hands the page's notice to the dashboard's import review and opens it there. */
async function importPageNotice(notice: PageNotice): Promise<void> {
  await offerPageNotice(notice);
  await browser.tabs.create({ url: browser.runtime.getURL('/options.html#import') });
  window.close();
}

export function PopupApp() {
  const [platform, setPlatform] = useState<PlatformId | null | undefined>(undefined);
  const [state, setState] = useState<PageState>(null);
  const [kb, setKb] = useState<{ requirements: RequirementView[]; today: string } | null>(null);
  // undefined while the page is being read; null when it can't be read or isn't a notice.
  const [pageNotice, setPageNotice] = useState<PageNotice | null | undefined>(undefined);
  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    (async () => {
      const tabId = await targetTab();
      if (tabId === undefined) {
        setPageNotice(null);
        return setPlatform(null);
      }
      // Read once, when the popup opens: the toolbar click is what lets the extension read this tab (activeTab).
      noticeOnPage(tabId).then(setPageNotice);
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
    <main class="popup" data-page-notice={pageNotice === undefined ? 'reading' : pageNotice ? 'yes' : 'no'}>
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
      {pageNotice && (
        <div class="popup-import" data-testid="popup-import">
          <p class="muted">{t('popupImportPageHint')}</p>
          <button type="button" onClick={() => importPageNotice(pageNotice)}>
            {t('popupImportPage')}
          </button>
        </div>
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
