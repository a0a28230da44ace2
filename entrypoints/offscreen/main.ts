import { browser } from 'wxt/browser';
import { readPage } from '../../utils/amazon/read-page';
import { OFFSCREEN_READ, type OffscreenRead } from '../../utils/platform/parse-in-background';

// Chrome's service worker has no DOMParser: the periodic check sends fetched pages here to be read with the same
// readers as the content scripts. Only our own background may ask.
browser.runtime.onMessage.addListener(async (message: unknown, sender) => {
  const request = message as Partial<OffscreenRead>;
  if (request?.type !== OFFSCREEN_READ || sender.id !== browser.runtime.id || sender.tab) return undefined;
  if (typeof request.html !== 'string' || typeof request.url !== 'string') return undefined;
  return readPage(new DOMParser().parseFromString(request.html, 'text/html'), request.url);
});
