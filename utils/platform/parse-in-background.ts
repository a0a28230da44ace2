import { browser } from 'wxt/browser';
import { readPage, type AnyPageResult, type UnknownPage } from '../amazon/read-page';
import type { OffscreenRead } from '../protocol/offscreen';

const OFFSCREEN_PATH = '/offscreen.html';

/**
 * Reads a fetched page in the background. Firefox's background page has a DOM; Chrome's service worker does not, so
 * there the page goes to an offscreen document (created on first need, reason DOM_PARSER).
 */
export async function parseInBackground(html: string, url: string): Promise<AnyPageResult | UnknownPage> {
  if (typeof DOMParser !== 'undefined') return readPage(new DOMParser().parseFromString(html, 'text/html'), url);
  const chrome = browser as unknown as ChromeOffscreenApis;
  const hasDocument = async () =>
    (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [chrome.runtime.getURL(OFFSCREEN_PATH)] })).length > 0;
  if (!(await hasDocument())) {
    await chrome.offscreen
      .createDocument({ url: OFFSCREEN_PATH, reasons: ['DOM_PARSER'], justification: 'Read the Amazon order pages the periodic check fetched.' })
      .catch(async (error: Error) => {
        if (!(await hasDocument())) throw error; // created meanwhile by a concurrent read: fine
      });
  }
  const request: OffscreenRead = { type: 'offscreen:read-page', html, url };
  return (await browser.runtime.sendMessage(request)) as AnyPageResult | UnknownPage;
}

/** runtime.getContexts (Chrome 116+) and offscreen, which the polyfill's types do not describe. */
interface ChromeOffscreenApis {
  runtime: {
    getURL(path: string): string;
    getContexts(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]>;
  };
  offscreen: { createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void> };
}
