import { defineContentScript } from 'wxt/utils/define-content-script';
import { readAccountPage } from '../utils/amazon/read-account-page';
import { accountPageMatches } from '../utils/marketplaces';
import { handOverRead } from '../utils/page-script/hand-over-read';

// Address book, devices, Login & security: reads the page once it has loaded and hands the read to the background,
// which keeps the account's state and judges what changed. Nothing is drawn on these pages.
export default defineContentScript({
  matches: accountPageMatches,
  runAt: 'document_idle',
  // The page is not told we are here (WXT's "script started" postMessage names our extension id to every listener).
  noScriptStartedPostMessage: true,
  async main() {
    await handOverRead(readAccountPage);
  },
});
