import * as z from 'zod/mini';
import { PageStateSchema } from '@/utils/checklist/page-state';
import { defineContract } from '@/utils/messaging';
import { PLATFORM_IDS } from '@/utils/platforms/registry';

/** What a tab shows: the platform (null: none), its address, and the state its checklist is judged on. */
export const PageDescriptionSchema = z.object({
  platform: z.nullable(z.enum(PLATFORM_IDS)),
  url: z.string(),
  state: z.nullable(PageStateSchema),
});

/**
 * The messages the overlay's content script itself sends and answers, apart from PAGE (which adds the requirements
 * and reminders): the overlay's script has a 60 kB budget, and the requirement schemas would take a good part of it.
 * The requirements render in the field engine's part of the panel, injected right after.
 */
export const PAGE_TOP = defineContract({
  /** Content script → background: this tab shows a platform (badge; the field engine is injected). */
  'page/recognised': {
    request: z.object({ platform: z.enum(PLATFORM_IDS), frameTop: z.boolean() }),
    response: z.object({ ok: z.literal(true) }),
  },
  /** Background → content script: what the page in this tab is, and the state its checklist is judged on. */
  'page/describe': {
    request: z.object({}),
    response: PageDescriptionSchema,
  },
  /**
   * Content script (top frame) → background: the page's state changed (at most a few times a second). The
   * background keeps it for the popup, and passes it on to a popup open on this tab.
   */
  'page/state': {
    request: z.object({ platform: z.enum(PLATFORM_IDS), state: z.nullable(PageStateSchema) }),
    response: z.object({ ok: z.literal(true) }),
  },
  /** Background → content script (top frame): the toolbar's keyboard shortcut opens or closes the overlay's panel. */
  'overlay/toggle': {
    request: z.object({}),
    response: z.object({ open: z.boolean() }),
  },
});
