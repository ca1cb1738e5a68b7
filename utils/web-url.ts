/**
 * Whether an address may become a link or a source: only http and https. Addresses come from imported files and
 * pasted notices, and a `javascript:` or `data:` link in an extension page would run with the extension's rights
 * if the CSP ever let it.
 */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
