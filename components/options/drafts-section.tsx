import { useEffect, useMemo, useState } from 'preact/hooks';
import { downloadJson } from '@/components/ui/download';
import { shanghaiDay } from '@/utils/deadlines/calendar';
import type { DraftRecord, VersionRecord } from '@/utils/drafts/records';
import { deleteDraft, restoreVersion, versionsOf, watchDrafts } from '@/utils/drafts/service';
import { exportAllDrafts, type ImportProblem, importDraftsFile } from '@/utils/drafts/transfer';
import { platformLabel, t } from '@/utils/i18n';
import { firstActive, timeRequirements } from '@/utils/knowledge/timing';
import type { RequirementView } from '@/utils/knowledge/view';
import { PLATFORMS } from '@/utils/platforms/registry';
import { DRAFTS_OFF, RETENTION_DAYS } from '@/utils/settings/planning';
import { readSetting, writeSetting } from '@/utils/settings/store';
import { isWebUrl } from '@/utils/web-url';
import { tn } from '../ui/plural';
import { DraftMove } from './draft-move';
import { when } from './format';
import { SaveReminderSetting } from './save-reminder-setting';
import { type Status, StatusLine } from './status-line';
import { useRequirementViews } from './use-knowledge';
import { useTypedText } from './use-typed-text';

/** A refused drafts file, in the UI language. */
function importProblem(p: ImportProblem): string {
  switch (p.code) {
    case 'not-json':
      return t('draftsImportNotJson');
    case 'foreign':
      return t('draftsImportForeign');
    case 'damaged':
      return t('draftsImportDamaged', [p.where || '—', p.detail || '—']);
    case 'not-web':
      return t('draftsImportNotWeb', [p.title, p.url]);
    case 'tampered':
      return t('draftsImportTampered', p.title);
  }
}

function Versions({ draft, onRestored }: { draft: DraftRecord; onRestored: (status: Status) => void }) {
  const [versions, setVersions] = useState<VersionRecord[] | null>(null);
  // The draft's values change when a version is restored (the old values become a version): read them again.
  useEffect(() => {
    versionsOf(draft.id).then(setVersions);
  }, [draft.id, draft.updatedAt]);
  if (!versions) return null;
  if (!versions.length) return <p class="muted">{t('draftsNoVersions')}</p>;
  return (
    <ol data-testid="draft-versions">
      {versions.map((v) => (
        <li key={v.id} data-testid="draft-version">
          {when(v.savedAt)} · {tn('draftsChanged', v.changed)}{' '}
          <button
            type="button"
            class="secondary"
            onClick={async () => {
              if (v.id === undefined) return;
              const r = await restoreVersion(draft.id, v.id).catch(() => ({ ok: false as const }));
              onRestored(
                r.ok
                  ? { kind: 'ok', text: t('draftsVersionRestored', when(r.savedAt)) }
                  : { kind: 'error', text: t('draftsVersionGone') },
              );
            }}
          >
            {t('draftsRestoreVersion')}
          </button>
        </li>
      ))}
    </ol>
  );
}

/**
 * The requirement a draft most likely serves: of its platform's requirements (built-in and imported), the most
 * urgent one that was not yet history on the day the draft was last saved.
 */
function requirementOf(d: DraftRecord, views: readonly RequirementView[]): string | null {
  const ofPlatform = views.filter((v) => v.platforms.includes(d.key.platform));
  return firstActive(timeRequirements(ofPlatform, shanghaiDay(d.updatedAt)))?.view.title ?? null;
}

