import { useEffect, useRef, useState } from 'preact/hooks';
import type { ProblemItem } from '@/utils/content/bus';
import { type ExplainSource, noteMessage } from '@/utils/content/explanations';
import { NOTE_MAX_CHARS } from '@/utils/drafts/explanations';
import { t } from '@/utils/i18n';
import { countChars } from '@/utils/rules/compile';
import { trusted } from '../ui/trusted';

/** Errors in red, warnings in amber: the colours the overlay already uses for its counts and its notes. */
export const SEVERITY_STYLE = {
  error: { color: '#fff', background: '#b42318' },
  warning: { color: 'var(--tb-warn-fg)', background: 'var(--tb-warn-bg)', border: '1px solid currentColor' },
} as const;

/** The words users know from the reporting systems: 必须修改 / 请核实或填写说明. */
export function SeverityTag({ severity }: { severity: 'error' | 'warning' }) {
  return (
    <span
      data-testid="severity"
      style={{
        ...SEVERITY_STYLE[severity],
        borderRadius: '4px',
        padding: '0 4px',
        marginRight: '4px',
        fontSize: '11px',
        // The two words of a level stay together: a tag broken over two lines reads as two marks.
        whiteSpace: 'nowrap',
        display: 'inline-block',
      }}
    >
      {t(severity === 'error' ? 'severityError' : 'severityWarning')}
    </span>
  );
}

/**
 * 已核实 with a 说明, for one warning: the 说明 is required and at most 200 字; Ctrl+Enter keeps it, Esc leaves it.
 * `current` is the 说明 already kept (editing it), or null (a warning not explained yet).
 */
export function ExplainForm(props: { problem: ProblemItem; source: ExplainSource; current: string | null }) {
  const { problem, source, current } = props;
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState(current ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (open) area.current?.focus();
  }, [open]);
  const id = `tb-explain-${source.keyOf(problem).replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const save = async () => {
    const bad = noteMessage(note);
    if (bad) {
      setError(bad);
      area.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await source.explain(problem, note);
      setError(null);
      setOpen(false);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  if (!open) {
    return (
      <button
        type="button"
        class="tb-history-toggle"
        data-testid={current === null ? 'explain-open' : 'explain-edit'}
        aria-expanded="false"
        aria-label={t(current === null ? 'explainOpenFor' : 'explainEditFor', problem.label)}
        onClick={trusted(() => {
          setNote(current ?? '');
          setError(null);
          setOpen(true);
        })}
      >
        {t(current === null ? 'explainOpen' : 'explainEdit')}
      </button>
    );
  }
  const chars = countChars(note);
  return (
    <div class="tb-map" data-testid="explain-form">
      <label for={id}>{t('explainLabel', String(NOTE_MAX_CHARS))}</label>
      <textarea
        id={id}
        ref={area}
        rows={3}
        data-testid="explain-note"
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={`${id}-count${error ? ` ${id}-error` : ''}`}
        value={note}
        onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          if (!e.isTrusted) return;
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            setOpen(false);
          } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void save();
          }
        }}
      />
      <span id={`${id}-count`} class="tb-muted" data-testid="explain-count">
        {t('explainCount', [String(chars), String(NOTE_MAX_CHARS)])}
      </span>
      {error && (
        <p id={`${id}-error`} class="tb-warn" role="alert" data-testid="explain-error">
          {error}
        </p>
      )}
      <div class="tb-req-actions">
        <button type="button" data-testid="explain-save" disabled={busy} onClick={trusted(() => void save())}>
          {t('explainSave')}
        </button>
        <button type="button" data-testid="explain-cancel" onClick={trusted(() => setOpen(false))}>
          {t('explainCancel')}
        </button>
      </div>
    </div>
  );
}
