import * as z from 'zod/mini';
import { PageStateSchema } from '@/utils/checklist/page-state';
import { RequirementViewSchema } from '@/utils/knowledge/view';
import { defineContract } from '@/utils/messaging';
import { PLATFORM_IDS } from '@/utils/platforms/registry';

const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** What the overlay, the popup and the background say about a page and its requirements. */
export const PAGE = defineContract({
  /** Content script → background: this tab shows a platform (badge; the field engine is injected). */
  'page/recognised': {
    request: z.object({ platform: z.enum(PLATFORM_IDS), frameTop: z.boolean() }),
    response: z.object({ ok: z.literal(true) }),
  },
  /** Popup → content script: what the page in this tab is, and the state its checklist is judged on. */
  'page/describe': {
    request: z.object({}),
    response: z.object({
      platform: z.nullable(z.enum(PLATFORM_IDS)),
      url: z.string(),
      state: z.nullable(PageStateSchema),
    }),
  },
  /** Page or popup → background: the requirements of one platform (or all), and the day they are judged on. */
  'kb/requirements': {
    request: z.object({ platform: z.nullable(z.enum(PLATFORM_IDS)) }),
    response: z.object({
      requirements: z.array(RequirementViewSchema),
      today: isoDay,
      followed: z.array(z.string()),
    }),
  },
  /** Follow or unfollow a requirement: followed ones get reminders 7, 3 and 1 days before and on the day. */
  'reminders/follow': {
    request: z.object({ id: z.string(), follow: z.boolean() }),
    response: z.object({ followed: z.array(z.string()) }),
  },
});
