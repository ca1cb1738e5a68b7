import type { ComponentChildren } from 'preact';
import { type MessageKey, platformLabel, t, uiIsEnglish } from '@/utils/i18n';
import { PLATFORM_IDS } from '@/utils/platforms/registry';
import { useRequirementViews } from './use-knowledge';
import { usePolicy } from './use-policy';

/** A platform id or a feature name of the policy's `disabled`, as the UI names it. */
function disabledLabel(name: string): string {
  return (PLATFORM_IDS as readonly string[]).includes(name)
    ? platformLabel(name)
    : t(`policyFeature_${name}` as MessageKey);
}

/** The notice import, unless the administrator's policy turned importing off (`disabled: ["import"]`). */
export function ImportGate({ children }: { children: ComponentChildren }) {
  const { read } = usePolicy();
  if (!read.policy.disabled?.includes('import')) return <>{children}</>;
  return (
    <section id="import" tabIndex={-1} aria-labelledby="import-h" data-testid="import-section">
      <h2 id="import-h">{t('importHeading')}</h2>
      <p data-testid="import-off">
        {t('policyImportOff')} <span class="managed">{t('policySetByAdmin')}</span>
      </p>
    </section>
  );
}

/**
 * What the administrator's policy sets, all marked 由管理员设置: pushed packs, hosts, follows, trusted keys, what
 * is turned off; and, first, each value of the policy that was ignored and why (nothing else changes for it).
 */
export function PolicySection() {
  const { read, hosts, followed } = usePolicy();
  const { policy, warnings } = read;
  const views = useRequirementViews();
  const en = uiIsEnglish();
  const nothing =
    warnings.length === 0 &&
    !policy.packs?.length &&
    hosts.size === 0 &&
    followed.size === 0 &&
    !policy.trustedKeys?.length &&
    !policy.disabled?.length &&
    policy.saveReminderMinutes === undefined;
  return (
    <section id="policy" tabIndex={-1} aria-labelledby="policy-h" data-testid="policy-section">
      <h2 id="policy-h">{t('policyHeading')}</h2>
      {nothing ? (
        <p class="muted">{t('policyNone')}</p>
      ) : (
        <>
          <p class="muted">{t('policyIntro')}</p>
          {warnings.length > 0 && (
            <div role="alert" class="error">
              <p>{t('policyWarningsHeading')}</p>
              <ul>
                {warnings.map((w) => (
                  <li key={`${w.key}|${w.entry}|${w.zh}`} data-testid="policy-warning" data-key={w.key}>
                    {en ? w.en : w.zh}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {!!policy.packs?.length && (
            <>
              <h3>{t('policyPacks')}</h3>
              <ul>
                {policy.packs.map((p) => (
                  <li key={`${p.title}|${p.issued}`} data-testid="policy-pack">
                    {t('policyPackLine', [p.title, p.publisher, p.issued])}{' '}
                    <span class="managed">{t('policySetByAdmin')}</span>
                    {p.notices.some((n) => !n.reviewed) && <span class="unreviewed"> {t('packsUnreviewed')}</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
          {hosts.size > 0 && (
            <>
              <h3>{t('policySites')}</h3>
              <p>
                {[...hosts].map((h) => (
                  <code key={h}>{h} </code>
                ))}
              </p>
            </>
          )}
          {followed.size > 0 && (
            <>
              <h3>{t('policyFollowed')}</h3>
              <ul>
                {[...followed].map((id) => (
                  <li key={id} data-testid="policy-followed">
                    {views?.find((v) => v.id === id)?.title ?? ''} <code>{id}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
          {!!policy.trustedKeys?.length && (
            <>
              <h3>{t('policyTrustedKeys')}</h3>
              <ul>
                {policy.trustedKeys.map((k) => (
                  <li key={k}>
                    <code class="key">{k.slice(-24)}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
          {!!policy.disabled?.length && (
            <p>
              {t('policyDisabled')}
              {t('colon')}
              {policy.disabled.map(disabledLabel).join('、')}
            </p>
          )}
          {policy.saveReminderMinutes !== undefined && (
            <p>{t('policySaveReminder', String(policy.saveReminderMinutes))}</p>
          )}
        </>
      )}
    </section>
  );
}
