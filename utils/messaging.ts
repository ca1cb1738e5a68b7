import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';

/**
 * Typed messages between contexts. A contract maps each message type to a request and a response schema. The
 * background is the boundary: it parses every request it answers (onMessages), so a look-alike message, or an older
 * content script after an update, gets a clear error instead of corrupting anything. Extension pages also parse
 * what they send and receive (sendMessage). The scripts injected into a platform page (issue #16: 100 kB for all of
 * them) import contracts as types only and use toBackground / answerMessages, which parse nothing: what they
 * receive comes from our own background, which built it from parsed requests and its own stores, and a request
 * they send is parsed where it lands. Contracts live in utils/messages/, one per domain; types are prefixed by
 * domain and unique.
 *
 * This module imports zod as types only: the content scripts import it, and zod stays out of them unless a contract
 * or a setting brings it.
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

/** `{ type, payload }`, the envelope of every message (checked by hand: no zod needed for two fields). */
function envelopeType(message: unknown): string | null {
  if (typeof message !== 'object' || message === null) return null;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' ? type : null;
}

/** The data of a reply `{ ok, data?, error? }`, or its error thrown. */
function replyData(type: string, reply: unknown): unknown {
  const r = reply as { ok?: unknown; data?: unknown; error?: unknown } | null | undefined;
  if (typeof r !== 'object' || r === null || typeof r.ok !== 'boolean') throw new Error(`${type}: no valid reply`);
  if (!r.ok) throw new Error(typeof r.error === 'string' ? r.error : `${type}: failed`);
  return r.data;
}

async function unwrap<C extends Contract, T extends keyof C & string>(
  contract: C,
  type: T,
  reply: unknown,
): Promise<Response<C, T>> {
  return entry(contract, type).response.parse(replyData(type, reply)) as Response<C, T>;
}

/**
 * The injected scripts' sender, for a contract imported as a type (`import type { PAGE }`, then
 * `toBackground<typeof PAGE>()`): sends to the background, which parses the request, and returns its reply unparsed
 * (the background built it). An error reply, or none, rejects as with sendMessage.
 */
export function toBackground<C extends Contract>() {
  return async <T extends keyof C & string>(type: T, payload: Request<C, T>): Promise<Response<C, T>> =>
    replyData(type, await browser.runtime.sendMessage({ type, payload })) as Response<C, T>;
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
 * Registers handlers for one contract, each request parsed by its schema first (an invalid one is answered with an
 * error, never handled). Answers through `sendResponse` and returns `true`: a returned Promise is ignored by WXT's
 * fakeBrowser and by some browsers' polyfill paths. Messages of other types are left to other listeners.
 */
export function onMessages<C extends Contract>(contract: C, handlers: Handlers<C>): () => void {
  return listen(
    (type) => (Object.hasOwn(contract, type) ? handlers[type as keyof C] : undefined),
    (type, payload) => entry(contract, type).request.safeParse(payload),
  );
}

/**
 * The injected scripts' listener, for a contract imported as a type: answers the messages it has handlers for,
 * without parsing them. A content script hears only its own extension (the background, the popup: our code, which
 * parsed what it holds); another extension's messages arrive at onMessageExternal, which nothing here listens to.
 */
export function answerMessages<C extends Contract>(handlers: Handlers<C>): () => void {
  return listen(
    (type) => (Object.hasOwn(handlers, type) ? handlers[type as keyof C] : undefined),
    (_type, payload) => ({ success: true, data: payload }),
  );
}

function listen(
  handlerOf: (type: string) => ((payload: never, sender: Sender) => unknown) | undefined,
  parse: (type: string, payload: unknown) => { success: true; data: unknown } | { success: false },
): () => void {
  const listener = (
    message: unknown,
    sender: { tab?: { id?: number }; frameId?: number; url?: string; origin?: string },
    sendResponse: (r: unknown) => void,
  ): true | undefined => {
    const type = envelopeType(message);
    if (type === null) return undefined;
    const handler = handlerOf(type) as ((p: unknown, s: Sender) => unknown) | undefined;
    if (!handler) return undefined;
    const req = parse(type, (message as { payload?: unknown }).payload);
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
