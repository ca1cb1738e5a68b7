import { browser } from 'wxt/browser';
import * as z from 'zod/mini';

/**
 * Typed messages between contexts. A contract maps each message type to a request and a response schema; both
 * sides parse what crosses, so a look-alike message, or an older content script after an update, gets a clear
 * error instead of corrupting anything. Contracts live in utils/messages/, one per domain, so each bundle carries
 * only the schemas it speaks (the overlay script has a 60 kB budget); types are prefixed by domain and unique.
 */
export type Contract = Record<string, { request: z.ZodMiniType; response: z.ZodMiniType }>;
export type Request<C extends Contract, T extends keyof C> = z.infer<C[T]['request']>;
export type Response<C extends Contract, T extends keyof C> = z.infer<C[T]['response']>;

export function defineContract<C extends Contract>(contract: C): C {
  return contract;
}

function entry<C extends Contract>(contract: C, type: keyof C & string) {
  const e = contract[type];
  if (!e) throw new Error(`unknown message ${type}`);
  return e;
}

const Envelope = z.object({ type: z.string(), payload: z.unknown() });
const Reply = z.object({ ok: z.boolean(), data: z.optional(z.unknown()), error: z.optional(z.string()) });

async function unwrap<C extends Contract, T extends keyof C & string>(
  contract: C,
  type: T,
  reply: unknown,
): Promise<Response<C, T>> {
  const r = Reply.safeParse(reply);
  if (!r.success) throw new Error(`${type}: no valid reply`);
  if (!r.data.ok) throw new Error(r.data.error ?? `${type}: failed`);
  return entry(contract, type).response.parse(r.data.data) as Response<C, T>;
}

/** Sends to the background (or extension pages). */
export async function sendMessage<C extends Contract, T extends keyof C & string>(
  contract: C,
  type: T,
  payload: Request<C, T>,
): Promise<Response<C, T>> {
  const body = entry(contract, type).request.parse(payload);
  return unwrap(contract, type, await browser.runtime.sendMessage({ type, payload: body }));
}

/** Sends to the content script of one tab (its top frame). */
export async function sendTabMessage<C extends Contract, T extends keyof C & string>(
  contract: C,
  tabId: number,
  type: T,
  payload: Request<C, T>,
): Promise<Response<C, T>> {
  const body = entry(contract, type).request.parse(payload);
  return unwrap(contract, type, await browser.tabs.sendMessage(tabId, { type, payload: body }, { frameId: 0 }));
}

/**
 * Who sent a message, as the browser says (never as the message says): the tab and frame, and the address and
 * origin of the document that sent it (`origin` is Chromium's; Firefox gives `url` only).
 */
export interface Sender {
  tabId?: number;
  frameId?: number;
  url?: string;
  origin?: string;
}

export type Handlers<C extends Contract> = {
  [T in keyof C]?: (payload: Request<C, T>, sender: Sender) => Response<C, T> | Promise<Response<C, T>>;
};

/**
 * Registers handlers for one contract. Answers through `sendResponse` and returns `true`: a returned Promise is
 * ignored by WXT's fakeBrowser and by some browsers' polyfill paths. Messages of other types are left to other
 * listeners.
 */
export function onMessages<C extends Contract>(contract: C, handlers: Handlers<C>): () => void {
  const listener = (
    message: unknown,
    sender: { tab?: { id?: number }; frameId?: number; url?: string; origin?: string },
    sendResponse: (r: unknown) => void,
  ): true | undefined => {
    const env = Envelope.safeParse(message);
    if (!env.success || !Object.hasOwn(contract, env.data.type)) return undefined;
    const type = env.data.type as keyof C & string;
    const handler = handlers[type] as ((p: unknown, s: Sender) => unknown) | undefined;
    if (!handler) return undefined;
    const req = entry(contract, type).request.safeParse(env.data.payload);
    if (!req.success) {
      sendResponse({ ok: false, error: `${type}: invalid request` });
      return true;
    }
    Promise.resolve()
      .then(() =>
        handler(req.data, { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url, origin: sender.origin }),
      )
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
