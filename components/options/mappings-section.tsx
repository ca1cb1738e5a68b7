import { useEffect, useState } from 'preact/hooks';
import { type MessageKey, platformLabel, t } from '@/utils/i18n';
import { MAPPINGS, type ManualRule, type Mappings } from '@/utils/settings/mappings';
import { onSettingChanged, readSetting, writeSetting } from '@/utils/settings/store';

/** A mapped rule by the name the page's 指定字段 gave it (the user never saw the rule's id). */
function ruleName(rule: ManualRule): string {
  const key: MessageKey =
    rule.kind === 'phone'
      ? rule.accept === 'mobile'
        ? 'ruleMobile'
        : 'rulePhone'
      : rule.kind === 'date'
        ? rule.precision === 'month'
          ? 'ruleMonth'
          : 'ruleDate'
        : (
            {
              integer: 'ruleInteger',
              decimal: 'ruleDecimal',
              email: 'ruleEmail',
              url: 'ruleUrl',
              maxChars: 'ruleMaxChars',
            } as const
          )[rule.kind];
  return rule.kind === 'maxChars' ? `${t(key)} ${rule.max}` : t(key);
}

/** The fields the user mapped by hand (指定字段) or excluded from drafts, page by page; each can be removed. */
export function MappingsSection() {
  const [all, setAll] = useState<Mappings>({});
  useEffect(() => {
    readSetting(MAPPINGS).then(setAll);
    return onSettingChanged(MAPPINGS, setAll);
  }, []);
  const pages = Object.entries(all).filter(([, fields]) => Object.keys(fields).length > 0);
  const remove = async (page: string, field: string) => {
    const next = { ...all, [page]: { ...all[page] } };
    delete next[page]?.[field];
    await writeSetting(MAPPINGS, next);
    setAll(next);
  };
  return (
    <section id="mappings" tabIndex={-1} aria-labelledby="mappings-h" data-testid="mappings-section">
      <h2 id="mappings-h">{t('mappingsHeading')}</h2>
      {pages.length === 0 ? (
        <p class="muted">{t('mappingsEmpty')}</p>
      ) : (
        pages.map(([page, fields]) => {
          const [platform, path] = page.split('|');
          return (
            <div key={page}>
              <h3>
                {platformLabel(platform ?? '')} <code>{path}</code>
              </h3>
              <ul>
                {Object.entries(fields).map(([field, m]) => (
                  <li key={field} data-testid="mapping-item">
                    <code>{field}</code>
                    {m.label ? ` → ${m.label}` : ''}
                    {m.rule ? ` · ${ruleName(m.rule)}` : ''}
                    {m.noDraft ? ` · ${t('fieldNoDraft')}` : ''}{' '}
                    <button type="button" class="secondary" onClick={() => remove(page, field)}>
                      {t('sitesRemove')}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          );
        })
      )}
    </section>
  );
}
