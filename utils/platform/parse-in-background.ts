import { browser } from 'wxt/browser';
import type { AnyPageResult, UnknownPage } from '../amazon/page-reader';
import type { OffscreenRead } from '../protocol/offscreen';

const OFFSCREEN_PATH = '/offscreen.html';

/**
 * Reads a fetched page, in the reader document (entrypoints/offscreen), which carries the readers of fetched pages,
 * so the background carries none (its byte budget is in tests/browser/bundle-size.test.ts). Chrome's service worker
 * has no DOM: there it is an offscreen document (created on first need, reason DOM_PARSER). Firefox's background page
 * has one: there it is a hidden frame of that page. The same listener answers in both.
 */
export async function parseInBackground(html: string, url: string): Promise<AnyPageResult | UnknownPage> {
  await (import.meta.env.FIREFOX ? openReaderFrame() : openOffscreenDocument());
  const request: OffscreenRead = { type: 'offscreen:read-page', html, url };
  return (await browser.runtime.sendMessage(request)) as AnyPageResult | UnknownPage;
}

async function openOffscreenDocument(): Promise<void> {
  const chrome = browser as unknown as ChromeOffscreenApis;
  const hasDocument = async () =>
    (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [chrome.runtime.getURL(OFFSCREEN_PATH)] })).length > 0;
  if (await hasDocument()) return;
  await chrome.offscreen
    .createDocument({ url: OFFSCREEN_PATH, reasons: ['DOM_PARSER'], justification: 'Read the Amazon order pages the periodic check fetched.' })
    .catch(async (error: Error) => {
      if (!(await hasDocument())) throw error; // created meanwhile by a concurrent read: fine
    });
}

/** Loaded once per background page (a suspended one takes its frame with it); its listener is set by `load`. */
let readerFrame: Promise<void> | undefined;

function openReaderFrame(): Promise<void> {
  readerFrame ??= new Promise<void>((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error('reader frame did not load')), { once: true });
    frame.src = browser.runtime.getURL(OFFSCREEN_PATH);
    document.body.append(frame);
  }).catch((error: unknown) => {
    readerFrame = undefined;
    throw error;
  });
  return readerFrame;
}

/** runtime.getContexts (Chrome 116+) and offscreen, which the polyfill's types do not describe. */
interface ChromeOffscreenApis {
  runtime: {
    getURL(path: string): string;
    getContexts(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]>;
  };
  offscreen: { createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void> };
}
