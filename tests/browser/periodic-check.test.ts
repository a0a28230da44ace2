import { afterEach, describe, expect, it } from 'vitest';
import { ownFixture } from './fixtures';
import type { Page } from 'playwright-core';
import { reloadUntil, waitFor, type ExtensionSession } from './harness';
import type { LocalAmazon } from './local-amazon';
import { ARCHIVED, DEVICES, DIGITAL, HISTORY, LOGIN_SECURITY, setUpSignedIn } from './local-check';

const RED = [0xc4, 0x00, 0x00, 255];
let session: ExtensionSession | undefined;
let amazon: LocalAmazon | undefined;
afterEach(async () => {
  await session?.close();
  await amazon?.close();
  session = undefined;
  amazon = undefined;
});

async function setUp() {
  ({ amazon, session } = await setUpSignedIn());
  return { amazon, session };
}

type Status = { startedAt: number; finishedAt: number | null; requests: number } | null;
const checkStatus = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<Status> } } }).chrome.runtime.sendMessage({ type: 'popup:check-status' }));

/** Waits until the check that started after `since` has ended (asked the way the popup asks). */
async function checkEnded(page: Page, since: number) {
  return waitFor(() => checkStatus(page), (s) => s !== null && s.startedAt >= since && s.finishedAt !== null, 120_000);
}

/** Clicks "Check now" in the popup and waits until the check has ended. */
async function checkNow(s: ExtensionSession) {
  const popup = await s.openPopup();
  const since = Date.now();
  await popup.getByRole('button', { name: '今すぐ確認' }).click();
  await checkEnded(popup, since);
  await popup.close();
}

describe('the periodic check against a local HTTPS amazon.co.jp', { timeout: 180_000 }, () => {
  it('sends the session cookie, costs one request per list when nothing changed, and catches new attack orders', async () => {
    const { amazon, session } = await setUp();
    const started = Date.now();
    await checkNow(session);
    const firstCheckMs = Date.now() - started;
    // First check: history, digital, archived, then Content & Devices and Login & security (never read yet).
    expect(amazon.requests.map((r) => r.path)).toEqual([HISTORY, DIGITAL, ARCHIVED, '/hz/mycd/digital-console/alldevices', '/ax/account/manage']);
    expect(amazon.requests.every((r) => r.cookie)).toBe(true);
    console.log(`[periodic check] first check: ${amazon.requests.length} requests in ${(firstCheckMs / 1000).toFixed(1)} s`);

    amazon.requests.length = 0;
    await checkNow(session);
    expect(amazon.requests.map((r) => r.path)).toEqual([HISTORY, DIGITAL, ARCHIVED]);
    expect((await session.readBadge()).text).toBe('');

    // The attacker's order appears on the server: one check later, the alert, the badge and one notification.
    amazon.pages.set(HISTORY, ownFixture('co.jp/order-list-current-attack.html'));
    amazon.requests.length = 0;
    await checkNow(session);
    expect(await waitFor(() => session.readBadge(), (b) => b.text === '1')).toEqual({ text: '1', color: RED });
    // Notified once: the finding carries when (Chrome's own list may already have auto-dismissed the notification;
    // the content-script test reads it there, and notify.test.ts counts the calls).
    const findings = (await (await session.worker()).evaluate(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('order-sentinel');
          open.onsuccess = () => {
            const request = open.result.transaction('findings').objectStore('findings').getAll();
            request.onsuccess = () => resolve(request.result);
          };
        }),
    )) as { severity: string; notifiedAt?: number }[];
    expect(findings.map((f) => [f.severity, typeof f.notifiedAt])).toEqual([['alert', 'number']]);
    // The attack page links page 2 (startIndex=10), which does not exist here: it is asked for once, then the lists go on.
    expect(amazon.requests.map((r) => r.path)).toEqual([HISTORY, '/your-orders/orders?timeFilter=months-3&startIndex=10', DIGITAL, ARCHIVED]);
  });

  it('stops at a robot check with a status and no further request for that marketplace', async () => {
    const { amazon, session } = await setUp();
    amazon.pages.set(HISTORY, ownFixture('com/robot-check.html'));
    await checkNow(session);
    expect(amazon.requests.map((r) => r.path)).toEqual([HISTORY]);
    const popup = await session.openPopup();
    await reloadUntil(popup, '.status__read--problem');
    expect((await popup.locator('.status__read--problem').allInnerTexts()).join('\n')).toContain('ロボット確認');
  });

  it('signed out by Amazon after a signed-in check: a finding that leads to the locked-out steps', async () => {
    const { amazon, session } = await setUp();
    amazon.pages.set(DEVICES, ownFixture('co.jp/devices.html'));
    amazon.pages.set(LOGIN_SECURITY, ownFixture('co.jp/login-security.html'));
    // Signed in: every page read.
    await checkNow(session);
    amazon.pages.set(HISTORY, ownFixture('co.jp/sign-in.html'));
    amazon.requests.length = 0;
    await checkNow(session);
    expect(amazon.requests.map((r) => r.path)).toEqual([HISTORY]);
    const popup = await session.openPopup();
    await reloadUntil(popup, 'article.finding');
    const card = popup.locator('article.finding', { hasText: 'ログアウトされました' });
    expect(await card.count()).toBe(1);
    expect(await card.innerText()).toContain('ログインできない場合の手順');
    expect((await popup.locator('.status__read--problem').allInnerTexts()).join('\n')).toContain('www.amazon.co.jp');
    expect(await popup.locator('.status__clear').count()).toBe(0);
  });

  it('resumes a multi-page check after the service worker is stopped, without duplicates', async () => {
    const { amazon, session } = await setUp();
    for (let n = 1; n <= 8; n++) {
      const path = n === 1 ? HISTORY : `/your-orders/orders?timeFilter=last-two-years&startIndex=${(n - 1) * 10}`;
      amazon.pages.set(path, ownFixture(`co.jp/story-history-${n}.html`));
    }
    const popup = await session.openPopup();
    const since = Date.now();
    await popup.getByRole('button', { name: '今すぐ確認' }).click();
    await waitFor(async () => amazon.requests.length, (n) => n >= 2, 30_000);
    await session.stopServiceWorker();
    // Waking the extension again (the popup asks for its status) starts a new worker, which continues the check.
    await popup.reload();
    await checkEnded(popup, since);
    const paths = amazon.requests.map((r) => r.path);
    // History pages 1–5, digital, archived, devices, login: each once, but the one in flight when the worker stopped.
    expect(new Set(paths).size).toBe(9);
    expect(paths.length - new Set(paths).size).toBeLessThanOrEqual(1);
    // 5 pages of 10 orders, each stored once; the story's six alerts are in the first page.
    const badge = await waitFor(() => session.readBadge(), (b) => b.text === '6');
    expect(badge).toEqual({ text: '6', color: RED });
  });
});
