import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import overlayCss from '@/components/overlay/overlay.css?inline';
import { type OverlayControl, OverlayPanel } from '@/components/overlay/overlay-panel';
import { createShadowHost } from '@/components/ui/shadow-host';
import { getBus, recordTrustedEdits } from '@/utils/content/bus';
import { extensionAlive, onExtensionGone } from '@/utils/content/lifetime';
import { pushPageState } from '@/utils/content/page-state-push';
import { platformLabel } from '@/utils/i18n';
import type { PAGE_TOP } from '@/utils/messages/page-top';
import { answerMessages, toBackground } from '@/utils/messaging';
import { type Recognition, recognise } from '@/utils/platforms/recognise';
import { SITES } from '@/utils/platforms/user-sites';
import { POLICY_DISABLED } from '@/utils/policy/disabled';
import { OVERLAY, type OverlayState } from '@/utils/settings/overlay';
import { readSetting, writeSetting } from '@/utils/settings/store';

/** Recognise the page and, in the top frame, mount the overlay. Sub-frames only recognise (fields come later). */
export async function startOnPage(ctx: ContentScriptContext): Promise<void> {
  const sites = await readSetting(SITES);
  const found = recognise(new URL(location.href), document, sites);
  if (!found || !extensionAlive()) return;
  // A platform the administrator's policy turned off: the extension stays out of its pages.
  if ((await readSetting(POLICY_DISABLED).catch(() => [] as string[])).includes(found.platform.id)) return;
  const isTop = window === window.top;
  if (!isTop) return;
  // The user's own edits are recorded from now on: only those become drafts (the field engine comes later).
  const edits = new AbortController();
  recordTrustedEdits(document, getBus(), edits.signal);
  onExtensionGone(ctx, () => edits.abort());

  // The field engine, injected after the message below, reads the platform from the bus.
  getBus().platform = found.platform.id;
  // The background keeps what the page shows for the popup, and passes each change on to an open one.
  pushPageState(getBus(), found.platform.id, edits.signal);
  // Set once the overlay is mounted; the toolbar shortcut before that finds the panel closed.
  const control: OverlayControl = { toggle: () => false };
  const stop = answerMessages<typeof PAGE_TOP>({
    'page/describe': () => ({ platform: found.platform.id, url: location.href, state: getBus().page }),
    'overlay/toggle': () => ({ open: control.toggle() }),
  });
  onExtensionGone(ctx, stop);
  toBackground<typeof PAGE_TOP>()('page/recognised', { platform: found.platform.id, frameTop: true }).catch(() => {
    // The background may be restarting after an update; the overlay works without the badge.
  });
  await mountOverlay(ctx, found, control);
}

/**
 * Writes one change of the overlay's setting over what is stored now: another tab (another platform) may have
 * written its own open state since this page read it.
 */
async function saveOverlay(change: (s: OverlayState) => OverlayState): Promise<void> {
  try {
    await writeSetting(OVERLAY, change(await readSetting(OVERLAY)));
  } catch (e) {
    console.warn('[填报助手] 面板状态未能保存', e);
  }
}

async function mountOverlay(ctx: ContentScriptContext, found: Recognition, control: OverlayControl): Promise<void> {
  const initial = await readSetting(OVERLAY);
  if (!extensionAlive()) return;
  const ui = createShadowHost(document, 'tianbao-overlay', overlayCss);
  const platform = found.platform.id;
  render(
    <OverlayPanel
      shortName={platformLabel(platform)}
      fullName={found.platform.name}
      via={found.via}
      signalMissing={found.signal === null}
      place={initial}
      open={initial.open?.[platform] ?? false}
      bus={getBus()}
      control={control}
      onPlace={({ side, top }) => void saveOverlay((s) => ({ ...s, side, top }))}
      onOpen={(open) => void saveOverlay((s) => ({ ...s, open: { ...s.open, [platform]: open } }))}
    >
      {/* The field engine renders here: what is due, what is wrong, what can be restored, the diagnostics. */}
      <div class="tb-slot" ref={(el) => getBus().setSlot(el)} />
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
