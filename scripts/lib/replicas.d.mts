import type { BrowserContext, Route } from '@playwright/test';

export const ROOT: string;
export const EXTENSION_PATH: string;
export const SITES_DIR: string;
export const CHROMIUM_PATH: string;
export function fixtureFileFor(url: URL): string | null;
export function routeSites(context: BrowserContext, extra?: Record<string, string>): Promise<void>;
export function chromiumArgs(opts?: { extension?: boolean; lang?: string }): string[];
export function launchWithExtension(
  userDataDir: string,
  opts?: { headless?: boolean; lang?: string; viewport?: { width: number; height: number } | null },
): Promise<BrowserContext>;
export function extensionIdOf(context: BrowserContext): Promise<string>;
export function grantHostAccess(context: BrowserContext, extensionId: string, host: string): Promise<void>;
export const REPLICA_PAGES: readonly (readonly [string, string])[];
export const DEMO_USER_SITES: readonly { host: string; platform: string }[];
export type { Route };
