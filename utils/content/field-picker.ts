import type { Field } from '@/utils/fields/discover';

/**
 * Lets the user point at a field (指定字段): a click on it, or Enter while it has focus; Esc cancels. Only the user's
 * own events count: a page's synthetic click picks nothing. Resolves to the field's id, or null.
 */
export function pickField(
  docs: readonly Document[],
  fieldAt: (target: EventTarget | null) => Field | undefined,
  isOurs: (node: Node) => boolean,
  signal: AbortSignal,
): Promise<string | null> {
  return new Promise((resolve) => {
    const done = new AbortController();
    const finish = (id: string | null) => {
      done.abort();
      resolve(id);
    };
    const onClick = (e: Event) => {
      if (!e.isTrusted || isOurs(e.target as Node)) return;
      const f = fieldAt(e.target);
      if (!f) return;
      e.preventDefault();
      e.stopPropagation();
      finish(f.id);
    };
    const onKey = (e: KeyboardEvent) => {
      if (!e.isTrusted) return;
      if (e.key === 'Escape') finish(null);
      else if (e.key === 'Enter') {
        const f = fieldAt(e.composedPath()[0] ?? e.target);
        if (f) {
          e.preventDefault();
          finish(f.id);
        }
      }
    };
    const options = { capture: true, signal: done.signal };
    for (const d of docs) {
      d.addEventListener('click', onClick, options);
      d.addEventListener('keydown', onKey, options);
    }
    // The engine going away ends the picking (AbortSignal.any is newer than Firefox 115).
    signal.addEventListener('abort', () => finish(null), { once: true, signal: done.signal });
  });
}
