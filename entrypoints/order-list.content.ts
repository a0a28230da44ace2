import { defineContentScript } from 'wxt/utils/define-content-script';
import { readOrderListPage } from '../utils/amazon/read-order-list-page';
import { t, uiLanguage } from '../utils/i18n';
import { orderListMatches } from '../utils/marketplaces';
import { sendFromPage } from '../utils/messaging/send';
import { drawMarks } from '../utils/page-mark/mount-marks';
import { handOverRead } from '../utils/page-script/hand-over-read';

// Order lists: reads the page once it has loaded (Amazon has copied its ship-to popovers into the cards by then),
// hands the read to the background, and marks the order cards the background found suspicious.
export default defineContentScript({
  matches: orderListMatches,
  runAt: 'document_idle',
  // The page is not told we are here (WXT's "script started" postMessage names our extension id to every listener).
  noScriptStartedPostMessage: true,
  async main() {
    const reply = await handOverRead(readOrderListPage);
    if (!reply || !('marks' in reply)) return;
    drawMarks(document, reply.marks, uiLanguage(), t, async (id, answer) => {
      await sendFromPage({ type: 'page:answer-finding', id, answer });
    });
  },
});
