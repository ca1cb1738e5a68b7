import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { sitePattern } from '@/utils/platforms/user-sites';

/**
 * A site in the list whose host the browser has not granted (one the administrator's policy or an imported pack
 * added: neither can grant access): it waits for the user's one click, offered right here, since
 * permissions.request must run from that click.
 */
export function SiteAccess({ host, managed }: { host: string; managed: boolean }) {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [denied, setDenied] = useState(false);
  const pattern = sitePattern(host);

  useEffect(() => {
    const check = () =>
      browser.permissions
        .contains({ origins: [pattern] })
        .then(setGranted)
        .catch(() => setGranted(false));
    void check();
    // Granted elsewhere (chrome://extensions, the toolbar's site access menu): seen when the user comes back.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void check();
    };
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [pattern]);

  const grant = async () => {
    let ok = false;
    try {
      ok = await browser.permissions.request({ origins: [pattern] });
    } catch {
      ok = false;
    }
    setDenied(!ok);
    if (ok) setGranted(true);
  };

  if (granted !== false) return null;
  return (
    <p class="grant" data-testid="site-needs-grant">
      {t(managed ? 'policyNeedsGrant' : 'sitesNeedsGrant')}{' '}
      <button type="button" data-testid="site-grant" onClick={grant}>
        {t('policyGrant', host)}
      </button>
      {denied && (
        <span role="alert" class="error">
          {' '}
          {t('policyGrantDenied', host)}
        </span>
      )}
    </p>
  );
}

/** A host the administrator's policy added: marked 由管理员设置; its remove button stays, disabled, saying why. */
export function ManagedSiteControls({ host }: { host: string }) {
  const reasonId = `managed-reason-${host.replace(/[^a-z0-9]/g, '-')}`;
  return (
    <>
      <span class="managed" data-testid="site-managed">
        {t('policySetByAdmin')}
      </span>{' '}
      <button type="button" class="secondary" disabled aria-describedby={reasonId}>
        {t('sitesRemove')}
      </button>{' '}
      <span class="muted" id={reasonId}>
        {t('policyCannotRemove')}
      </span>
    </>
  );
}
