import { browser } from 'wxt/browser';
import type { PackSource } from '@/utils/knowledge/from-packs';
import { readPack } from '@/utils/packs/read';
import type { Pack } from '@/utils/packs/schema';
import { type PolicyRead, packAsSent, readPolicy } from './schema';

/**
 * A pushed pack whose signature is there but does not hold was changed after signing: it is left out, with the
 * reason, like a malformed one. Unsigned pushed packs stand (the administrator's policy is what vouches for them).
 */
export async function withoutForgedPacks(read: PolicyRead): Promise<PolicyRead> {
  const packs = read.policy.packs;
  if (!packs?.length) return read;
  const keys = read.policy.trustedKeys ?? [];
  const kept: Pack[] = [];
  const warnings = [...read.warnings];
  for (const [i, pack] of packs.entries()) {
    // Checked over the value as pushed, before parsing filled in defaults (a publishing script signs its file).
    const read = await readPack(packAsSent(pack), keys);
    if (read.ok) kept.push(pack);
    else {
      const reason =
        read.signature?.status === 'invalid' ? read.signature.reason : (read.errors[0] ?? { zh: '', en: '' });
      warnings.push({
        key: 'packs',
        entry: pack.title,
        zh: `packs「${pack.title}」${reason.zh}，已忽略`,
        en: `packs "${pack.title}" (${i + 1}): ${reason.en}; ignored`,
      });
    }
  }
  return { policy: { ...read.policy, packs: kept }, warnings };
}

/**
 * The policy as the browser gives it. Chrome answers {} where no policy is set; Firefox rejects when no
 * policies.json names the extension: both read as "no policy".
 */
export async function loadPolicy(): Promise<PolicyRead> {
  let raw: unknown = {};
  try {
    raw = await browser.storage.managed.get();
  } catch {
    raw = {};
  }
  policyReadOnce = true;
  firstReadDone();
  // Kept for this browser session: a service worker started again later shows it at once (see pushedSourcesWithin).
  void browser.storage.session?.set({ [SESSION_KEY]: raw }).catch(() => undefined);
  return withoutForgedPacks(readPolicy(raw));
}

/** storage.session: the managed area as last read in this browser session (memory only, gone when it ends). */
const SESSION_KEY = 'policyRead';

async function sessionRaw(): Promise<unknown> {
  try {
    return (await browser.storage.session?.get(SESSION_KEY))?.[SESSION_KEY];
  } catch {
    return undefined;
  }
}

/** Whether this context has had one answer from the managed area yet, and a promise of the first one. */
let policyReadOnce = false;
let firstReadDone: () => void = () => {};
const firstRead = new Promise<void>((resolve) => {
  firstReadDone = resolve;
});

/** Resolves once the browser has answered one read of the managed area in this context. */
export function firstPolicyRead(): Promise<void> {
  return firstRead;
}

/**
 * What the page, the popup and the dashboard show does not wait for the policy while the browser has not yet answered
 * once: Chromium's first read of the managed area after it starts took 4.6 s here (with no policy set), and even a
 * 400 ms wait let the submit guard open before the page had its requirements. They show the built-in and imported
 * requirements at once, and the pushed packs once the browser has answered (the dashboard at once, a page from its
 * next load; a service worker started again in the session has them from storage.session).
 */
export const FIRST_POLICY_PATIENCE_MS = 0;

/**
 * The pushed packs for what a page or the popup shows now: the policy's, or none while the browser's first read is
 * still slower than `patience` (they show from the next page or popup on; reminders and the policy's own apply
 * always wait for the real read).
 */
export async function pushedSourcesWithin(patience = FIRST_POLICY_PATIENCE_MS): Promise<PackSource[]> {
  const sources = pushedSources();
  if (policyReadOnce) return sources;
  // A service worker started again in this browser session: what the last read gave, at once.
  const cached = await sessionRaw();
  if (cached !== undefined) {
    return sourcesOf((await withoutForgedPacks(readPolicy(cached))).policy.packs ?? []);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), patience);
  });
  const first = await Promise.race([sources, late]);
  clearTimeout(timer);
  return first ?? [];
}

/** Calls the listener when the browser reloads the policy (an IT office edits the policy file or the registry). */
export function onPolicyChanged(listener: () => void): () => void {
  const handler = (_changes: unknown, area: string) => {
    if (area === 'managed') listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** The packs the policy pushes (each one valid; invalid ones were left out with a warning). */
export async function pushedPacks(): Promise<Pack[]> {
  return (await loadPolicy()).policy.packs ?? [];
}

/** The pushed packs as sources of the one knowledge path (utils/notices/imported.ts requirementViews). */
export async function pushedSources(): Promise<PackSource[]> {
  return sourcesOf(await pushedPacks());
}

const sourcesOf = (packs: readonly Pack[]): PackSource[] => packs.map((pack) => ({ pack, origin: 'imported' }));

/** The save reminder's minutes when the policy sets them (issue #17), otherwise null: the user's setting holds. */
export async function policySaveReminderMinutes(): Promise<number | null> {
  return (await loadPolicy()).policy.saveReminderMinutes ?? null;
}

/** Platform ids and feature names the policy turns off. */
export async function policyDisabled(): Promise<string[]> {
  return (await loadPolicy()).policy.disabled ?? [];
}
