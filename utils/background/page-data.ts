import { PAGE_DEADLINES } from '@/utils/messages/page-deadlines';
import { RULES } from '@/utils/messages/rules';
import { onMessages } from '@/utils/messaging';
import { findPageDeadlines, type PageDeadline } from '@/utils/notices/page-deadlines';
import { FormProfile } from '@/utils/rules/profile-schema';
import { PROFILES } from '@/utils/rules/profiles';
import type { ProfileData } from '@/utils/rules/types';

/**
 * What the background holds for the field engine, so the page's script does not carry it (issue #16): the annex
 * profiles, and the notice parser that reads the deadlines a page prints.
 */

let parsed: readonly ProfileData[] | null = null;

/**
 * The annex profiles, parsed against their schema once per background lifetime: the background is the boundary,
 * the page takes them as they come. Every page gets all of them: a platform's pages may show any annex (the seeds
 * tie no annex to one platform), and matching needs the whole set to tell a label that many annexes share (联系电话)
 * from one that names a form (utils/rules/match.ts).
 */
export function pageProfiles(): readonly ProfileData[] {
  parsed ??= PROFILES.map((p) => FormProfile.parse(p) satisfies ProfileData);
  return parsed;
}

/** The deadlines in a page's text (read in the page, bounded by the message's schema). */
export function pageDeadlinesIn(text: string, host: string): PageDeadline[] {
  return findPageDeadlines(text, host);
}

/** Answers the field engine's asks for what it does not carry; returns the unsubscribe. */
export function answerPageData(): () => void {
  const offRules = onMessages(RULES, {
    'rules/profiles': () => ({ profiles: [...pageProfiles()] }),
  });
  const offDeadlines = onMessages(PAGE_DEADLINES, {
    'page/deadlines': ({ text, host }) => ({ found: pageDeadlinesIn(text, host) }),
  });
  return () => {
    offRules();
    offDeadlines();
  };
}
