import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createMessageHandler } from '../utils/background/handle-message';
import { createWriter } from '../utils/background/writer';
import { refreshBadge } from '../utils/badge/apply-badge';
import { SentinelDatabase } from '../utils/db/database';
import { forgetJudgeBases } from '../utils/db/judge-basis';
import { readSettings } from '../utils/db/settings';
import { t, uiLanguage } from '../utils/i18n';
import { originsOf } from '../utils/marketplaces';
import { NOTIFICATION_PREFIX, notifyNewAlerts } from '../utils/notify/notify-new-alerts';
import { parseInBackground } from '../utils/platform/parse-in-background';
import { readTabForReport } from '../utils/platform/read-tab';
import { fetchPage } from '../utils/watch/fetch-page';
import { runCheck, startCheck, type CheckDeps, type CheckState } from '../utils/watch/run-check';

const CHECK_ALARM = 'order-sentinel-check';

export default defineBackground(() => {
  const db = new SentinelDatabase();
  const write = createWriter();
  // After anything that can change the findings (run inside the writer): the badge follows, new alerts are notified once.
  const showFindings = async () => {
    await refreshBadge(db, browser.action);
    await notifyNewAlerts({ db, notifications: browser.notifications, iconUrl: browser.runtime.getURL('/icon/128.png'), language: uiLanguage(), t, now: Date.now() });
  };
  // The periodic check: one request at a time; its state is in IndexedDB, so a stopped worker continues where it was.
  const checkDeps: CheckDeps = {
    db,
    fetchPage: (url) => fetchPage(url),
    parse: parseInBackground,
    canRead: (m) => browser.permissions.contains({ origins: originsOf(m) }),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
    write,
    onFindingsChanged: showFindings,
  };
  let running: Promise<CheckState | null> | null = null;
  // Every marketplace the owner watches, visited or not (the welcome page asks which they use): one they are not signed
  // in to costs a single request, and says so.
  const plan = async () => {
    const settings = await readSettings(db);
    return startCheck(checkDeps, settings.watched, settings.historyMonths);
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
  // A new owner is welcomed: which sites they use, their addresses, and one button for the first verdict.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    // New rules are not judged with what the old ones kept.
    if (reason === 'update') void write(() => forgetJudgeBases(db));
  });

  const handleMessage = createMessageHandler({
    db,
    self: { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') },
    now: () => Date.now(),
    write,
    showFindings,
    log: (message, detail) => console.warn(message, detail),
    services: {
      checkNow: async () => {
        // Answer with the plan; the check itself goes on with its pauses.
        const planned = await plan();
        void run();
        return planned;
      },
      reschedule: scheduleChecks,
      readTab: readTabForReport,
    },
  });
  // Not async: a message we do not answer must get `undefined` synchronously (Chromium's own `browser` takes the first
  // reply, and only passes one back from a returned Promise).
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
  // A notification opens the recovery view for its marketplace.
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    const marketplace = id.slice(NOTIFICATION_PREFIX.length).split('|')[0];
    void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?view=recovery&marketplace=${encodeURIComponent(marketplace)}`) });
  });
  // The badge is not kept across browser restarts; the findings are, so it is rebuilt whenever the background starts.
  void write(showFindings);
  void scheduleChecks();
  // A check the worker was stopped in the middle of goes on.
  void check(false);
});
