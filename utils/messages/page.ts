import * as z from 'zod/mini';
import { RequirementViewSchema } from '@/utils/knowledge/view';
import { defineContract } from '@/utils/messaging';
import { PLATFORM_IDS } from '@/utils/platforms/registry';
import { PAGE_TOP } from './page-top';

const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** What the overlay, the popup and the background say about a page and its requirements (with PAGE_TOP's). */
export const PAGE = defineContract({
  ...PAGE_TOP,
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
  /** Page → background: open the dashboard at its notice import (a platform with nothing pending offers it). */
  'options/import': {
    request: z.object({}),
    response: z.object({ opened: z.boolean() }),
  },
});
