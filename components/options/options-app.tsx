import { platformLabel, t } from '@/utils/i18n';
import { PLATFORMS } from '@/utils/platforms/registry';
import { DraftsSection } from './drafts-section';
import { paren } from './format';
import { FreshnessSection } from './freshness-section';
import { ImportSection } from './import-section';
import { MappingsSection } from './mappings-section';
import { PacksSection } from './packs-section';
import { ImportGate, PolicySection } from './policy-section';
import { PreviewDateSection } from './preview-date-section';
import { SectionNav } from './section-nav';
import { SettingsAside } from './settings-aside';
import { SettingsSection } from './settings-section';
import { SitesSection } from './sites-section';
import { TimelineSection } from './timeline-section';
import { Welcome } from './welcome';
import './options.css';

export function OptionsApp() {
  return (
    <main class="options">
      <h1 id="options-title" tabIndex={-1}>
        {t('optionsTitle')}
      </h1>
      <SectionNav />
      <p>
        <a href="workbench.html" data-testid="open-workbench">
          {t('wbOpen')}
        </a>
      </p>
      <SettingsAside />
      <Welcome />
      <TimelineSection />
      <FreshnessSection />
      <ImportGate>
        <ImportSection />
      </ImportGate>
      <PacksSection />
      <DraftsSection />
      <SitesSection />
      <PolicySection />
      <MappingsSection />
      <PreviewDateSection />
      <SettingsSection />
      <section id="known" tabIndex={-1} aria-labelledby="known-h">
        <h2 id="known-h">{t('knownPlatformsHeading')}</h2>
        <ul data-testid="known-platforms">
          {PLATFORMS.map((p) => (
            <li key={p.id}>
              <strong>{platformLabel(p.id)}</strong>
              {platformLabel(p.id) !== p.name && <span class="muted">{paren(p.name)}</span>}
              {t('colon')}
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