/** Drafts by platform: search, versions, delete, export and import, retention, and the storage they use. */
export function DraftsSection() {
  const [drafts, setDrafts] = useState<DraftRecord[]>([]);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [retention, setRetention] = useState(180);
  const [retentionText, onRetentionInput, setRetentionText] = useTypedText(retention);
  const [off, setOff] = useState<string[]>([]);
  const [storage, setStorage] = useState<{ persisted: boolean; usage: number; quota: number } | null>(null);
  const views = useRequirementViews();

  useEffect(() => {
    readSetting(RETENTION_DAYS).then(setRetention);
    readSetting(DRAFTS_OFF).then(setOff);
    (async () => {
      // Ask the browser not to evict our data under storage pressure.
      const persisted = (await navigator.storage?.persist?.()) ?? false;
      const est = (await navigator.storage?.estimate?.()) ?? {};
      setStorage({ persisted, usage: est.usage ?? 0, quota: est.quota ?? 0 });
    })();
    // The list follows every change: a delete, a restore or an import here, an autosave on a platform page.
    return watchDrafts(setDrafts, (e) => setStatus({ kind: 'error', text: t('draftsReadFailed', String(e)) }));
  }, []);

  const shown = useMemo(() => {
    const q = query.trim();
    const found = q
      ? drafts.filter((d) => [d.title, d.url, ...Object.values(d.values)].some((s) => s.includes(q)))
      : drafts;
    // Grouped by platform, then by the requirement the draft serves.
    const groups = new Map<string, Map<string, DraftRecord[]>>();
    for (const d of found) {
      const byReq = groups.get(d.key.platform) ?? new Map<string, DraftRecord[]>();
      const req = (views && requirementOf(d, views)) ?? t('draftsNoRequirement');
      byReq.set(req, [...(byReq.get(req) ?? []), d]);
      groups.set(d.key.platform, byReq);
    }
    return groups;
  }, [drafts, query, views]);

  const remove = async (d: DraftRecord) => {
    await deleteDraft(d.id);
    setStatus({ kind: 'ok', text: t('draftsDeleted', d.title || d.url) });
  };

  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > 50 * 1024 * 1024) return setStatus({ kind: 'error', text: t('draftsImportTooLarge') });
    try {
      const r = await importDraftsFile(await file.text());
      if (!r.ok) return setStatus({ kind: 'error', text: importProblem(r.problem) });
      const done = tn('draftsImported', r.drafts);
      const kept = r.replaced ? ` ${tn('draftsImportKept', r.replaced)}` : '';
      setStatus({ kind: 'ok', text: `${done}${kept}` });
    } catch (err) {
      setStatus({ kind: 'error', text: t('draftsImportFailed', String(err)) });
    }
  };

  return (
    <section id="drafts" tabIndex={-1} aria-labelledby="drafts-h" data-testid="drafts-section">
      <h2 id="drafts-h">{t('draftsHeading')}</h2>
      <div class="row">
        <label>
          {t('draftsSearch')}
          <input
            data-testid="drafts-search"
            value={query}
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button
          type="button"
          data-testid="drafts-export"
          onClick={async () =>
            downloadJson(`tianbao-drafts-${new Date().toISOString().slice(0, 10)}.json`, await exportAllDrafts())
          }
        >
          {t('draftsExport')}
        </button>
        <label class="secondary">
          {t('draftsImport')}
          <input type="file" accept=".json,application/json" data-testid="drafts-import" onChange={onImport} />
        </label>
        <label>
          {t('draftsRetention')}
          <input
            type="number"
            min={7}
            max={3650}
            data-testid="drafts-retention"
            value={retentionText}
            onInput={onRetentionInput}
            onChange={async (e) => {
              const days = Number((e.currentTarget as HTMLInputElement).value);
              if (!Number.isInteger(days) || days < 7 || days > 3650) {
                setRetentionText(String(retention));
                return setStatus({ kind: 'error', text: t('draftsRetentionInvalid') });
              }
              await writeSetting(RETENTION_DAYS, days);
              setRetention(days);
              setStatus({ kind: 'ok', text: t('draftsRetentionSaved', String(days)) });
            }}
          />
        </label>
        <SaveReminderSetting />
      </div>
      <StatusLine status={status} testId="drafts-status" />
      {storage && (
        <p class="muted" data-testid="drafts-storage">
          {t('draftsStorage', [(storage.usage / 1024 / 1024).toFixed(1), (storage.quota / 1024 / 1024).toFixed(0)])}{' '}
          {storage.persisted ? t('draftsPersisted') : t('draftsNotPersisted')}
        </p>
      )}
      <fieldset data-testid="drafts-off">
        <legend>{t('draftsOffHeading')}</legend>
        <p class="muted">{t('draftsOffIntro')}</p>
        {PLATFORMS.map((p) => (
          <label key={p.id} class="check">
            <input
              type="checkbox"
              data-platform={p.id}
              checked={off.includes(p.id)}
              onChange={async (e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                const next = on ? [...new Set([...off, p.id])] : off.filter((x) => x !== p.id);
                await writeSetting(DRAFTS_OFF, next);
                setOff(next);
              }}
            />
            {platformLabel(p.id)}
          </label>
        ))}
      </fieldset>
      {drafts.length === 0 && <p class="muted">{t('draftsEmpty')}</p>}
      {[...shown].map(([platform, byReq]) => (
        <div key={platform}>
          <h3>{platformLabel(platform)}</h3>
          {[...byReq].map(([req, ofReq]) => (
            <div key={req} data-testid="drafts-group" data-requirement={req}>
              <h4 class="muted">{req}</h4>
              <ul>
                {ofReq.map((d) => (
                  <li key={d.id} data-testid="draft-item" data-url={d.url}>
                    <strong>{d.title || d.url}</strong> <span class="muted">{d.key.period ?? ''}</span>
                    <div class="muted" data-testid="draft-origin">
                      {d.key.origin ? t('draftsOrigin', d.key.origin) : t('draftsOriginUnknown')}
                    </div>
                    <div class="muted">
                      {when(d.updatedAt)} · {tn('draftsFields', Object.keys(d.values).length)} ·{' '}
                      {/* Drafts stored before imports were checked may hold any address: only http(s) is a link. */}
                      {isWebUrl(d.url) ? (
                        <a href={d.url} target="_blank" rel="noreferrer">
                          {d.url}
                        </a>
                      ) : (
                        <span data-testid="draft-url-text">{d.url}</span>
                      )}
                    </div>
                    <button
                      type="button"
                      class="secondary"
                      aria-expanded={open === d.id}
                      onClick={() => setOpen(open === d.id ? null : d.id)}
                    >
                      {t('draftsVersions')}
                    </button>{' '}
                    <button type="button" class="secondary" data-testid="draft-delete" onClick={() => remove(d)}>
                      {t('draftsDelete')}
                    </button>{' '}
                    <DraftMove draft={d} onDone={(ok, text) => setStatus({ kind: ok ? 'ok' : 'error', text })} />
                    {open === d.id && <Versions draft={d} onRestored={setStatus} />}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
