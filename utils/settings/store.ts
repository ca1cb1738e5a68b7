import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';

/**
 * Small settings live in `browser.storage.local`: the extension's own storage, never the site's, and readable
 * from the content script without a round trip to the background. Each setting is defined once, with its zod
 * schema, next to the code that owns it (so a bundle carries only the schemas it uses).
 *
 * Settings carry a version. A stored value of an older version goes through the setting's migrations, in order,
 * and the result is written back with the new version. A stored value that fails its schema (damaged, or from a
 * newer version of the extension) is never lost: it is copied aside under `aside:<key>` before anything can
 * overwrite it, reported (`settingsSetAside`, shown in the dashboard), and the setting reads as its fallback.
 */
export interface Setting<T> {
  key: string;
  schema: z.ZodMiniType<T>;
  fallback: T;
  /** The version of the shape `schema` describes (1 for a setting that never changed shape). */
  version: number;
  /** `migrate[n]` turns a value of version n into one of version n + 1. */
  migrate: Readonly<Record<number, (old: unknown) => unknown>>;
}

/** Every setting defined in this bundle, so a test can hold each one to its migrations. */
export const SETTINGS: Setting<unknown>[] = [];

export function defineSetting<T>(
  key: string,
  schema: z.ZodMiniType<T>,
  fallback: T,
  history: { version: number; migrate: Setting<T>['migrate'] } = { version: 1, migrate: {} },
): Setting<T> {
  const setting = { key, schema, fallback, ...history };
  SETTINGS.push(setting as Setting<unknown>);
  return setting;
}

/** Where the version of a stored setting is kept (absent: version 1, the shape before settings had versions). */
const versionKey = (key: string) => `v:${key}`;
/** Where a stored value that could not be read is kept. */
export const ASIDE_PREFIX = 'aside:';

/** A value kept aside: what was stored, its version, when and why it could not be read. */
export interface AsideEntry {
  key: string;
  value: unknown;
  version: number;
  at: number;
  reason: string;
}

type Outcome<T> = { ok: true; value: T; migrated: boolean; version: number } | { ok: false; reason: string };

/** Brings a stored value up to the setting's version and checks it. Pure: tests call it on old shapes. */
export function settle<T>(s: Setting<T>, raw: unknown, storedVersion: unknown): Outcome<T> {
  let version = typeof storedVersion === 'number' && Number.isInteger(storedVersion) ? storedVersion : 1;
  if (version > s.version)
    return { ok: false, reason: `version ${version} is newer than this extension’s ${s.version}` };
  let value = raw;
  const from = version;
  try {
    for (; version < s.version; version++) {
      const step = s.migrate[version];
      if (!step) return { ok: false, reason: `no migration from version ${version}` };
      value = step(value);
    }
  } catch (e) {
    return { ok: false, reason: `migration from version ${version} failed: ${e instanceof Error ? e.message : e}` };
  }
  const parsed = s.schema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: parsed.error.issues[0]?.message ?? 'invalid value' };
  return { ok: true, value: parsed.data, migrated: version !== from, version };
}

async function keepAside(key: string, value: unknown, version: number, reason: string): Promise<void> {
  const asideKey = `${ASIDE_PREFIX}${key}`;
  const list = ((await browser.storage.local.get(asideKey))[asideKey] ?? []) as AsideEntry[];
  const same = JSON.stringify(value);
  // Kept once per distinct value, the last five: a damaged value is read again on every page load.
  if (Array.isArray(list) && list.some((e) => JSON.stringify(e.value) === same)) return;
  const next = [...(Array.isArray(list) ? list : []), { key, value, version, at: Date.now(), reason }].slice(-5);
  await browser.storage.local.set({ [asideKey]: next });
}

export async function readSetting<T>(s: Setting<T>): Promise<T> {
  const vKey = versionKey(s.key);
  const got = await browser.storage.local.get([s.key, vKey]);
  if (got[s.key] === undefined) return s.fallback;
  const out = settle(s, got[s.key], got[vKey]);
  if (out.ok) {
    if (out.migrated) await browser.storage.local.set({ [s.key]: out.value, [vKey]: out.version });
    return out.value;
  }
  await keepAside(s.key, got[s.key], typeof got[vKey] === 'number' ? got[vKey] : 1, out.reason).catch(() => {});
  return s.fallback;
}

/** Writes a setting with its version; a full disk rejects with an Error whose message says so (callers show it). */
export async function writeSetting<T>(s: Setting<T>, value: T): Promise<void> {
  await browser.storage.local.set({ [s.key]: s.schema.parse(value), [versionKey(s.key)]: s.version });
}

export function onSettingChanged<T>(s: Setting<T>, listener: (value: T) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(s.key in changes)) return;
    // A write always comes with its version; a value that fails here was kept aside by the read that sees it.
    const parsed = s.schema.safeParse(changes[s.key]?.newValue);
    listener(parsed.success ? parsed.data : s.fallback);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** Every value kept aside, for the dashboard. */
export async function settingsSetAside(): Promise<AsideEntry[]> {
  const all = await browser.storage.local.get(null);
  return Object.entries(all)
    .filter(([k, v]) => k.startsWith(ASIDE_PREFIX) && Array.isArray(v))
    .flatMap(([, v]) => v as AsideEntry[]);
}

/** The user has seen (and saved, if they wished) what was kept aside for a setting. */
export async function forgetSetAside(key: string): Promise<void> {
  await browser.storage.local.remove(`${ASIDE_PREFIX}${key}`);
}
