import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { readPage } from '../../utils/amazon/read-page';
import { OffscreenReadSchema } from '../../utils/protocol/offscreen';

// Chrome's service worker has no DOMParser: the periodic check sends fetched pages here to be read with the same
// readers as the content scripts. Only our own background may ask, and only this one message is answered: every
// other message (the popup's, the options page's) gets `undefined` synchronously, i.e. no reply from here, so the
// background's reply is the one its sender receives.
browser.runtime.onMessage.addListener((message: unknown, sender) => {
  if (sender.id !== browser.runtime.id || sender.tab) return undefined;
  const parsed = v.safeParse(OffscreenReadSchema, message);
  if (!parsed.success) return undefined;
  return Promise.resolve(readPage(new DOMParser().parseFromString(parsed.output.html, 'text/html'), parsed.output.url));
});
