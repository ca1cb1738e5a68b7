import * as z from 'zod/mini';
import { defineSetting } from '@/utils/settings/store';
import { PLATFORM_IDS } from './registry';

/**
 * A site the user adds: a school's own 状态平台 server, say. `host` keeps the port when one is given
 * (`10.1.2.3:8080`), because two systems on one server differ only by port.
 */
export const UserSiteSchema = z.object({
  host: z.string().check(z.minLength(1)),
  platform: z.enum(PLATFORM_IDS),
  addedAt: z.number(),
});
export type UserSite = z.infer<typeof UserSiteSchema>;
export const UserSitesSchema = z.array(UserSiteSchema);

/** The sites the user added, in storage.local. */
export const SITES = defineSetting<UserSite[]>('sites', UserSitesSchema, []);

export type HostInputResult = { ok: true; host: string } | { ok: false; error: HostInputError };
export type HostInputError = 'empty' | 'invalid' | 'path' | 'scheme';

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Reads what a user types as a site: `zt.example.edu.cn`, `10.1.2.3:8080`, or a URL pasted from the address bar
 * (`http://10.1.2.3:8080/zt/login.do`), and gives back `host[:port]` in lower case.
 */
export function parseHostInput(input: string): HostInputResult {
  let s = input
    .trim()
    .replace(/[：]/g, ':')
    .replace(/[／]/g, '/')
    .replace(/[．。]/g, '.');
  if (!s) return { ok: false, error: 'empty' };
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(s);
  if (scheme) {
    if (!/^https?$/i.test(scheme[1] ?? '')) return { ok: false, error: 'scheme' };
    s = s.slice(scheme[0].length);
  }
  s = s.replace(/[/?#].*$/, '');
  if (s.includes('@')) return { ok: false, error: 'invalid' };
  const m = /^([^:]+)(?::(\d{1,5}))?$/.exec(s.toLowerCase());
  if (!m) return { ok: false, error: 'invalid' };
  const hostname = (m[1] ?? '').replace(/\.$/, '');
  const port = m[2];
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return { ok: false, error: 'invalid' };
  const ipv4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(hostname);
  if (ipv4) {
    if (ipv4.slice(1).some((o) => Number(o) > 255)) return { ok: false, error: 'invalid' };
  } else {
    const labels = hostname.split('.');
    if (labels.some((l) => !LABEL.test(l))) return { ok: false, error: 'invalid' };
    if (labels.length < 2 && hostname !== 'localhost') return { ok: false, error: 'invalid' };
  }
  return { ok: true, host: port ? `${hostname}:${port}` : hostname };
}

/**
 * Match pattern for a user site. Match patterns carry no port in Firefox, and a port-less pattern covers every
 * port in Chromium, so the pattern names the host only; the content script then checks the port itself.
 */
export function sitePattern(host: string): string {
  return `*://${host.replace(/:\d+$/, '')}/*`;
}

/** The user site a page's `location.host` belongs to (host and port must both agree when the site has a port). */
export function findUserSite(sites: readonly UserSite[], locationHost: string): UserSite | null {
  const h = locationHost.toLowerCase().replace(/\.$/, '');
  const bare = h.replace(/:\d+$/, '');
  return sites.find((s) => s.host === h || (!s.host.includes(':') && s.host === bare)) ?? null;
}
