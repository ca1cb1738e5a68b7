import * as z from 'zod/mini';
import { RequirementViewSchema } from '@/utils/knowledge/view';
import { PageDescriptionSchema } from './page-top';
import type { EarlyPort } from './popup-port';

export { POPUP_PORT } from './popup-port';

/**
 * The popup's one channel to the background (a runtime Port, open while the popup is): the popup says which tab it
 * speaks about, the background answers with all the first render needs in one message, then posts the tab's page
 * state whenever it changes. Both sides parse what crosses, as for every message (utils/messaging.ts).
 */

export type PageDescription = z.infer<typeof PageDescriptionSchema>;

/** Popup → background, once, right after connecting: the tab (`?tab=`), or null for the active tab. */
export const PopupOpenSchema = z.object({ type: z.literal('open'), tab: z.nullable(z.int()) });
export type PopupOpen = z.infer<typeof PopupOpenSchema>;

export const PopupViewSchema = z.object({
  type: z.literal('view'),
  /** The tab the popup speaks about (null: none could be found). */
  tab: z.nullable(z.int()),
  page: PageDescriptionSchema,
  /** The platform's requirements, or every requirement when the tab shows none (the overview). */
  requirements: z.array(RequirementViewSchema),
  today: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  followed: z.array(z.string()),
});
export type PopupView = z.infer<typeof PopupViewSchema>;

/** Background → popup: the first view, then each change of the tab's page. */
export const PopupPushSchema = z.discriminatedUnion('type', [
  PopupViewSchema,
  z.object({ type: z.literal('page'), page: PageDescriptionSchema }),
]);
export type PopupPush = z.infer<typeof PopupPushSchema>;

/** The popup's open channel: its first view, the tab's page as last pushed, and each change after it. */
export interface PopupChannel {
  view: Promise<PopupView>;
  /** The tab's page as the background last posted it after the view (null: no change yet). */
  latest: PageDescription | null;
  onPage(listener: (page: PageDescription) => void): () => void;
  close(): void;
}

/**
 * The popup's channel on its early port (connectPopup): the first view, then each change of the tab's page. A
 * message that does not parse is dropped, said in the console, never shown.
 */
export function openPopupChannel(early: EarlyPort): PopupChannel {
  const listeners = new Set<(page: PageDescription) => void>();
  let resolveView: (view: PopupView) => void = () => undefined;
  let rejectView: (e: Error) => void = () => undefined;
  const channel: PopupChannel = {
    view: new Promise<PopupView>((resolve, reject) => {
      resolveView = resolve;
      rejectView = reject;
    }),
    latest: null,
    onPage(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => early.port.disconnect(),
  };
  early.listen((message) => {
    const push = PopupPushSchema.safeParse(message);
    if (!push.success) return console.warn('[填报助手] 无效的弹窗消息', push.error.issues[0]?.message);
    if (push.data.type === 'view') return resolveView(push.data);
    channel.latest = push.data.page;
    for (const l of listeners) l(push.data.page);
  });
  early.onGone(() => rejectView(new Error('no answer from the background')));
  return channel;
}
