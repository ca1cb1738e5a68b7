import * as z from 'zod/mini';
import { defineSetting } from './store';

export const OverlayStateSchema = z.object({
  collapsed: z.boolean(),
  side: z.enum(['left', 'right']),
  /** Distance of the panel's top from the viewport's top, in CSS px. */
  top: z.number(),
});
export type OverlayState = z.infer<typeof OverlayStateSchema>;

/** Where the overlay panel sits and whether it is collapsed, the same on every platform. */
export const OVERLAY = defineSetting<OverlayState>('overlay', OverlayStateSchema, {
  collapsed: false,
  side: 'right',
  top: 96,
});
