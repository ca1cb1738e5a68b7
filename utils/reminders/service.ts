import { browser } from 'wxt/browser';
import { judgedDay } from '@/utils/deadlines/clock';
import { db } from '@/utils/drafts/db';
import { requirementViews } from '@/utils/notices/imported';
import { platformById } from '@/utils/platforms/registry';
import { POLICY_DISABLED } from '@/utils/policy/disabled';
import { pushedSources } from '@/utils/policy/managed';
import { FOLLOWED, REMINDERS_SENT } from '@/utils/settings/planning';
import { readSetting, writeSetting } from '@/utils/settings/store';
import { pageFollowedHost, pageFollowedViews } from './page-followed';
import { reminderInstants, remindersDue, reminderText } from './plan';

/** What reminders can be about: the knowledge base, and the deadlines platform pages printed that the user follows. */
async function remindable() {
  // Reminders wait for the policy's real read (pushed follows must not be missed at the browser's start).
  const [known, page] = await Promise.all([
    pushedSources().then((pushed) => requirementViews(null, db(), pushed)),
    pageFollowedViews(),
  ]);
  return [...known, ...page];
}

/** The administrator's policy turned reminders off (`disabled: ["reminders"]`). */
async function remindersOff(): Promise<boolean> {
  return (await readSetting(POLICY_DISABLED).catch(() => [] as string[])).includes('reminders');
}

const SWEEP = 'tianbao-reminders-sweep';
const AT = 'tianbao-reminder-at-';
const MAX_ALARMS = 40;
const NOTIFICATION_PREFIX = 'tianbao|';

/** Shows every reminder due on the judged day that was not shown yet. */
export async function sweepReminders(): Promise<string[]> {
  if (await remindersOff()) return [];
  const [followed, sentList, today] = await Promise.all([
    readSetting(FOLLOWED),
    readSetting(REMINDERS_SENT),
    judgedDay(),
  ]);
  if (!followed.length) return [];
  const due = remindersDue(await remindable(), followed, today, new Set(sentList));
  for (const rem of due) {
    const { title, message } = reminderText(rem);
    await browser.notifications.create(`${NOTIFICATION_PREFIX}${rem.key}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
    });
  }
  if (due.length) {
    // Keep the last 500 keys: enough to never repeat a reminder of the same deadline.
    await writeSetting(REMINDERS_SENT, [...sentList, ...due.map((d) => d.key)].slice(-500));
  }
  return due.map((d) => d.key);
}

/** Alarms at 09:00 Beijing on each coming reminder day, plus an hourly sweep for what a closed browser missed. */
export async function scheduleReminders(): Promise<void> {
  if (await remindersOff()) {
    for (const a of await browser.alarms.getAll()) if (a.name.startsWith(AT)) await browser.alarms.clear(a.name);
    return;
  }
  const followed = await readSetting(FOLLOWED);
  const today = await judgedDay();
  for (const a of await browser.alarms.getAll()) {
    if (a.name.startsWith(AT)) await browser.alarms.clear(a.name);
  }
  const now = Date.now();
  const instants = reminderInstants(await remindable(), followed, today).filter((t) => t > now);
  for (const when of instants.slice(0, MAX_ALARMS)) browser.alarms.create(`${AT}${when}`, { when });
  browser.alarms.create(SWEEP, { periodInMinutes: 60, delayInMinutes: 1 });
}

/** Opens what a reminder is about: its platform's site, or the options page for e-mail and post tasks. */
async function openReminder(notificationId: string): Promise<void> {
  const id = notificationId.slice(NOTIFICATION_PREFIX.length).split('|')[0];
  const r = (await requirementViews(null, db(), await pushedSources())).find((x) => x.id === id);
  const host =
    r?.platforms.map((p) => platformById(p).hosts[0]).find(Boolean) ?? (id ? await pageFollowedHost(id) : null);
  if (host) await browser.tabs.create({ url: `https://${host}/` });
  else await browser.runtime.openOptionsPage();
  await browser.notifications.clear(notificationId);
}

export function wireReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SWEEP || alarm.name.startsWith(AT)) void sweepReminders();
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id.startsWith(NOTIFICATION_PREFIX)) void openReminder(id);
  });
}
