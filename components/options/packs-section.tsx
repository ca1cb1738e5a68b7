import { useEffect, useState } from 'preact/hooks';
import { downloadJson } from '@/components/ui/download';
import { platformLabel, t, uiIsEnglish } from '@/utils/i18n';
import { watchImported } from '@/utils/notices/imported';
import { currentPackContent, exportableStore, storePackContent } from '@/utils/notices/pack-store';
import { exportPack } from '@/utils/packs/imported';
import { applyPack, diffPack, type PackChange, type PackDiff } from '@/utils/packs/merge';
import type { Pack, PackError } from '@/utils/packs/schema';
import { fromBase64, keyIdOf } from '@/utils/packs/sign';
import { SITES } from '@/utils/platforms/user-sites';
import { addTrustedKey, type PackFileRead, readPackFile, removeTrustedKey, TRUSTED_KEYS } from '@/utils/policy/trust';
import { MAPPINGS } from '@/utils/settings/mappings';
import { FOLLOWED } from '@/utils/settings/planning';
import { onSettingChanged, readSetting } from '@/utils/settings/store';
import { type Status, StatusLine } from './status-line';
import { usePolicy } from './use-policy';

type Store = Awaited<ReturnType<typeof exportableStore>>;
type Signature = Extract<PackFileRead, { ok: true }>['signature'];

/** A pack file is at most this big: the built-in knowledge of five notices is under 200 kB. */
const MAX_BYTES = 10 * 1024 * 1024;

const CHOICES = ['notices', 'sites', 'followed', 'mappings'] as const;
type Choice = (typeof CHOICES)[number];

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

function errorsText(errors: readonly PackError[]): string {
  const en = uiIsEnglish();
  return errors
    .slice(0, 3)
    .map((e) => (en ? e.en : e.zh))
    .join(en ? '; ' : '；');
}

function changeText(c: PackChange): string {
  switch (c.kind) {
    case 'notice':
      return t('packsChangeNotice', [c.docNumber ?? c.title, String(c.requirements)]);
    case 'notice-header':
      return t('packsChangeNoticeHeader', [c.docNumber ?? c.title, c.fields.join(', ')]);
    case 'requirement':
      return t('packsChangeRequirement', [c.item, c.title]);
    case 'site':
      return t('packsChangeSite', [c.host, platformLabel(c.platform)]);
    case 'followed':
      return t('packsChangeFollowed', c.id);
    case 'mapping':
      return t('packsChangeMapping', [c.field, c.page]);
  }
}

