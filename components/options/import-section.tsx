import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { downloadJson } from '@/components/ui/download';
import type { ImportedNoticeRecord } from '@/utils/drafts/records';
import { platformLabel, t } from '@/utils/i18n';
import { KIND_CHOICES } from '@/utils/knowledge/kinds';
import { deadlineNote } from '@/utils/notices/deadline-patterns';
import { deleteImported, saveImported, watchImported } from '@/utils/notices/imported';
import { type PageNotice, takePageNotice } from '@/utils/notices/page-notice';
import { type ParsedDeadline, type ParsedKind, type ParsedNotice, parseNotice } from '@/utils/notices/parse';
import {
  type ItemChoice,
  importId,
  isActionable,
  MANUAL_ITEM_LABEL,
  manualItem,
  toRequirements,
} from '@/utils/notices/to-requirements';
import { defaultChoices } from '@/utils/packs/from-text';
import { PLATFORMS } from '@/utils/platforms/registry';
import { isWebUrl } from '@/utils/web-url';
import { tn } from '../ui/plural';
import { quote } from './format';
import { type Status, StatusLine } from './status-line';

const MAX_BYTES = 5 * 1024 * 1024;
/** A notice with its annexes is tens of thousands of characters; a file that unpacks to more is not one. */
const MAX_TEXT = 1_000_000;
/** The review marks at most this many different phrases: each costs a search of the text. */
const MAX_MARKED = 300;

/** The text with every phrase the parser took marked, built as elements (never as HTML). */
function Highlighted({ text, phrases }: { text: string; phrases: readonly string[] }) {
  const wanted = [...new Set(phrases.filter((p) => p.length > 1))]
    .sort((a, b) => b.length - a.length)
    .slice(0, MAX_MARKED);
  // The next place of each phrase, searched again only once the text has moved past it: each phrase's search
  // walks the text once in all, instead of once per mark (a hostile text with thousands of marks froze the page).
  const next = wanted.map((p) => text.indexOf(p));
  const parts: ComponentChildren[] = [];
  let at = 0;
  let key = 0;
  for (;;) {
    let best = -1;
    for (let i = 0; i < wanted.length; i++) {
      const found = next[i] ?? -1;
      if (found >= 0 && found < at) next[i] = text.indexOf(wanted[i] ?? '', at);
      const n = next[i] ?? -1;
      if (n >= 0 && (best < 0 || n < (next[best] ?? -1))) best = i;
    }
    const from = best < 0 ? -1 : (next[best] ?? -1);
    const p = wanted[best];
    if (from < 0 || p === undefined) {
      parts.push(text.slice(at));
      break;
    }
    parts.push(text.slice(at, from), <mark key={key++}>{p}</mark>);
    at = from + p.length;
  }
  return <pre class="notice-text">{parts}</pre>;
}

/** What the parser says of a deadline's phrase (an approximate day, a relative time, a year it inferred or lacks). */
function DeadlineNote({ d, id }: { d: ParsedDeadline; id: string }) {
  const note = deadlineNote(d);
  return note ? (
    <div class="deadline-note" id={id} data-testid="import-deadline-note">
      {t('reqNote')}
      {t('colon')}
      {note}
    </div>
  ) : null;
}

