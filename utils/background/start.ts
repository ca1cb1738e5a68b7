import { browser } from 'wxt/browser';
import { injectFields } from '@/utils/background/inject';
import { answerPageData } from '@/utils/background/page-data';
import { PopupHub } from '@/utils/background/popup';
import { wireRetention } from '@/utils/background/retention';
import { perfMark, perfMeasure } from '@/utils/content/perf';
import { judgedDay } from '@/utils/deadlines/clock';
import { formsOfProfile } from '@/utils/drafts/across';
import { listExplanations, setExplanation } from '@/utils/drafts/explanations-service';
import type { DraftKey } from '@/utils/drafts/schema';
import { draftSenderProblem } from '@/utils/drafts/sender';
import { loadDraft, saveDraft } from '@/utils/drafts/service';
import { snapshotBeforeRestore } from '@/utils/drafts/snapshot';
import { platformLabel, t, useMessages } from '@/utils/i18n';
import { ACROSS } from '@/utils/messages/across';
import { DRAFTS } from '@/utils/messages/drafts';
import { EXPLAIN } from '@/utils/messages/explain';
import { PAGE } from '@/utils/messages/page';
import { REMINDER } from '@/utils/messages/reminder';
import { onMessages, type Sender, sendTabMessage } from '@/utils/messaging';
import { requirementViews } from '@/utils/notices/imported';
import { type PlatformId, platformById } from '@/utils/platforms/registry';
import { syncUserSiteScripts } from '@/utils/platforms/site-scripts';
import { SITES, type UserSite } from '@/utils/platforms/user-sites';
import { applyPolicy, pushedFollowed } from '@/utils/policy/apply';
import { loadPolicy, onPolicyChanged, policySaveReminderMinutes } from '@/utils/policy/managed';
import { scheduleReminders, sweepReminders, wireReminders } from '@/utils/reminders/service';
import { FOLLOWED, PREVIEW_DATE } from '@/utils/settings/planning';
import { reminderMinutes, SAVE_REMINDER_MINUTES } from '@/utils/settings/save-reminder';
import { onSettingChanged, readSetting, writeSetting } from '@/utils/settings/store';
import { UI_LOCALE } from '@/utils/settings/ui';

/** The toolbar action: `action` in MV3, `browserAction` in Firefox MV2. */
function toolbar() {
  const b = browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action };
  return b.action ?? b.browserAction;
}

let resyncQueue: Promise<void> = Promise.resolve();

/** Re-registers the user sites' content script; runs one at a time, since two quick edits would race. */
function resync(): Promise<void> {
  resyncQueue = resyncQueue.then(async () => {
    try {
      await syncUserSiteScripts(await readSetting(SITES));
    } catch (e) {
      console.error('[填报助手] 无法注册自建站点的脚本', e);
    }
  });
  return resyncQueue;
}

/**
 * The toolbar title and notifications speak the language the user picked in the settings, like the extension's
 * pages (messages from the package, no network); "auto" follows the browser.
 */
let pickedOnce = false;
async function usePickedLocale(): Promise<void> {
  let lang = await readSetting(UI_LOCALE).catch(() => 'auto' as const);
  if (lang === 'auto') {
    // Back to "auto" after a pick: the browser's language, loaded the same way (a pick can't be unset).
    if (!pickedOnce) return;
    lang = browser.i18n.getUILanguage().toLowerCase().startsWith('en') ? 'en' : 'zh_CN';
  }
  pickedOnce = true;
  const res = await fetch(browser.runtime.getURL(`/_locales/${lang}/messages.json`));
  useMessages(lang, await res.json());
}

/** The toolbar title on a platform tab: the platform, and the keys that open the panel (as the user set them). */
async function actionTitle(platform: string): Promise<string> {
  const commands = await browser.commands?.getAll().catch(() => []);
  const keys = commands?.find((c) => c.name === 'toggle-overlay')?.shortcut;
  const name = platformLabel(platform);
  return keys ? t('actionTitleShortcut', [name, keys]) : t('actionTitle', name);
}

async function refreshReminders(): Promise<void> {
  try {
    await scheduleReminders();
    await sweepReminders();
  } catch (e) {
    console.error('[填报助手] 提醒未能安排', e);
  }
}

/** The requirements of one platform (or all), the day they are judged on, and the ones the user follows. */
async function requirementsOf(platform: PlatformId | null) {
  const [requirements, today, followed] = await Promise.all([
    requirementViews(platform),
    judgedDay(),
    readSetting(FOLLOWED),
  ]);
  return { requirements, today, followed };
}

