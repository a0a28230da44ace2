import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createMessageHandler } from '../utils/background/handle-message';
import { refreshBadge } from '../utils/badge/apply-badge';
import { SentinelDatabase } from '../utils/db/database';
import { t, uiLanguage } from '../utils/i18n';
import { NOTIFICATION_PREFIX, notifyNewAlerts } from '../utils/notify/notify-new-alerts';
import { readSettings } from '../utils/background/settings';
import { parseInBackground } from '../utils/platform/parse-in-background';
import { runCheck, startCheck, type CheckDeps, type CheckState } from '../utils/watch/run-check';

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
  // The periodic check: fetches with the owner's own session (cookies are the browser's; we never read them), one
  // request at a time; its state is in IndexedDB, so a stopped worker continues where it was.
  const checkDeps: CheckDeps = {
    db,
    fetchPage: async (url) => {
      const response = await fetch(url, { credentials: 'include', redirect: 'follow' });
      return { ok: response.ok, status: response.status, url: response.url || url, html: await response.text() };
    },
    parse: parseInBackground,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
    onFindingsChanged: showFindings,
  };
  let running: Promise<CheckState | null> | null = null;
  // Only marketplaces the owner watches and has visited: an unused one would only cost a sign-in page.
  const plan = async () => {
    const seen = new Set((await db.marketplaceState.toArray()).map((s) => s.marketplace));
    return startCheck(checkDeps, (await readSettings(db)).watched.filter((m) => seen.has(m)));
  };
  const run = () => {
    running ??= runCheck(checkDeps).finally(() => {
      running = null;
    });
    return running;
  };
  const check = async (start: boolean) => {
    if (start) await plan();
    return run();
  };
  const scheduleChecks = async () => {
    const hours = (await readSettings(db)).checkEveryHours;
    const alarm = await browser.alarms.get(CHECK_ALARM);
    if (alarm?.periodInMinutes !== hours * 60) await browser.alarms.create(CHECK_ALARM, { periodInMinutes: hours * 60 });
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CHECK_ALARM) void check(true);
  });
  browser.runtime.onStartup.addListener(() => void check(true));

  const handleMessage = createMessageHandler({
    db,
    self: { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') },
    now: () => Date.now(),
    onFindingsChanged: showFindings,
    log: (message, detail) => console.warn(message, detail),
    checkNow: async () => {
      // Answer with the plan; the check itself goes on with its pauses.
      const planned = await plan();
      void run();
      return planned;
    },
    onSettingsChanged: scheduleChecks,
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
  void scheduleChecks();
  // A check the worker was stopped in the middle of goes on.
  void check(false);
});

const CHECK_ALARM = 'order-sentinel-check';
