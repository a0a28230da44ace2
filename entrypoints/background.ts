import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createMessageHandler } from '../utils/background/handle-message';
import { refreshBadge } from '../utils/badge/apply-badge';
import { SentinelDatabase } from '../utils/db/database';

export default defineBackground(() => {
  const db = new SentinelDatabase();
  const updateBadge = async () => {
    await refreshBadge(db, browser.action);
  };
  const handleMessage = createMessageHandler({
    db,
    self: { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') },
    now: () => Date.now(),
    onFindingsChanged: updateBadge,
    log: (message, detail) => console.warn(message, detail),
  });
  // An async listener: Chromium's own `browser` only passes a reply back from a returned Promise.
  browser.runtime.onMessage.addListener(async (message, sender) => handleMessage(message, sender));
  // The badge is not kept across browser restarts; the findings are, so it is rebuilt whenever the background starts.
  void updateBadge();
});