/** Import a new notice: paste or open its text, review what was found, keep what matters, save. */
export function ImportSection() {
  const [text, setText] = useState('');
  const [parsed, setParsed] = useState<ParsedNotice | null>(null);
  const [choices, setChoices] = useState<ItemChoice[]>([]);
  const [status, setStatus] = useState<Status>(null);
  const [imported, setImported] = useState<ImportedNoticeRecord[]>([]);
  // The page the text came from (导入本页通知): saved as the notice's source, with the annex files it links to.
  const [fromPage, setFromPage] = useState<Omit<PageNotice, 'text'> | null>(null);
  // The list follows every change, here or in another of the extension's pages.
  useEffect(() => watchImported(setImported), []);

  const parse = (source: string) => {
    const p = parseNotice(source);
    const actionable = p.items.filter(isActionable);
    if (!p.notice && actionable.length === 0) {
      setParsed(null);
      return setStatus({ kind: 'error', text: t('importNotNotice') });
    }
    setParsed(p);
    setChoices(defaultChoices(p));
    setStatus(null);
  };

  // The popup's 导入本页通知 leaves the page's text for this review once; it opens here already parsed.
  useEffect(() => {
    takePageNotice().then((notice) => {
      if (!notice) return;
      const { text: pageText, ...page } = notice;
      setFromPage(page);
      setText(pageText);
      parse(pageText);
      document.getElementById('import')?.scrollIntoView();
    });
  }, []);

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_BYTES) return setStatus({ kind: 'error', text: t('importTooLarge') });
    const kind = /\.docx$/i.test(file.name)
      ? 'docx'
      : /\.pdf$/i.test(file.name)
        ? 'pdf'
        : /\.txt$/i.test(file.name)
          ? 'txt'
          : null;
    if (!kind) return setStatus({ kind: 'error', text: t('importFileType') });
    setStatus({ kind: 'ok', text: t('importReading') });
    try {
      let content: string;
      if (kind === 'txt') {
        content = await file.text();
        if (content.includes('\uFFFD')) return setStatus({ kind: 'error', text: t('importUnreadable') });
      } else if (kind === 'docx') {
        // The readers load only when such a file is opened.
        const { docxText, DocxError } = await import('@/utils/notices/readers/docx');
        try {
          content = await docxText(await file.arrayBuffer());
        } catch (err) {
          const bomb = err instanceof DocxError && err.problem === 'too-large';
          return setStatus({ kind: 'error', text: t(bomb ? 'importDocxTooLarge' : 'importUnreadable') });
        }
      } else {
        const { pdfText, PdfError } = await import('@/utils/notices/readers/pdf');
        try {
          content = await pdfText(await file.arrayBuffer());
        } catch (err) {
          const noText = err instanceof PdfError && err.message === 'no text layer';
          return setStatus({ kind: 'error', text: t(noText ? 'importPdfNoText' : 'importUnreadable') });
        }
      }
      if (content.length > MAX_TEXT) return setStatus({ kind: 'error', text: t('importTextTooLong') });
      setText(content);
      parse(content);
    } catch {
      setStatus({ kind: 'error', text: t('importUnreadable') });
    }
  };

  const save = async () => {
    if (!parsed) return;
    const id = importId(text);
    const requirements = toRequirements(
      id,
      parsed,
      choices,
      text
        .split('\n')
        .find((l) => l.trim())
        ?.trim() ?? '',
    );
    if (!requirements.length) return setStatus({ kind: 'error', text: t('importNothingKept') });
    try {
      await saveImported({
        id,
        docNumber: parsed.notice,
        title: parsed.title ?? requirements[0]?.notice.title ?? id,
        date: parsed.date,
        issuer: parsed.issuer,
        importedAt: Date.now(),
        text,
        requirements,
        ...(fromPage ? { sourceUrl: fromPage.url } : {}),
      });
    } catch (err) {
      return setStatus({ kind: 'error', text: t('sitesErrorStorage', String(err)) });
    }
    setStatus({ kind: 'ok', text: tn('importSaved', requirements.length) });
    setParsed(null);
    setText('');
    setFromPage(null);
  };

  const phrases = parsed
    ? parsed.items.flatMap((i) => [
        ...i.deadlines.map((d) => d.text),
        ...i.urls,
        ...i.emails,
        ...i.contacts.map((c) => c.text),
        ...i.annexes.map((a) => a.text),
      ])
    : [];
  const setChoice = (i: number, patch: Partial<ItemChoice>) =>
    setChoices(choices.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const setDeadline = (i: number, j: number, patch: Partial<ParsedDeadline> | null) => {
    const c = choices[i];
    if (!c) return;
    const deadlines =
      patch === null
        ? c.deadlines.filter((_, k) => k !== j)
        : c.deadlines.map((d, k) => (k === j ? { ...d, ...patch } : d));
    setChoice(i, { deadlines });
  };
  const addItem = () => {
    if (!parsed) return;
    setParsed({ ...parsed, items: [...parsed.items, manualItem(0)] });
    setChoices([...choices, { keep: true, title: '', platforms: [], deadlines: [] }]);
  };

  return (
    <section id="import" tabIndex={-1} aria-labelledby="import-h" data-testid="import-section">
      <h2 id="import-h">{t('importHeading')}</h2>
      <p class="muted">{t('importIntro')}</p>
      <textarea
        data-testid="notice-text"
        rows={8}
        style={{ width: '100%' }}
        aria-label={t('importTextLabel')}
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <div class="row">
        <button type="button" data-testid="notice-parse" disabled={!text.trim()} onClick={() => parse(text)}>
          {t('importParse')}
        </button>
        <label>
          {t('importOpenFile')}
          <input type="file" accept=".txt,.docx,.pdf" data-testid="notice-file" onChange={onFile} />
        </label>
      </div>
      <StatusLine status={status} testId="import-status" />
      {fromPage && (
        <div data-testid="import-from-page">
          <p>{t('importFromPage', fromPage.url)}</p>
          {fromPage.attachments.length > 0 && (
            <>
              <h3>{t('importAttachmentsHeading')}</h3>
              <p class="muted">{t('importAttachmentsHint')}</p>
              <ul>
                {fromPage.attachments.map((a) => (
                  <li key={a.href}>
                    {/* The user's own click downloads the file (a navigation, not a request of the extension). */}
                    <a href={a.href} target="_blank" rel="noopener noreferrer" data-testid="import-attachment">
                      {a.text}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {parsed && (
        <div class="import-review" data-testid="import-review">
          <p>
            <strong>{parsed.title ?? t('importUntitled')}</strong> {parsed.notice ?? ''} {parsed.date ?? ''}
          </p>
          <ol>
            {parsed.items.map((item, i) => {
              const c = choices[i];
              if (!c) return null;
              return (
                <li key={i} data-testid="import-item">
                  <label>
                    <input
                      type="checkbox"
                      checked={c.keep}
                      data-testid="import-keep"
                      onChange={(e) => setChoice(i, { keep: (e.currentTarget as HTMLInputElement).checked })}
                    />{' '}
                    {item.label === MANUAL_ITEM_LABEL ? t('importManualItem') : item.label}
                  </label>{' '}
                  <input
                    aria-label={t('importItemTitle')}
                    value={c.title}
                    onInput={(e) => setChoice(i, { title: (e.currentTarget as HTMLInputElement).value })}
                  />{' '}
                  <select
                    aria-label={t('sitesPlatformLabel')}
                    data-testid="import-platform"
                    value={c.platforms[0] ?? ''}
                    onChange={(e) => {
                      const v = (e.currentTarget as HTMLSelectElement).value;
                      setChoice(i, { platforms: v ? [v] : [] });
                    }}
                  >
                    <option value="">{t('importNoPlatform')}</option>
                    {PLATFORMS.map((p) => (
                      <option value={p.id} key={p.id}>
                        {platformLabel(p.id)}
                      </option>
                    ))}
                  </select>
                  <ul class="muted">
                    {c.deadlines.map((d, j) => (
                      <li key={j} data-testid="import-deadline" data-kind={d.kind} data-date={d.date ?? ''}>
                        {d.text && `${quote(d.text)} `}
                        <select
                          aria-label={t('importDeadlineKind')}
                          value={d.kind}
                          onChange={(e) =>
                            setDeadline(i, j, { kind: (e.currentTarget as HTMLSelectElement).value as ParsedKind })
                          }
                        >
                          {KIND_CHOICES.map((k) => (
                            <option value={k.kind} key={k.kind}>
                              {t(k.name)}
                            </option>
                          ))}
                        </select>{' '}
                        {d.kind === 'recurring_annual' ? (
                          <span data-testid="import-month-day">
                            {t('everyYear')} {d.month_day}
                          </span>
                        ) : (
                          <input
                            type="date"
                            aria-label={t('importDeadlineDate')}
                            aria-describedby={deadlineNote(d) ? `import-note-${i}-${j}` : undefined}
                            data-testid="import-deadline-date"
                            value={d.date ?? ''}
                            onChange={(e) => {
                              const v = (e.currentTarget as HTMLInputElement).value;
                              setDeadline(i, j, {
                                date: v || null,
                                kind: v ? (d.kind === 'undated' ? 'due' : d.kind) : 'undated',
                                text: d.text || v,
                              });
                            }}
                          />
                        )}{' '}
                        <button type="button" class="secondary" onClick={() => setDeadline(i, j, null)}>
                          {t('importRemoveDeadline')}
                        </button>
                        <DeadlineNote d={d} id={`import-note-${i}-${j}`} />
                      </li>
                    ))}
                    <li>
                      <button
                        type="button"
                        class="secondary"
                        data-testid="import-add-deadline"
                        onClick={() =>
                          setChoice(i, {
                            deadlines: [
                              ...c.deadlines,
                              {
                                text: '',
                                date: null,
                                kind: 'due',
                                month_day: null,
                                year_inferred: false,
                                line: item.line,
                              },
                            ],
                          })
                        }
                      >
                        {t('importAddDeadline')}
                      </button>
                    </li>
                    {item.new_platforms.map((n) => (
                      <li key={n} data-testid="import-new-platform">
                        {t('importNewPlatform', n)}
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ol>
          <button type="button" class="secondary" data-testid="import-add-item" onClick={addItem}>
            {t('importAddItem')}
          </button>{' '}
          <button type="button" data-testid="notice-save" onClick={save}>
            {t('importSave')}
          </button>
          <Highlighted text={text} phrases={phrases} />
        </div>
      )}
      {imported.length > 0 && (
        <ul data-testid="imported-list">
          {imported.map((n) => (
            <li key={n.id} data-testid="imported-notice">
              <strong>{n.title}</strong> {n.docNumber ?? ''} · {tn('importRequirements', n.requirements.length)}{' '}
              {n.sourceUrl && isWebUrl(n.sourceUrl) && (
                <>
                  <a href={n.sourceUrl} target="_blank" rel="noopener noreferrer">
                    {t('importFromPage', n.sourceUrl)}
                  </a>{' '}
                </>
              )}
              <button type="button" class="secondary" onClick={() => downloadJson(`${n.id}.json`, n)}>
                {t('importExport')}
              </button>{' '}
              <button
                type="button"
                class="secondary"
                data-testid="imported-delete"
                onClick={() => deleteImported(n.id)}
              >
                {t('importDelete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
