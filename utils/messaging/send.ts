import { browser } from 'wxt/browser';
import type { Replies, Request } from '../messages';

/** Sends a request to the background and types its reply by the request's type. */
export async function sendToBackground<R extends Request>(request: R): Promise<Replies[R['type']]> {
  return (await browser.runtime.sendMessage(request)) as Replies[R['type']];
}
