import { platformLabel, t } from '@/utils/i18n';
import { PLATFORMS } from '@/utils/platforms/registry';
import { DraftsSection } from './drafts-section';
import { ImportSection } from './import-section';
import { MappingsSection } from './mappings-section';
import { PreviewDateSection } from './preview-date-section';
import { SettingsSection } from './settings-section';
import { SitesSection } from './sites-section';
import { TimelineSection } from './timeline-section';
import './options.css';

export function OptionsApp() {
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <TimelineSection />
      <ImportSection />
      <DraftsSection />
      <SitesSection />
      <MappingsSection />
      <PreviewDateSection />
      <SettingsSection />
      <section aria-labelledby="known-h">
        <h2 id="known-h">{t('knownPlatformsHeading')}</h2>
        <ul data-testid="known-platforms">
          {PLATFORMS.map((p) => (
            <li key={p.id}>
              <strong>{platformLabel(p.id)}</strong>
              {platformLabel(p.id) !== p.name && <span class="muted">（{p.name}）</span>}：{' '}
              {p.selfHosted ? (
                <span class="muted">{t('knownPlatformsSelfHosted')}</span>
              ) : (
                p.hosts.map((h) => <code key={h}>{h} </code>)
              )}
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
