import { browser } from 'wxt/browser';
import type { AnyPageResult, UnknownPage } from '../amazon/page-reader';
import { isOwnExtension } from '../messaging/sender';
import { isReadForReport, type TabRead } from '../protocol/read-for-report';

/**
 * "Report this page" (popup → background → here): the page read again, as the readers see it now. Only our own
 * background asks; it validates and redacts the answer. The answer goes through `sendResponse`, synchronously, which
 * every browser's `onMessage` takes: the content scripts carry no polyfill, and Chrome before its own `browser`
 * namespace ignores a returned Promise. The listener itself returns `undefined` synchronously, for every message.
 */
export function answerReadForReport(readThisPage: (root: ParentNode, url: string) => AnyPageResult | UnknownPage): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (answer: TabRead) => void) => {
    if (isReadForReport(message) && isOwnExtension(sender, { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') })) {
      sendResponse({ url: location.href, read: readThisPage(document, location.href) });
    }
    return undefined;
  });
}
