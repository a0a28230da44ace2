import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createMessageHandler } from '../utils/background/handle-message';
import { refreshBadge } from '../utils/badge/apply-badge';
import { SentinelDatabase } from '../utils/db/database';
import { t, uiLanguage } from '../utils/i18n';
import { NOTIFICATION_PREFIX, notifyNewAlerts } from '../utils/notify/notify-new-alerts';

export default defineBackground(() => {
  const db = new SentinelDatabase();
  // After anything that can change the findings: the badge follows, and new alerts are notified once.
  const showFindings = async () => {
    await refreshBadge(db, browser.action);
    await notifyNewAlerts({
      db,
      notifications: browser.notifications,
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      language: uiLanguage(),
      t,
      now: Date.now(),
    });
  };
  const handleMessage = createMessageHandler({
    db,
    self: { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') },
    now: () => Date.now(),
    onFindingsChanged: showFindings,
    log: (message, detail) => console.warn(message, detail),
  });
  // An async listener: Chromium's own `browser` only passes a reply back from a returned Promise.
  browser.runtime.onMessage.addListener(async (message, sender) => handleMessage(message, sender));
  // A notification opens the recovery view for its marketplace.
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    const marketplace = id.slice(NOTIFICATION_PREFIX.length).split('|')[0];
    void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?view=recovery&marketplace=${encodeURIComponent(marketplace)}`) });
  });
  // The badge is not kept across browser restarts; the findings are, so it is rebuilt whenever the background starts.
  void showFindings();
});
