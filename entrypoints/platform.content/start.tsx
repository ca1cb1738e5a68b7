import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import overlayCss from '@/components/overlay/overlay.css?inline';
import { OverlayPanel } from '@/components/overlay/overlay-panel';
import { OverlayRequirements, type RequirementsSource } from '@/components/overlay/overlay-requirements';
import { createShadowHost } from '@/components/ui/shadow-host';
import { getBus, recordTrustedEdits } from '@/utils/content/bus';
import { extensionAlive, onExtensionGone } from '@/utils/content/lifetime';
import { platformLabel } from '@/utils/i18n';
import { PAGE } from '@/utils/messages/page';
import { onMessages, sendMessage } from '@/utils/messaging';
import { type Recognition, recognise } from '@/utils/platforms/recognise';
import { SITES } from '@/utils/platforms/user-sites';
import { OVERLAY } from '@/utils/settings/overlay';
import { readSetting, writeSetting } from '@/utils/settings/store';

/** Recognise the page and, in the top frame, mount the overlay. Sub-frames only recognise (fields come later). */
export async function startOnPage(ctx: ContentScriptContext): Promise<void> {
  const sites = await readSetting(SITES);
  const found = recognise(new URL(location.href), document, sites);
  if (!found || !extensionAlive()) return;
  const isTop = window === window.top;
  if (!isTop) return;
  // The user's own edits are recorded from now on: only those become drafts (the field engine comes later).
  const edits = new AbortController();
  recordTrustedEdits(document, getBus(), edits.signal);
  onExtensionGone(ctx, () => edits.abort());

  // The field engine, injected after the message below, reads the platform from the bus.
  getBus().platform = found.platform.id;
  const stop = onMessages(PAGE, {
    'page/describe': () => ({ platform: found.platform.id, url: location.href, state: getBus().page }),
  });
  onExtensionGone(ctx, stop);
  sendMessage(PAGE, 'page/recognised', { platform: found.platform.id, frameTop: true }).catch(() => {
    // The background may be restarting after an update; the overlay works without the badge.
  });
  await mountOverlay(ctx, found);
}

async function mountOverlay(ctx: ContentScriptContext, found: Recognition): Promise<void> {
  const initial = await readSetting(OVERLAY);
  if (!extensionAlive()) return;
  const ui = createShadowHost(document, 'tianbao-overlay', overlayCss);
  // Only this platform's requirements cross over: the knowledge base stays in the background.
  const source: RequirementsSource = {
    load: () => sendMessage(PAGE, 'kb/requirements', { platform: found.platform.id }),
    follow: async (id, follow) => (await sendMessage(PAGE, 'reminders/follow', { id, follow })).followed,
  };
  render(
    <OverlayPanel
      shortName={platformLabel(found.platform.id)}
      fullName={found.platform.name}
      via={found.via}
      signalMissing={found.signal === null}
      initial={initial}
      onStateChange={(s) => {
        writeSetting(OVERLAY, s).catch((e: unknown) => console.warn('[填报助手] 面板状态未能保存', e));
      }}
    >
      <div class="tb-slot" ref={(el) => getBus().setSlot(el)} />
      <OverlayRequirements source={source} />
    </OverlayPanel>,
    ui.container,
  );
  // A single-page app may replace the whole tree; put the overlay back when it goes.
  const observer = new MutationObserver(ui.ensureAttached);
  observer.observe(document.documentElement, { childList: true });
  onExtensionGone(ctx, () => {
    observer.disconnect();
    render(null, ui.container);
    ui.remove();
  });
}
