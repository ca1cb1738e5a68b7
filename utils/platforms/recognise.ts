import { platformForHost } from './match';
import { PLATFORMS, type Platform, platformById } from './registry';
import { findUserSite, type UserSite } from './user-sites';

export interface Recognition {
  platform: Platform;
  /** How we know: a registered host, or a host the user added. */
  via: 'host' | 'user-site';
  /** The page's own words that confirm the platform (title, heading), if any. */
  signal: string | null;
}

/** The visible texts that name a system: title and top headings, cut short so a huge page costs nothing. */
function headline(doc: Document): string {
  const parts = [doc.title];
  for (const el of Array.from(doc.querySelectorAll('h1, h2, header, [role="banner"]')).slice(0, 6)) {
    parts.push((el.textContent ?? '').slice(0, 200));
  }
  return parts.join(' ').replace(/\s+/g, '');
}

/** The signal of `platform` that the page shows, if any. */
export function findSignal(platform: Platform, doc: Document): string | null {
  const text = headline(doc);
  return platform.signals.find((s) => text.includes(s)) ?? null;
}

/** Which platform the page is, from its URL, the sites the user added, and its headline texts. */
export function recognise(url: URL, doc: Document, userSites: readonly UserSite[]): Recognition | null {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const known = platformForHost(url.hostname);
  if (known) return { platform: known, via: 'host', signal: findSignal(known, doc) };
  const site = findUserSite(userSites, url.host);
  if (site) {
    const platform = platformById(site.platform);
    return { platform, via: 'user-site', signal: findSignal(platform, doc) };
  }
  return null;
}

/** For a user-added host of unknown kind: the self-hosted platform the page names in its headline. */
export function guessPlatform(doc: Document): Platform | null {
  const text = headline(doc);
  return PLATFORMS.find((p) => p.signals.some((s) => s.length >= 5 && text.includes(s))) ?? null;
}
