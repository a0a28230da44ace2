import { defineContentScript } from 'wxt/utils/define-content-script';
import { readPage } from '../utils/amazon/read-page';
import { pageMatches } from '../utils/marketplaces';
import { pageReadMessage } from '../utils/messages';
import { sendToBackground } from '../utils/messaging/send';

// Reads the page once it has loaded (Amazon has copied its ship-to popovers into the cards by then) and hands the
// result to the background; the page itself is never changed here.
export default defineContentScript({
  matches: pageMatches,
  runAt: 'document_idle',
  async main() {
    const message = pageReadMessage(readPage(document, location.href));
    if (message) await sendToBackground(message);
  },
});
