import { db } from '@/utils/drafts/db';
import { allRequirementViews, requirementsForPlatform } from '@/utils/knowledge';
import type { RequirementView } from '@/utils/knowledge/view';
import type { PlatformId } from '@/utils/platforms/registry';

/**
 * The built-in requirements and those of the notices the user imported, of one platform or all: everything that
 * shows on pages, in the popup and in reminders treats both alike. An unreadable database leaves the built-ins.
 */
export async function requirementViews(platform: PlatformId | null = null): Promise<RequirementView[]> {
  const builtin = platform ? requirementsForPlatform(platform) : allRequirementViews();
  const imported = (
    await db()
      .imported.toArray()
      .catch(() => [])
  ).flatMap((n) => n.requirements);
  return [...builtin, ...imported.filter((r) => !platform || r.platforms.includes(platform))];
}
