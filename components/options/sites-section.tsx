import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type MessageKey, platformLabel, t } from '@/utils/i18n';
import { isKnownPlatformHost } from '@/utils/platforms/match';
import { PLATFORMS, type PlatformId } from '@/utils/platforms/registry';
import { type HostInputError, parseHostInput, SITES, sitePattern, type UserSite } from '@/utils/platforms/user-sites';
import { onSettingChanged, readSetting, writeSetting } from '@/utils/settings/store';
import { ManagedSiteControls, SiteAccess } from './managed-site';
import { type Status, StatusLine } from './status-line';
import { usePolicy } from './use-policy';

const INPUT_ERRORS: Record<HostInputError, MessageKey> = {
  empty: 'sitesErrorEmpty',
  invalid: 'sitesErrorInvalid',
  path: 'sitesErrorInvalid',
  scheme: 'sitesErrorScheme',
};

const SELF_HOSTED = PLATFORMS.filter((p) => p.selfHosted);

/** Sites the user adds: a self-hosted platform's address, granted one host at a time. */
export function SitesSection() {
  const [sites, setSites] = useState<UserSite[]>([]);
  const [host, setHost] = useState('');
  const [platform, setPlatform] = useState<PlatformId>(SELF_HOSTED[0]?.id ?? 'gaozhi-status');
  const [status, setStatus] = useState<Status>(null);
  // Hosts the administrator's policy added: shown as such, and not removable here.
  const policy = usePolicy();

  useEffect(() => {
    readSetting(SITES).then(setSites);
    return onSettingChanged(SITES, setSites);
  }, []);

  const add = async (e: Event) => {
    e.preventDefault();
    // Validate before asking: permissions.request must run while the click's user gesture is still live.
    const parsed = parseHostInput(host);
    if (!parsed.ok) return setStatus({ kind: 'error', text: t(INPUT_ERRORS[parsed.error]) });
    if (isKnownPlatformHost(parsed.host)) {
      return setStatus({ kind: 'error', text: t('sitesErrorKnown', parsed.host) });
    }
    if (sites.some((s) => s.host === parsed.host)) {
      return setStatus({ kind: 'error', text: t('sitesErrorDuplicate', parsed.host) });
    }
    let granted = false;
    try {
      granted = await browser.permissions.request({ origins: [sitePattern(parsed.host)] });
    } catch {
      granted = false;
    }
    if (!granted) return setStatus({ kind: 'error', text: t('sitesDenied', parsed.host) });
    const next = [...sites, { host: parsed.host, platform, addedAt: Date.now() }];
    try {
      await writeSetting(SITES, next);
    } catch (err) {
      return setStatus({ kind: 'error', text: t('sitesErrorStorage', String(err)) });
    }
    setSites(next);
    setHost('');
    setStatus({ kind: 'ok', text: t('sitesAdded', parsed.host) });
  };

  const remove = async (site: UserSite) => {
    const next = sites.filter((s) => s.host !== site.host);
    try {
      await writeSetting(SITES, next);
    } catch (err) {
      return setStatus({ kind: 'error', text: t('sitesErrorStorage', String(err)) });
    }
    setSites(next);
    const pattern = sitePattern(site.host);
    if (!next.some((s) => sitePattern(s.host) === pattern)) {
      await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    }
  };

  return (
    <section id="sites" tabIndex={-1} aria-labelledby="sites-h" data-testid="sites-section">
      <h2 id="sites-h">{t('sitesHeading')}</h2>
      <p class="muted">{t('sitesIntro')}</p>
      <form class="row" onSubmit={add}>
        <label>
          {t('sitesHostLabel')}
          <input
            data-testid="site-host"
            value={host}
            placeholder={t('sitesHostPlaceholder')}
            onInput={(e) => setHost((e.currentTarget as HTMLInputElement).value)}
            autoComplete="off"
            spellcheck={false}
          />
        </label>
        <label>
          {t('sitesPlatformLabel')}
          <select
            data-testid="site-platform"
            value={platform}
            onChange={(e) => setPlatform((e.currentTarget as HTMLSelectElement).value as PlatformId)}
          >
            {SELF_HOSTED.map((p) => (
              <option value={p.id} key={p.id}>
                {platformLabel(p.id)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" data-testid="site-add">
          {t('sitesAdd')}
        </button>
      </form>
      <StatusLine status={status} testId="site-status" />
      {sites.length === 0 ? (
        <p class="muted">{t('sitesEmpty')}</p>
      ) : (
        <ul data-testid="site-list">
          {sites.map((s) => (
            <li key={s.host} data-testid="site-item" data-host={s.host} data-managed={policy.hosts.has(s.host)}>
              <code>{s.host}</code> · {platformLabel(s.platform)}{' '}
              {policy.hosts.has(s.host) ? (
                <ManagedSiteControls host={s.host} />
              ) : (
                <button type="button" class="secondary" onClick={() => remove(s)}>
                  {t('sitesRemove')}
                </button>
              )}
              <SiteAccess host={s.host} managed={policy.hosts.has(s.host)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
