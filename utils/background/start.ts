import { browser } from 'wxt/browser';
import { onMessages } from '@/utils/messaging';
import { platformById } from '@/utils/platforms/registry';
import { syncUserSiteScripts } from '@/utils/platforms/site-scripts';
import { onSettingChanged, readSetting } from '@/utils/settings/store';

/** The toolbar action: `action` in MV3, `browserAction` in Firefox MV2. */
function toolbar() {
  const b = browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action };
  return b.action ?? b.browserAction;
}

async function resync(): Promise<void> {
  try {
    await syncUserSiteScripts(await readSetting('sites'));
  } catch (e) {
    console.error('[填报助手] 无法注册自建站点的脚本', e);
  }
}

/** Wires the background: message handlers, and injection on the sites the user added. */
export function startBackground(): void {
  onMessages({
    'page/recognised': async ({ platform }, sender) => {
      const bar = toolbar();
      if (bar && sender.tabId !== undefined) {
        const p = platformById(platform);
        await bar.setBadgeText({ tabId: sender.tabId, text: '●' });
        await bar.setBadgeBackgroundColor({ tabId: sender.tabId, color: '#1a5fb4' });
        await bar.setTitle({ tabId: sender.tabId, title: `填报助手 · ${p.short}` });
      }
      return { ok: true as const };
    },
  });
  onSettingChanged('sites', () => void resync());
  browser.permissions.onAdded.addListener(() => void resync());
  browser.permissions.onRemoved.addListener(() => void resync());
  browser.runtime.onInstalled.addListener(() => void resync());
  void resync();
}