/** Export: a pack of what the user chooses, as a .json file. */
function ExportPanel() {
  const [store, setStore] = useState<Store | null>(null);
  const [chosen, setChosen] = useState<Record<Choice, boolean>>({
    notices: true,
    sites: true,
    followed: true,
    mappings: true,
  });
  const [title, setTitle] = useState(t('packsExportDefaultTitle'));
  const [publisher, setPublisher] = useState(t('packsExportDefaultPublisher'));
  const [status, setStatus] = useState<Status>(null);

  // The counts follow every change: an import just below, a site added, a notice deleted in another tab.
  useEffect(() => {
    const refresh = () => void exportableStore().then(setStore);
    const stops = [
      watchImported(refresh),
      onSettingChanged(SITES, refresh),
      onSettingChanged(FOLLOWED, refresh),
      onSettingChanged(MAPPINGS, refresh),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  }, []);

  if (!store) return null;
  const counts: Record<Choice, number> = {
    notices: store.imported.length,
    sites: store.sites.length,
    followed: store.followed.length,
    mappings: Object.keys(store.mappings).length,
  };
  const labels: Record<
    Choice,
    'packsExportNotices' | 'packsExportSites' | 'packsExportFollowed' | 'packsExportMappings'
  > = {
    notices: 'packsExportNotices',
    sites: 'packsExportSites',
    followed: 'packsExportFollowed',
    mappings: 'packsExportMappings',
  };

  const onExport = async (e: Event) => {
    e.preventDefault();
    if (!title.trim() || !publisher.trim()) return setStatus({ kind: 'error', text: t('packsExportEmptyTitle') });
    if (!CHOICES.some((c) => chosen[c] && counts[c] > 0)) {
      return setStatus({ kind: 'error', text: t('packsExportNothing') });
    }
    // Read again: another tab may have imported or followed something since this one loaded.
    const now = await exportableStore();
    const issued = today();
    const pack = exportPack(
      { title: title.trim(), publisher: publisher.trim(), issued },
      {
        imported: chosen.notices ? now.imported : [],
        sites: chosen.sites ? now.sites : [],
        followed: chosen.followed ? now.followed : [],
        mappings: chosen.mappings ? now.mappings : {},
      },
    );
    const file = `tianbao-pack-${issued}.json`;
    downloadJson(file, pack);
    setStore(now);
    setStatus({ kind: 'ok', text: t('packsExported', file) });
  };

  return (
    <form onSubmit={onExport} data-testid="pack-export">
      <h3>{t('packsExportHeading')}</h3>
      <fieldset>
        <legend>{t('packsExportChoose')}</legend>
        {CHOICES.map((c) => (
          <label key={c} class="check">
            <input
              type="checkbox"
              data-testid={`pack-export-${c}`}
              checked={chosen[c]}
              onChange={(e) => setChosen({ ...chosen, [c]: (e.currentTarget as HTMLInputElement).checked })}
            />{' '}
            {t(labels[c], String(counts[c]))}
          </label>
        ))}
      </fieldset>
      <div class="row">
        <label>
          {t('packsExportTitle')}
          <input value={title} onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          {t('packsExportPublisher')}
          <input value={publisher} onInput={(e) => setPublisher((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit" data-testid="pack-export-button">
          {t('packsExport')}
        </button>
      </div>
      <StatusLine status={status} testId="pack-export-status" />
    </form>
  );
}

function SignatureNote({ sig }: { sig: Signature }) {
  const why = uiIsEnglish() ? sig.reason.en : sig.reason.zh;
  const text =
    sig.status === 'trusted'
      ? sig.trustedBy === 'policy'
        ? t('packsSigTrustedByPolicy', sig.keyId ?? '')
        : t('packsSigTrusted', why)
      : sig.status === 'valid-untrusted'
        ? t('packsSigValidUntrusted', why)
        : t('packsSigUnsigned');
  return (
    <p class={sig.status === 'trusted' ? 'ok' : 'muted'} data-testid="pack-signature" data-status={sig.status}>
      {text}
    </p>
  );
}

function DiffList({ diff }: { diff: PackDiff }) {
  return (
    <>
      {diff.adds.length > 0 && (
        <>
          <h4>{t('packsDiffAdd')}</h4>
          <ul>
            {diff.adds.map((c, i) => (
              <li key={`a${i}`} data-testid="pack-add">
                {changeText(c)}
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.changes.length > 0 && (
        <>
          <h4>{t('packsDiffChange')}</h4>
          <ul>
            {diff.changes.map((c, i) => (
              <li key={`c${i}`} data-testid="pack-change">
                {changeText(c)}
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.unchanged > 0 && <p class="muted">{t('packsDiffUnchanged', String(diff.unchanged))}</p>}
    </>
  );
}

/**
 * Import: the pack is read, its signature checked (a signature that does not hold refuses it), and what it adds
 * or changes shown before anything is written; then all of it is applied, or, on any problem, nothing.
 */
function ImportPanel({ userKeys, policyKeys }: { userKeys: string[]; policyKeys: string[] }) {
  const [status, setStatus] = useState<Status>(null);
  const [pending, setPending] = useState<{ pack: Pack; sig: Signature; diff: PackDiff } | null>(null);

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    setPending(null);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      return setStatus({ kind: 'error', text: t('packsImportFileError', `${Math.round(file.size / 1048576)} MB`) });
    }
    let text: string;
    try {
      text = await file.text();
    } catch (err) {
      return setStatus({ kind: 'error', text: t('packsImportFileError', String(err)) });
    }
    // The signature is checked over the file as written, before parsing fills in defaults.
    const parsed = await readPackFile(text, userKeys, policyKeys);
    if (!parsed.ok) {
      const refused = parsed.signature?.status === 'invalid' ? parsed.signature.reason : null;
      if (refused)
        return setStatus({ kind: 'error', text: t('packsImportRefused', uiIsEnglish() ? refused.en : refused.zh) });
      return setStatus({ kind: 'error', text: t('packsImportMalformed', errorsText(parsed.errors)) });
    }
    const sig = parsed.signature;
    const diff = diffPack(await currentPackContent(), parsed.pack);
    if (diff.errors.length) {
      return setStatus({ kind: 'error', text: t('packsImportMalformed', errorsText(diff.errors)) });
    }
    setStatus(null);
    setPending({ pack: parsed.pack, sig, diff });
  };

  const apply = async () => {
    if (!pending) return;
    try {
      // Against what is there now: the diff shown was made a moment ago.
      const base = await currentPackContent();
      const result = applyPack(base, pending.pack);
      if (!result.ok) return setStatus({ kind: 'error', text: t('packsImportMalformed', errorsText(result.errors)) });
      await storePackContent(base, result.next);
      setStatus({ kind: 'ok', text: t('packsApplied', pending.pack.title) });
      setPending(null);
    } catch (err) {
      setStatus({ kind: 'error', text: t('packsApplyFailed', err instanceof Error ? err.message : String(err)) });
    }
  };

  const nothingNew = pending && pending.diff.adds.length === 0 && pending.diff.changes.length === 0;
  return (
    <div data-testid="pack-import">
      <h3>{t('packsImportHeading')}</h3>
      <label>
        {t('packsImportFile')}{' '}
        <input type="file" accept=".json,application/json" data-testid="pack-file" onChange={onFile} />
      </label>
      <StatusLine status={status} testId="pack-status" />
      {pending && (
        <div data-testid="pack-diff">
          <h4>{t('packsDiffHeading', pending.pack.title)}</h4>
          <SignatureNote sig={pending.sig} />
          {pending.pack.notices.some((n) => !n.reviewed) && (
            <p class="unreviewed" data-testid="pack-unreviewed">
              {t('packsUnreviewed')}
              {t('colon')}
              {pending.pack.notices
                .filter((n) => !n.reviewed)
                .map((n) => n.docNumber ?? n.title)
                .join('、')}
            </p>
          )}
          {nothingNew ? <p class="muted">{t('packsDiffNothing')}</p> : <DiffList diff={pending.diff} />}
          <div class="row">
            {!nothingNew && (
              <button type="button" data-testid="pack-apply" onClick={apply}>
                {t('packsApply')}
              </button>
            )}
            <button type="button" class="secondary" onClick={() => setPending(null)}>
              {t('packsCancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

/** The user's trusted public keys: packs they sign show as trusted. */
function TrustedKeys({ keys }: { keys: string[] }) {
  const [text, setText] = useState('');
  const [ids, setIds] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    let live = true;
    Promise.all(keys.map(async (k) => [k, await keyIdOf(fromBase64(k))] as const)).then((pairs) => {
      if (live) setIds(Object.fromEntries(pairs));
    });
    return () => {
      live = false;
    };
  }, [keys]);

  const add = async (e: Event) => {
    e.preventDefault();
    const r = await addTrustedKey(text);
    if (!r.ok) {
      return setStatus({ kind: 'error', text: t(r.error === 'invalid' ? 'packsKeyInvalid' : 'packsKeyDuplicate') });
    }
    setText('');
    setStatus({ kind: 'ok', text: t('packsKeyAdded', await keyIdOf(fromBase64(r.key))) });
  };

  return (
    <form onSubmit={add} data-testid="pack-keys">
      <h3>{t('packsKeysHeading')}</h3>
      <p class="muted">{t('packsKeysIntro')}</p>
      {keys.length === 0 ? (
        <p class="muted">{t('packsKeysEmpty')}</p>
      ) : (
        <ul>
          {keys.map((k) => (
            <li key={k} data-testid="pack-key">
              <code>{ids[k] ?? '…'}</code>{' '}
              <button type="button" class="secondary" onClick={() => removeTrustedKey(k)}>
                {t('packsKeyRemove', ids[k] ?? '')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <label>
        {t('packsKeyLabel')}
        <textarea
          rows={3}
          data-testid="pack-key-input"
          value={text}
          spellcheck={false}
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      <button type="submit" data-testid="pack-key-add">
        {t('packsKeyAdd')}
      </button>
      <StatusLine status={status} testId="pack-key-status" />
    </form>
  );
}

/** Knowledge packs in the dashboard: export what the user has, import a pack, and the keys that vouch for packs. */
export function PacksSection() {
  const policy = usePolicy();
  const [keys, setKeys] = useState<string[]>([]);
  useEffect(() => {
    readSetting(TRUSTED_KEYS).then(setKeys);
    return onSettingChanged(TRUSTED_KEYS, setKeys);
  }, []);
  return (
    <section id="packs" tabIndex={-1} aria-labelledby="packs-h" data-testid="packs-section">
      <h2 id="packs-h">{t('packsHeading')}</h2>
      <p class="muted">{t('packsIntro')}</p>
      <ExportPanel />
      {policy.read.policy.disabled?.includes('import') ? (
        <p data-testid="pack-import-off">
          {t('policyImportOff')} <span class="managed">{t('policySetByAdmin')}</span>
        </p>
      ) : (
        <ImportPanel userKeys={keys} policyKeys={policy.read.policy.trustedKeys ?? []} />
      )}
      <TrustedKeys keys={keys} />
    </section>
  );
}
