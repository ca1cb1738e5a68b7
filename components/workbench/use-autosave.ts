import { useEffect, useRef, useState } from 'preact/hooks';
import type { Annex } from '@/utils/annex/annexes';
import { emptyState, loadWorkbench, saveWorkbench, type WorkbenchState } from '@/utils/annex/drafts';

export type SaveStatus =
  | { kind: 'loading' }
  | { kind: 'saved'; at: number }
  | { kind: 'saving' }
  | { kind: 'error'; message: string };

const DELAY_MS = 400;

/**
 * The annex's state, loaded from its draft and saved back a moment after each change, at once when the page is
 * hidden or left and when another annex is picked. Saves run one after another, each writing what changed since
 * the last that succeeded: a refused save (full disk) is said, and its change is written with the next one.
 */
export function useAutosave(annex: Annex) {
  const [state, setState] = useState<WorkbenchState | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'loading' });
  const saved = useRef<Record<string, string>>({});
  const latest = useRef<WorkbenchState | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const now = latest.current;
    if (!now) return chain.current;
    chain.current = chain.current.then(async () => {
      try {
        saved.current = await saveWorkbench(annex, now, saved.current, location.href);
        if (latest.current === now) setStatus({ kind: 'saved', at: Date.now() });
      } catch (e) {
        setStatus({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
      }
    });
    return chain.current;
  };

  useEffect(() => {
    let live = true;
    loadWorkbench(annex)
      .then((found) => {
        if (!live) return;
        saved.current = found?.saved ?? {};
        const s = found?.state ?? emptyState(annex);
        latest.current = s;
        setState(s);
        setStatus(found ? { kind: 'saved', at: Date.now() } : { kind: 'saved', at: 0 });
      })
      .catch((e: unknown) => {
        if (!live) return;
        // Without the draft the page still works; what is typed is saved as a new draft.
        latest.current = emptyState(annex);
        setState(latest.current);
        setStatus({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
      });
    const hidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const leave = () => void flush();
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', leave);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', leave);
      void flush();
    };
  }, [annex]);

  const update = (next: WorkbenchState) => {
    latest.current = next;
    setState(next);
    setStatus({ kind: 'saving' });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DELAY_MS);
  };

  return { state, update, status, flush };
}
