import type { DraftKey } from '@/utils/drafts/schema';
import { loadDraft, saveDraft } from '@/utils/drafts/service';
import { type Annex, fieldOf, printedLabel } from './annexes';

/**
 * What the workbench keeps of an annex being filled: several records of a one-record annex (a 推荐表 per expert),
 * or the form and rows of a table. Saved through the drafts service (utils/drafts/service.ts): the same database,
 * versions and limits as a platform page's drafts, in the extension's own origin.
 *
 * The draft key's origin is '' (no web page: the dashboard lists the draft, no page is ever offered it) and its
 * path names the annex; the drafts schema wants a platform, which the layout gives (layouts.ts, `platform`).
 */
export interface WorkbenchState {
  /** Forms: one per record of a one-record annex; the one form of a table annex. */
  records: Record<string, string>[];
  /** Rows of a table annex. */
  rows: Record<string, string>[];
}

export function emptyState(annex: Annex): WorkbenchState {
  return { records: [{}], rows: annex.layout.table && !annex.layout.table.fixed ? [{}] : fixedRows(annex) };
}

/** The rows a table preprints, as values of its row header columns. */
function fixedRows(annex: Annex): Record<string, string>[] {
  const t = annex.layout.table;
  if (!t?.fixed) return [];
  return t.fixed.map((f) => Object.fromEntries(t.rowKeys.map((k, i) => [k, f[i] ?? ''])));
}

export function workbenchKey(annex: Annex): DraftKey {
  return {
    origin: '',
    platform: annex.layout.platform,
    path: `/workbench/${annex.id}`,
    fingerprint: `annex:${annex.id}`,
    period: null,
  };
}

/** The state as draft values: `rec.i.key`, `row.i.key`, and how many of each (`rec.n`, `row.n`). */
export function flatten(state: WorkbenchState): Record<string, string> {
  const out: Record<string, string> = { 'rec.n': String(state.records.length), 'row.n': String(state.rows.length) };
  state.records.forEach((r, i) => {
    for (const [k, v] of Object.entries(r)) out[`rec.${i}.${k}`] = v;
  });
  state.rows.forEach((r, i) => {
    for (const [k, v] of Object.entries(r)) out[`row.${i}.${k}`] = v;
  });
  return out;
}

export function unflatten(annex: Annex, flat: Record<string, string>): WorkbenchState {
  const count = (k: string) => Math.min(Math.max(Number.parseInt(flat[k] ?? '0', 10) || 0, 0), 5_000);
  const records: Record<string, string>[] = Array.from({ length: Math.max(count('rec.n'), 1) }, () => ({}));
  const rows: Record<string, string>[] = Array.from({ length: count('row.n') }, () => ({}));
  for (const [id, v] of Object.entries(flat)) {
    const m = /^(rec|row)\.(\d+)\.([a-z][a-z0-9_]*)$/.exec(id);
    if (!m) continue;
    const list = m[1] === 'rec' ? records : rows;
    const target = list[Number(m[2])];
    if (target) target[m[3] as string] = v;
  }
  return { records, rows: rows.length || !annex.layout.table ? rows : emptyState(annex).rows };
}

/** The fields' labels for the dashboard's draft view. */
function labelsOf(annex: Annex, ids: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of ids) {
    const key = id.split('.')[2];
    if (!key) continue;
    try {
      out[id] = printedLabel(fieldOf(annex, key).label);
    } catch {
      // An id of no field of this annex: no label.
    }
  }
  return out;
}

/**
 * Saves what changed since `saved` (the values last written), with '' for what was cleared or removed, so that a
 * removed row does not come back. Resolves to the values now stored; rejects (the service's Chinese message) when
 * the database refuses, and then nothing is considered saved.
 */
export async function saveWorkbench(
  annex: Annex,
  state: WorkbenchState,
  saved: Record<string, string>,
  url: string,
): Promise<Record<string, string>> {
  const now = flatten(state);
  const delta: Record<string, string> = {};
  for (const [k, v] of Object.entries(now)) if (saved[k] !== v) delta[k] = v;
  for (const k of Object.keys(saved)) if (!(k in now) && saved[k] !== '') delta[k] = '';
  if (!Object.keys(delta).length) return saved;
  await saveDraft({
    key: workbenchKey(annex),
    delta,
    labels: labelsOf(annex, Object.keys(delta)),
    title: `${annex.profile.annex} ${annex.profile.title}（附件工作台）`,
    url,
  });
  return { ...saved, ...delta };
}

/** The annex's saved state, or null when there is none; and the values it was saved as. */
export async function loadWorkbench(
  annex: Annex,
): Promise<{ state: WorkbenchState; saved: Record<string, string> } | null> {
  const draft = await loadDraft(workbenchKey(annex));
  if (!draft) return null;
  return { state: unflatten(annex, draft.values), saved: draft.values };
}
