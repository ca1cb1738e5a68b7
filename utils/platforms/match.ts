import { PLATFORMS, type Platform, type PlatformId } from './registry';

/** Lower-case, without a trailing dot and without a leading `www.`, so `WWW.Shequ.edu.cn.` → `shequ.edu.cn`. */
export function normaliseHost(hostname: string): string {
  let h = hostname.trim().toLowerCase();
  if (h.endsWith('.')) h = h.slice(0, -1);
  if (h.startsWith('www.')) h = h.slice(4);
  return h;
}

/**
 * The platform whose registered host this is. Exact host comparison only: `sg.chinaeducloud.com.evil.cn` and
 * `evil-sg.chinaeducloud.com` are other sites, and so is any sub-domain we have no source for.
 */
export function platformForHost(hostname: string): Platform | null {
  const h = normaliseHost(hostname);
  return PLATFORMS.find((p) => p.hosts.some((x) => normaliseHost(x) === h)) ?? null;
}

/**
 * Whether `host[:port]` is a known platform's registered host (any port): such a host is never re-assigned to
 * another platform, whether by the user, a pack or a policy.
 */
export function isKnownPlatformHost(host: string): boolean {
  return platformForHost(host.replace(/:\d+$/, '')) !== null;
}

/** Manifest match patterns for the known hosts: http and https, with and without `www.`, any path. */
export function knownHostPatterns(): string[] {
  const out: string[] = [];
  for (const p of PLATFORMS) {
    for (const host of p.hosts) {
      const bare = normaliseHost(host);
      out.push(`*://${bare}/*`, `*://www.${bare}/*`);
    }
  }
  return out;
}

export function platformIdsWithHosts(): PlatformId[] {
  return PLATFORMS.filter((p) => p.hosts.length > 0).map((p) => p.id);
}
