import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OverlayRequirements, type RequirementsSource } from '@/components/overlay/overlay-requirements';
import { platformLabel, t } from '@/utils/i18n';
import { PAGE } from '@/utils/messages/page';
import type { PageDescription, PopupChannel, PopupView } from '@/utils/messages/popup';
import { sendMessage } from '@/utils/messaging';
import type { PageNotice } from '@/utils/notices/page-notice';
import { POLICY_DISABLED } from '@/utils/policy/disabled';
import { readSetting } from '@/utils/settings/store';
import { Checklist } from './checklist';
import '@/components/overlay/overlay.css';

/**
 * The notice on the tab's page, when the page reads like one (the popup then offers to import it). The notice
 * parser loads only now, after the popup has rendered.
 */
async function noticeOnPage(tabId: number): Promise<PageNotice | null> {
  // The administrator's policy turned importing off: the page is not read at all.
  if ((await readSetting(POLICY_DISABLED).catch(() => [] as string[])).includes('import')) return null;
  const [{ attachmentLinks, readPage, readsLikeNotice }, { parseNotice }] = await Promise.all([
    import('@/utils/notices/page-notice'),
    import('@/utils/notices/parse'),
  ]);
  const page = await readPage(tabId);
  if (!page || !readsLikeNotice(parseNotice(page.text))) return null;
  return { text: page.text, url: page.url, title: page.title, attachments: attachmentLinks(page.links) };
}

/** Hands the page's notice to the dashboard's import review and opens it there. */
async function importPageNotice(notice: PageNotice): Promise<void> {
  const { offerPageNotice } = await import('@/utils/notices/page-notice');
  await offerPageNotice(notice);
  await browser.tabs.create({ url: browser.runtime.getURL('/options.html#import') });
  window.close();
}

type Requirements = Pick<PopupView, 'requirements' | 'today' | 'followed'>;

/**
 * The popup. On a platform tab: that platform, its checklist and its requirements. Elsewhere: the overview of every
 * requirement (e-mail and post tasks included), followed ones first, past years collapsed. It renders from the
 * background's first view (one message) and follows the tab's page as the background posts each change.
 */
export function PopupApp({ view, channel }: { view: PopupView; channel: PopupChannel }) {
  const [page, setPage] = useState<PageDescription>(channel.latest ?? view.page);
  // The requirements of the platform shown (the view's, until the tab shows another platform).
  const [kb, setKb] = useState<{ platform: PageDescription['platform']; data: Requirements } | null>({
    platform: view.page.platform,
    data: view,
  });
  // undefined while the page is being read; null when it can't be read or isn't a notice.
  const [pageNotice, setPageNotice] = useState<PageNotice | null | undefined>(undefined);
  useEffect(() => channel.onPage(setPage), [channel]);
  useEffect(() => {
    if (view.tab === null) return setPageNotice(null);
    // Read once, when the popup opens: the toolbar click is what lets the extension read this tab (activeTab).
    noticeOnPage(view.tab).then(setPageNotice, () => setPageNotice(null));
  }, [view.tab]);
  const platform = page.platform;
  useEffect(() => {
    if (kb?.platform === platform) return;
    // The tab now shows another platform (or none): its requirements, unless it changes again meanwhile.
    let current = true;
    setKb(null);
    sendMessage(PAGE, 'kb/requirements', { platform }).then((data) => current && setKb({ platform, data }));
    return () => {
      current = false;
    };
  }, [platform]);
  const source = useMemo<RequirementsSource | null>(() => {
    if (!kb) return null;
    // The first load is what the popup already has; a later one (none yet: no source.changes) would ask again.
    let ready: Requirements | null = kb.data;
    return {
      load: () => {
        const data = ready;
        ready = null;
        return data ? Promise.resolve(data) : sendMessage(PAGE, 'kb/requirements', { platform: kb.platform });
      },
      follow: async (id, follow) => (await sendMessage(PAGE, 'reminders/follow', { id, follow })).followed,
    };
  }, [kb]);
  return (
    <main class="popup" data-page-notice={pageNotice === undefined ? 'reading' : pageNotice ? 'yes' : 'no'}>
      <header class="popup-head">
        <h1>{t('extName')}</h1>
        <button type="button" class="secondary" onClick={() => browser.runtime.openOptionsPage()}>
          {t('popupOpenOptions')}
        </button>
      </header>
      {platform ? (
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
      {platform && kb?.platform === platform && (
        <Checklist requirements={kb.data.requirements} today={kb.data.today} state={page.state} />
      )}
      {source && kb?.platform === platform && (
        <div data-testid={platform ? 'popup-platform-requirements' : 'popup-overview'}>
          <OverlayRequirements key={platform ?? ''} source={source} overview={!platform} />
        </div>
      )}
    </main>
  );
}
