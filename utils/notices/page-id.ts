/**
 * Ids of the requirements a platform page prints itself (banners, 通知公告): `page:<host>:<date>:<hash>`. Kept apart
 * from page-deadlines.ts so the list that renders them does not pull in the notice parser.
 */
export const PAGE_ID_PREFIX = 'page:';

export function isPageRequirement(id: string): boolean {
  return id.startsWith(PAGE_ID_PREFIX);
}

/** A short stable hash (FNV-1a) of a phrase: the same sentence on the same host keeps its id across visits. */
export function phraseHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

export function pageRequirementId(host: string, date: string, phrase: string): string {
  return `${PAGE_ID_PREFIX}${host}:${date}:${phraseHash(phrase)}`;
}
