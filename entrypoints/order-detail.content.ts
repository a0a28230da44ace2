import { defineContentScript } from 'wxt/utils/define-content-script';
import { readOrderDetailPage } from '../utils/amazon/read-order-detail-page';
import { orderDetailMatches } from '../utils/marketplaces';
import { handOverRead } from '../utils/page-script/hand-over-read';

// Order details: reads the page once it has loaded and hands the read (payments, charges, the full ship-to) to the
// background, which completes the order and judges it. The marks are drawn on the order list.
export default defineContentScript({
  matches: orderDetailMatches,
  runAt: 'document_idle',
  // The page is not told we are here (WXT's "script started" postMessage names our extension id to every listener).
  noScriptStartedPostMessage: true,
  async main() {
    await handOverRead(readOrderDetailPage);
  },
});
