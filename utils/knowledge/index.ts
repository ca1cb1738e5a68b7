import type { PlatformId } from '@/utils/platforms/registry';
import { BUILTIN_PACKS } from './data';
import { type KnowledgeNotice, knowledgeFromPacks } from './from-packs';
import type { RequirementInput } from './schema';
import type { RequirementView } from './view';

/**
 * The built-in knowledge at run time, read from the built-in packs through the same path as imported and pushed
 * packs (knowledgeFromPacks). The packs are plain data (held to the schema by the unit tests), so this module
 * carries no schema code into the background bundle.
 */
const builtin = knowledgeFromPacks(BUILTIN_PACKS.map((pack) => ({ pack, origin: 'builtin' as const })));

export const notices: readonly KnowledgeNotice[] = builtin.notices;
export const requirements: readonly RequirementInput[] = builtin.requirements;

export const noticeOf: (r: RequirementInput) => KnowledgeNotice = builtin.noticeOf;

/** What a page or the popup is sent about a built-in requirement. */
export const toView: (r: RequirementInput) => RequirementView = builtin.toView;

export function requirementsForPlatform(platform: PlatformId): RequirementView[] {
  return builtin.requirementsForPlatform(platform);
}

export function allRequirementViews(): RequirementView[] {
  return builtin.allRequirementViews();
}

export { type KnowledgeNotice, knowledgeFromPacks, type PackOrigin, type PackSource } from './from-packs';
export { BUILTIN_PACKS };
