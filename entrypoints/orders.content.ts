import { defineContentScript } from 'wxt/utils/define-content-script';
import { readOrderList } from '../utils/amazon/read-order-list';
import { orderListMatches } from '../utils/marketplaces';
import { sendToBackground } from '../utils/messaging/send';

export default defineContentScript({
  matches: orderListMatches,
  runAt: 'document_idle',
  async main() {
    await sendToBackground({ type: 'page:order-list-read', read: readOrderList(document, location.href) });
  },
});
