import { browser } from 'wxt/browser';
import type { Requests } from '../background/requests';
import type { MessageOf, ReplyOf } from '../protocol/define-request';
import { isDropped } from '../protocol/dropped';

/*
 * Typed senders, one per direction: a content script can only send page requests, the popup and options only
 * extension-page requests; the reply type is the handler's. (Only types are imported: no handler code is bundled.)
 */

type TypesFrom<D> = { [K in keyof Requests]: Requests[K]['from'] extends D ? K : never }[keyof Requests];
export type PageRequest = { [K in TypesFrom<'page'>]: MessageOf<K, Requests[K]> }[TypesFrom<'page'>];
export type ExtensionPageRequest = { [K in TypesFrom<'extension-page'>]: MessageOf<K, Requests[K]> }[TypesFrom<'extension-page'>];
export type Reply<K extends keyof Requests> = ReplyOf<Requests[K]>;

/** From the popup or options page. */
export async function sendFromExtensionPage<R extends ExtensionPageRequest>(request: R): Promise<Reply<R['type']>> {
  return (await browser.runtime.sendMessage(request)) as Reply<R['type']>;
}

/** Waits before each retry of a page request whose reply never came. */
const RETRY_DELAYS_MS = [250, 500, 1000, 2000, 4000];
/**
 * A reply not come by then is given up on and the request sent again: a message delivered to a worker Chrome is
 * stopping can stay unanswered for good, neither replied to nor failed. (A read takes well under a second.)
 */
const REPLY_TIMEOUT_MS = 8_000;

/**
 * From a content script. Chrome stops an idle service worker, and a reply channel can close mid-work: a request whose
 * reply never came (failed, none within REPLY_TIMEOUT_MS, or `undefined`: what Chrome answers for a worker stopped
 * while the message reached it) is sent again (the background treats a repeated read or answer as the same one), a
 * few times. The background's deliberate `DROPPED` is not retried, and is returned as `undefined`.
 */
export async function sendFromPage<R extends PageRequest>(request: R, delays: readonly number[] = RETRY_DELAYS_MS): Promise<Reply<R['type']> | undefined> {
  for (let attempt = 0; ; attempt++) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unanswered = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('no reply')), REPLY_TIMEOUT_MS);
    });
    try {
      const reply: unknown = await Promise.race([browser.runtime.sendMessage(request), unanswered]);
      if (reply === undefined) throw new Error('no reply');
      return isDropped(reply) ? undefined : (reply as Reply<R['type']>);
    } catch (error) {
      if (attempt >= delays.length) throw error;
      await new Promise((resolve) => setTimeout(resolve, delays[attempt]));
    } finally {
      clearTimeout(timer);
    }
  }
}
