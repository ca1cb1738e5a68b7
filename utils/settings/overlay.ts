import * as z from 'zod/mini';
import { defineSetting } from './store';

export const OverlayStateSchema = z.object({
  side: z.enum(['left', 'right']),
  /** Distance of the panel's top from the viewport's top, in CSS px. */
  top: z.number(),
  /**
   * Platforms on which the user left the panel open, by platform id. Absent: collapsed to the pill, so that a first
   * visit never covers the form. Per platform, because a user who keeps it open on one platform may work on a
   * crowded form on another.
   */
  open: z.optional(z.record(z.string(), z.boolean())),
});
export type OverlayState = z.infer<typeof OverlayStateSchema>;

/** Where the overlay panel sits (the same on every platform) and on which platforms it is open. */
export const OVERLAY = defineSetting<OverlayState>(
  'overlay',
  OverlayStateSchema,
  { side: 'right', top: 96 },
  {
    version: 2,
    migrate: {
      // Version 1 kept one `collapsed` for every platform, and open was its default: the panel now starts as the
      // pill on each platform until the user opens it there, so that flag is dropped; side and height are kept.
      1: (old) => {
        const { collapsed: _, ...kept } = old as { collapsed?: boolean };
        return kept;
      },
    },
  },
);
