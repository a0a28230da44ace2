import { afterEach, describe, expect, it } from 'vitest';
import { fixtureOracle, ownFixture } from './fixtures';
import {
  findingsInNotification,
  launchExtension,
  readStore,
  recordedNotifications,
  recordNotifications,
  reloadUntil,
  waitFor,
  waitForRead,
  type ExtensionSession,
  type FindingRow,
} from './harness';

/*
 * The story's pages opened all at once: nine content scripts report to the background at the same moment. Every
 * read must be stored and judged as if they had come one by one: the badge ends at the six alerts, the popup shows
 * them, and each alert is notified exactly once (never twice because two reads judged at the same time).
 */

const RED = [0xc4, 0x00, 0x00, 255];
const DETAIL = 'co.jp/order-detail-current-points.html';
const PAGES = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `co.jp/story-history-${n}.html`).concat(DETAIL);
const TRIES = [1, 2, 3, 4, 5];

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('the story’s nine pages opened at once, in a fresh profile', { timeout: 120_000 }, () => {
  it.each(TRIES)('try %i: badge red 6, six alert cards, every alert notified exactly once', async (attempt) => {
    session = await launchExtension({ language: 'ja' });
    const s = session;
    for (const page of PAGES) s.serveAmazonPage(fixtureOracle(page).url, ownFixture(page));
    await recordNotifications(s);

    // Every tab at once: the nine tabs are opened first, then all sent to their pages together, so that their
    // content scripts report as close together as they can. Each is kept open (closing cuts its script off).
    const tabs = await Promise.all(PAGES.map(() => s.context.newPage()));
    const started = Date.now();
    await Promise.all(PAGES.map((page, i) => tabs[i].goto(fixtureOracle(page).url, { waitUntil: 'commit' })));
    // The reads stored: every page's orders (re)stored since the tabs were opened; the detail page adds the game's
    // payment (points), which no list page shows.
    await Promise.all(
      PAGES.map((page) => {
        const { url, orderIds } = fixtureOracle(page);
        return waitForRead(s, url, started, {
          orderIds,
          stored: page === DETAIL ? (orders) => orders.every((o) => (o.payments?.length ?? 0) > 0) : undefined,
          timeoutMs: 30_000,
        });
      }),
    );
    const storedMs = Date.now() - started;

    const badge = await waitFor(() => s.readBadge(), (b) => b.text === '6', 20_000);
    const badgeMs = Date.now() - started;
    expect(badge).toEqual({ text: '6', color: RED });

    // Every alert has been notified (the background marks each when it notifies it), and the notifications
    // recorded cover at least as many findings as there are alerts.
    const alerts = () => readStore<FindingRow>(s, 'findings').then((all) => all.filter((f) => f.severity === 'alert' && f.status === 'open'));
    const covered = async () => (await recordedNotifications(s)).reduce((sum, call) => sum + findingsInNotification(s, 'ja', call.message), 0);
    await waitFor(
      async () => {
        const open = await alerts();
        return { alerts: open.length, unnotified: open.filter((f) => !f.notifiedAt).map((f) => f.id), covered: await covered() };
      },
      (state) => state.alerts > 0 && state.unnotified.length === 0 && state.covered >= state.alerts,
      20_000,
    );

    // The popup, as story.test.ts checks it: one card per alert order.
    const popup = await s.openPopup();
    await reloadUntil(popup, 'article.finding--alert', 6);
    expect(await popup.locator('article.finding--alert').count()).toBe(6);
    expect(await popup.locator('article.finding', { hasText: '250-4417283-9920416' }).locator('.finding__reason').count()).toBe(2);

    // Exactly once each: the findings the notifications cover add up to the alerts (one notified twice would add
    // one more), and each notification is about amazon.co.jp.
    const open = await alerts();
    const calls = await recordedNotifications(s);
    const perCall = calls.map((call) => findingsInNotification(s, 'ja', call.message));
    console.log(
      `[concurrent reads] try ${attempt}: reads stored in ${(storedMs / 1000).toFixed(1)} s, badge 6 at ${(badgeMs / 1000).toFixed(1)} s; ` +
        `${open.length} alerts, ${calls.length} notification(s) covering ${perCall.join(' + ')}`,
    );
    expect(calls.every((call) => call.id?.startsWith('order-sentinel|co.jp|') && call.title.includes('www.amazon.co.jp'))).toBe(true);
    expect(perCall.reduce((a, b) => a + b, 0), 'findings the notifications cover (one notified twice counts twice)').toBe(open.length);
    // The badge is still six once everything has settled.
    expect(await s.readBadge()).toEqual({ text: '6', color: RED });
  });
});