/** Wires the background: message handlers, injection on user-added sites, reminders. */
export function startBackground(): void {
  // The popup renders from what the background holds (one message) and hears each change of its tab's page.
  const popups = new PopupHub(requirementsOf);
  popups.start();
  onMessages(PAGE, {
    'page/recognised': async ({ platform }, sender) => {
      if (sender.tabId !== undefined) {
        injectFields(sender.tabId, sender.frameId ?? 0).catch((e: unknown) =>
          console.error('[填报助手] 字段校验未能加载', e),
        );
      }
      const bar = toolbar();
      if (bar && sender.tabId !== undefined) {
        const p = platformById(platform);
        await bar.setBadgeText({ tabId: sender.tabId, text: '●' });
        await bar.setBadgeBackgroundColor({ tabId: sender.tabId, color: '#1a5fb4' });
        await bar.setTitle({ tabId: sender.tabId, title: await actionTitle(p.id) });
      }
      return { ok: true as const };
    },
    'kb/requirements': ({ platform }) => requirementsOf(platform),
    'page/state': ({ platform, state }, sender) => {
      popups.pageChanged(platform, state, sender);
      return { ok: true as const };
    },
    'reminders/follow': async ({ id, follow }) => {
      const current = await readSetting(FOLLOWED);
      // What the administrator's policy follows stays followed (shown as 由管理员设置).
      if (!follow && (pushedFollowed(await loadPolicy()) ?? []).includes(id)) return { followed: current };
      const next = follow ? [...new Set([...current, id])] : current.filter((x) => x !== id);
      await writeSetting(FOLLOWED, next);
      await refreshReminders();
      return { followed: next };
    },
    'options/import': async () => {
      await browser.tabs.create({ url: browser.runtime.getURL('/options.html#import') });
      return { opened: true };
    },
  });
  // Every draft message is checked against the sender the browser reports: a page reads and writes only the
  // drafts of its own origin and platform (utils/drafts/sender.ts).
  // The user's sites, read once and kept fresh: every draft save (once a second while typing) is checked.
  let sites: Promise<UserSite[]> | null = null;
  onSettingChanged(SITES, (next) => {
    sites = Promise.resolve(next);
  });
  const checkSender = async (key: DraftKey, sender: Sender) => {
    sites ??= readSetting(SITES);
    const problem = draftSenderProblem(key, sender, await sites);
    if (problem) throw new Error(`草稿请求被拒绝：${problem}`);
  };
  onMessages(DRAFTS, {
    'drafts/save': async (save, sender) => {
      const t0 = performance.now();
      await checkSender(save.key, sender);
      const { savedAt, versions } = await saveDraft(save);
      perfMeasure('tianbao:draft-save', t0);
      return { savedAt, versions };
    },
    'drafts/snapshot': async ({ key, values }, sender) => {
      await checkSender(key, sender);
      return { kept: await snapshotBeforeRestore(key, values) };
    },
    'drafts/load': async ({ key }, sender) => {
      const t0 = performance.now();
      await checkSender(key, sender);
      const draft = await loadDraft(key);
      perfMeasure('tianbao:draft-load', t0);
      return { draft };
    },
  });
  // The 说明 of explained warnings are kept with the draft: the same sender check, the same origin.
  onMessages(EXPLAIN, {
    'explain/list': async ({ key }, sender) => {
      await checkSender(key, sender);
      return { explanations: await listExplanations(key) };
    },
    'explain/set': async ({ key, explanation, remove }, sender) => {
      await checkSender(key, sender);
      return { explanations: await setExplanation(key, { explanation, remove }) };
    },
  });
  // Checks across tables: the drafts of another annex form of the asking page's own origin, platform and period.
  onMessages(ACROSS, {
    'drafts/across': async ({ key, profile }, sender) => {
      await checkSender(key, sender);
      return { forms: await formsOfProfile(key, profile) };
    },
  });
  // The save reminder's minutes: a province's policy over the user's setting.
  onMessages(REMINDER, {
    'reminder/minutes': async () => ({
      minutes: reminderMinutes(
        await readSetting(SAVE_REMINDER_MINUTES),
        await policySaveReminderMinutes().catch(() => null),
      ),
    }),
  });
  // What the field engine does not carry (issue #16): the annex profiles, and the reading of a page's deadlines.
  answerPageData();
  // The keyboard shortcut opens or closes the overlay's panel in the tab's top frame.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-overlay') return;
    const toggle = async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await sendTabMessage(PAGE, id, 'overlay/toggle', {});
    };
    // Not a platform page (no overlay to answer): nothing to open.
    toggle().catch(() => undefined);
  });
  void usePickedLocale();
  onSettingChanged(UI_LOCALE, () => void usePickedLocale());
  wireReminders();
  // Drafts untouched longer than the user's retention are deleted once a day (an alarm kept across the worker's
  // starts, not created again at each).
  void wireRetention();
  onSettingChanged(SITES, () => void resync());
  onSettingChanged(PREVIEW_DATE, () => void refreshReminders());
  browser.permissions.onAdded.addListener(() => void resync());
  browser.permissions.onRemoved.addListener(() => void resync());
  browser.runtime.onInstalled.addListener(() => {
    void resync();
    void refreshReminders();
  });
  browser.runtime.onStartup.addListener(() => void refreshReminders());
  void resync();
  // The administrator's policy (storage.managed): its hosts and follows join the user's, on start and on change.
  const policy = () =>
    applyPolicy()
      .then(() => refreshReminders())
      .catch((e: unknown) => console.error('[填报助手] 管理策略未能应用', e));
  void policy();
  onPolicyChanged(() => void policy());
  // The worker's timeline starts with the worker: how long its start takes before it answers (npm run bench).
  perfMark('tianbao:background-started');
}
