/**
 * Whether an address may become a link or a source: only http and https. Addresses come from imported files and
 * pasted notices, and a `javascript:` or `data:` link in an extension page would run with the extension's rights
 * if the CSP ever let it.
 */
export function isWebUrl(url: string): boolean {
  return webUrl(url) !== null;
}

/** The address parsed, when it is an http(s) one; null for anything else (not a URL, or another scheme). */
export function webUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}
