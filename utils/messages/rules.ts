import * as z from 'zod/mini';
import { defineContract } from '@/utils/messaging';
import type { ProfileData } from '@/utils/rules/types';

/**
 * A profile as it crosses to the page: only its outline is checked here. The background is the boundary: it parses
 * each profile against utils/rules/profile-schema.ts once (pageProfiles, utils/background/page-data.ts), so the
 * field engine neither repeats that parse nor carries the schema; a look-alike reply still fails on its outline.
 */
const ProfileOutline = z.custom<ProfileData>((v) => {
  const p = v as Partial<Record<keyof ProfileData, unknown>> | null;
  return (
    typeof p === 'object' &&
    p !== null &&
    typeof p.id === 'string' &&
    typeof p.title === 'string' &&
    typeof p.annex === 'string' &&
    Array.isArray(p.fields) &&
    Array.isArray(p.cross)
  );
}, 'not a form profile');

/** What the field engine asks the background about the rules of the annex forms. */
export const RULES = defineContract({
  /**
   * Field engine → background, once per page: the annex profiles (fields, labels, rules) that the page's fields are
   * matched and checked against. They stay out of the page's script (issue #16).
   */
  'rules/profiles': {
    request: z.object({}),
    response: z.object({ profiles: z.array(ProfileOutline) }),
  },
});
