import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ORDER_MARK_CSS, OrderMark } from '../components/OrderMark';
import { readPage } from '../utils/amazon/read-page';
import { t, uiLanguage } from '../utils/i18n';
import { pageMatches } from '../utils/marketplaces';
import { sendFromPage } from '../utils/messaging/send';
import { isOwnExtension } from '../utils/messaging/sender';
import { pageReadMessage } from '../utils/protocol/page-read-message';
import { isReadForReport, type TabRead } from '../utils/protocol/read-for-report';
import { markHost } from '../utils/page-mark/mount-marks';

// Reads the page once it has loaded (Amazon has copied its ship-to popovers into the cards by then), hands the result
// to the background, and marks the order cards the background found suspicious.
export default defineContentScript({
  matches: pageMatches,
  runAt: 'document_idle',
  async main() {
    // "Report this page" (popup → background → here): the page read again, as the readers see it now. Only our own
    // background asks; it validates and redacts the answer. Not async: a message we do not answer gets `undefined`
    // synchronously, the one we answer a real Promise (Chromium's own `browser` is not wrapped by the polyfill).
    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (!isReadForReport(message) || !isOwnExtension(sender, { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') })) return undefined;
      const answer: TabRead = { url: location.href, read: readPage(document, location.href) };
      return Promise.resolve(answer);
    });
    const message = pageReadMessage(readPage(document, location.href));
    if (!message) return;
    const reply = await sendFromPage(message);
    if (message.type !== 'page:order-list-read' || !reply || !('marks' in reply)) return;
    const language = uiLanguage();
    for (const { orderId, findings } of reply.marks) {
      const shadow = markHost(document, orderId, ORDER_MARK_CSS);
      if (!shadow) continue;
      render(
        <OrderMark
          marks={findings.map((f) => ({ findingId: f.id, severity: f.severity, reason: f.reason[language] }))}
          t={t}
          onAnswer={async (id, answer) => {
            await sendFromPage({ type: 'page:answer-finding', id, answer });
          }}
        />,
        shadow.lastChild as Element,
      );
    }
  },
});
