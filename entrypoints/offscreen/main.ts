import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { readFetchedPage } from '../../utils/amazon/read-fetched-page';
import { OffscreenReadSchema } from '../../utils/protocol/offscreen';

// The reader document: Chrome's offscreen document, and a hidden frame of Firefox's background page. The periodic
// check sends fetched pages here to be read with the same readers as the content scripts (the background carries
// none). Only our own background may ask, and only this one message is answered: every other message (the popup's,
// the options page's) gets `undefined` synchronously, i.e. no reply from here, so the background's reply is the one
// its sender receives.
browser.runtime.onMessage.addListener((message: unknown, sender) => {
  if (sender.id !== browser.runtime.id || sender.tab) return undefined;
  const parsed = v.safeParse(OffscreenReadSchema, message);
  if (!parsed.success) return undefined;
  return Promise.resolve(readFetchedPage(new DOMParser().parseFromString(parsed.output.html, 'text/html'), parsed.output.url));
});
