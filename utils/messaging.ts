import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { RequirementViewSchema } from '@/utils/knowledge/view';
import { PLATFORM_IDS } from '@/utils/platforms/registry';

const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/**
 * The one message contract between contexts. Each message has a request and a response schema; both sides parse
 * what crosses, so a page that injects look-alike messages, or an older content script after an update, gets a
 * clear error instead of corrupting anything.
 */
export const CONTRACT = {
  /** Content script → background: this tab shows a platform (the toolbar badge says so). */
  'page/recognised': {
    request: z.object({ platform: z.enum(PLATFORM_IDS), frameTop: z.boolean() }),
    response: z.object({ ok: z.literal(true) }),
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
  /** Popup → content script: what the page in this tab is. */
  'page/describe': {
    request: z.object({}),
    response: z.object({ platform: z.nullable(z.enum(PLATFORM_IDS)), url: z.string() }),
  },
} as const;

export type MessageType = keyof typeof CONTRACT;
export type Request<T extends MessageType> = z.infer<(typeof CONTRACT)[T]['request']>;
export type Response<T extends MessageType> = z.infer<(typeof CONTRACT)[T]['response']>;

const Envelope = z.object({ type: z.string(), payload: z.unknown() });
const Reply = z.object({ ok: z.boolean(), data: z.optional(z.unknown()), error: z.optional(z.string()) });

function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(CONTRACT, type);
}

async function unwrap<T extends MessageType>(type: T, reply: unknown): Promise<Response<T>> {
  const r = Reply.safeParse(reply);
  if (!r.success) throw new Error(`${type}: no valid reply`);
  if (!r.data.ok) throw new Error(r.data.error ?? `${type}: failed`);
  return CONTRACT[type].response.parse(r.data.data) as Response<T>;
}

/** Sends to the background (or extension pages). */
export async function sendMessage<T extends MessageType>(type: T, payload: Request<T>): Promise<Response<T>> {
  const body = CONTRACT[type].request.parse(payload);
  return unwrap(type, await browser.runtime.sendMessage({ type, payload: body }));
}

/** Sends to the content script of one tab (its top frame). */
export async function sendTabMessage<T extends MessageType>(
  tabId: number,
  type: T,
  payload: Request<T>,
): Promise<Response<T>> {
  const body = CONTRACT[type].request.parse(payload);
  return unwrap(type, await browser.tabs.sendMessage(tabId, { type, payload: body }, { frameId: 0 }));
}

export type Handlers = {
  [T in MessageType]?: (
    payload: Request<T>,
    sender: { tabId?: number; frameId?: number },
  ) => Response<T> | Promise<Response<T>>;
};

/**
 * Registers handlers. Answers through `sendResponse` and returns `true`: a returned Promise is ignored by WXT's
 * fakeBrowser and by some browsers' polyfill paths. Messages of types this context has no handler for are left to
 * other listeners.
 */
export function onMessages(handlers: Handlers): () => void {
  const listener = (
    message: unknown,
    sender: { tab?: { id?: number }; frameId?: number },
    sendResponse: (r: unknown) => void,
  ): true | undefined => {
    const env = Envelope.safeParse(message);
    if (!env.success || !isMessageType(env.data.type)) return undefined;
    const type = env.data.type;
    const handler = handlers[type] as ((p: unknown, s: { tabId?: number; frameId?: number }) => unknown) | undefined;
    if (!handler) return undefined;
    const req = CONTRACT[type].request.safeParse(env.data.payload);
    if (!req.success) {
      sendResponse({ ok: false, error: `${type}: invalid request` });
      return true;
    }
    Promise.resolve()
      .then(() => handler(req.data, { tabId: sender.tab?.id, frameId: sender.frameId }))
      .then(
        (data) => sendResponse({ ok: true, data }),
        (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }),
      );
    return true;
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  return () =>
    browser.runtime.onMessage.removeListener(
      listener as Parameters<typeof browser.runtime.onMessage.removeListener>[0],
    );
}
