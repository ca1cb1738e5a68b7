import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { GuardDialog } from '@/components/fields/guard-dialog';
import { Hints } from '@/components/fields/hints';
import { mountProblemPanel } from '@/components/fields/problem-panel';
import { panelOf, StandAside } from '@/components/fields/stand-aside';
import { withPageDeadlines } from '@/components/overlay/page-requirements';
import { getBus } from '@/utils/content/bus';
import { FieldsRuntime } from '@/utils/content/fields-runtime';
import { onExtensionGone } from '@/utils/content/lifetime';
import { ASK_RETRY_MS, askWithRetries } from '@/utils/content/retry';
import type { PAGE } from '@/utils/messages/page';
import type { PAGE_DEADLINES } from '@/utils/messages/page-deadlines';
import { toBackground } from '@/utils/messaging';
import { PAGE_TEXT_MAX, type PageDeadline } from '@/utils/notices/page-text';
import type { PlatformId } from '@/utils/platforms/registry';

const RUNNING = Symbol.for('tianbao.fields');

interface Running {
  runtime: FieldsRuntime;
  aside: StandAside;
}

const ask = toBackground<typeof PAGE>();

/**
 * The deadlines the page prints, read by the background: asked again while that fails (a waking service worker),
 * until `signal` aborts (the engine destroyed: the extension gone, or a newer injection took over). Then no retry
 * follows and the read fails with the signal's reason.
 */
export async function readPageDeadlines(text: string, host: string, signal: AbortSignal): Promise<PageDeadline[]> {
  const r = await askWithRetries(
    () => toBackground<typeof PAGE_DEADLINES>()('page/deadlines', { text: text.slice(0, PAGE_TEXT_MAX), host }),
    ASK_RETRY_MS,
    signal,
  );
  return r.found;
}

export function startFields(ctx: ContentScriptContext): void {
  const scope = globalThis as { [RUNNING]?: Running };
  // Injected once per page; a second injection (e.g. after an extension reload) takes over from the first.
  scope[RUNNING]?.runtime.destroy();
  scope[RUNNING]?.aside.destroy();
  const bus = getBus();
  // Hints keep off the overlay's panel; the panel keeps off the field the user is in and its hint.
  const hints = new Hints(document, () => panelOf(bus)?.getBoundingClientRect() ?? null);
  const platform = bus.platform as PlatformId | null;
  // The page's own deadlines are read again after each scan, i.e. when its structure changed.
  const scanned = new Set<() => void>();
  const requirements = withPageDeadlines(
    {
      // Only this platform's requirements cross over: the knowledge base stays in the background.
      load: () => ask('kb/requirements', { platform }),
      follow: async (id, follow) => (await ask('reminders/follow', { id, follow })).followed,
      importNotice: () => void ask('options/import', {}),
      // The notice parser stays in the background: the page's text goes there (bounded), its deadlines come back.
      // `runtime` exists by the time the panel first asks (after runtime.start()).
      readDeadlines: (text, host) => readPageDeadlines(text, host, runtime.signal),
    },
    {
      doc: document,
      platform,
      changed: (listener) => {
        scanned.add(listener);
        return () => scanned.delete(listener);
      },
    },
  );
  const runtime = new FieldsRuntime(document, {
    hints,
    guard: new GuardDialog(document),
    mountPanel: (source) => mountProblemPanel(bus, source, requirements),
    scanned: () => {
      for (const l of scanned) l();
    },
  });
  const aside = new StandAside(document, bus, hints);
  scope[RUNNING] = { runtime, aside };
  void runtime.start();
  onExtensionGone(ctx, () => {
    runtime.destroy();
    aside.destroy();
  });
}
