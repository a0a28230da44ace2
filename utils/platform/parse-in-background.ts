import { browser } from 'wxt/browser';
import { readPage, type AnyPageResult, type UnknownPage } from '../amazon/read-page';

export const OFFSCREEN_READ = 'offscreen:read-page';
export interface OffscreenRead {
  type: typeof OFFSCREEN_READ;
  html: string;
  url: string;
}

/**
 * Reads a fetched page in the background. Firefox's background page has a DOM; Chrome's service worker does not, so
 * there the page goes to an offscreen document (created on first need, reason DOM_PARSER).
 */
export async function parseInBackground(html: string, url: string): Promise<AnyPageResult | UnknownPage> {
  if (typeof DOMParser !== 'undefined') return readPage(new DOMParser().parseFromString(html, 'text/html'), url);
  const offscreen = (browser as unknown as { offscreen: ChromeOffscreen }).offscreen;
  if (!(await offscreen.hasDocument())) {
    await offscreen
      .createDocument({ url: '/offscreen.html', reasons: ['DOM_PARSER'], justification: 'Read the Amazon order pages the periodic check fetched.' })
      .catch(async (error: Error) => {
        if (!(await offscreen.hasDocument())) throw error; // created meanwhile by a concurrent read: fine
      });
  }
  const request: OffscreenRead = { type: OFFSCREEN_READ, html, url };
  return (await browser.runtime.sendMessage(request)) as AnyPageResult | UnknownPage;
}

interface ChromeOffscreen {
  hasDocument(): Promise<boolean>;
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
