import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ownFixture } from './fixtures';
import { launchExtension, readStore, readStores, waitFor, type ExtensionSession, type FindingRow, type StoredOrderRow } from './harness';
import { SESSION_COOKIE, startLocalAmazon, type LocalAmazon } from './local-amazon';
import { axeViolations } from './axe';
import { checkState } from './local-check';
import { twoYearHistory, type SimulatedHistory } from '../simulator/two-year-history';

/*
 * A new owner installs Order Sentinel two days after the takeover, and presses one button: against a local HTTPS
 * amazon.co.jp serving a two-year history with the attack (the simulator's pages, as a fetch gets them), signed in
 * or not, the welcome page reads a year back politely, shows its progress, gives the verdict, and lets the owner
 * confirm or reject the addresses it presumes.
 */

const RED = [0xc4, 0x00, 0x00, 255];
const PAUSE_MS = 5_000;
const YEAR_2026 = '/your-orders/orders?timeFilter=year-2026';

let amazon: LocalAmazon | undefined;
let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  await amazon?.close();
  session = amazon = undefined;
});

async function install(): Promise<{ amazon: LocalAmazon; session: ExtensionSession; history: SimulatedHistory; welcome: Page }> {
  const local = (amazon = await startLocalAmazon());
  const history = twoYearHistory({ now: Date.now() });
  for (const [path, html] of history.pages) local.pages.set(path, html);
  const s = (session = await launchExtension({ language: 'ja', localAmazonPort: local.port }));
  await s.context.addCookies([{ ...SESSION_COOKIE, domain: 'www.amazon.co.jp', path: '/', secure: true, sameSite: 'Lax' }]);
  // Opened by the extension itself on install; nothing is visited on Amazon.
  const welcome = await waitFor(async () => s.context.pages().find((p) => p.url() === `chrome-extension://${s.extensionId}/welcome.html`), Boolean, 20_000);
  await welcome!.bringToFront();
  await welcome!.getByRole('button', { name: '今すぐアカウントを確認' }).waitFor();
  return { amazon: local, session: s, history, welcome: welcome! };
}

/** The progress bar's values while the check runs, until the verdict is shown. */
async function progressUntilVerdict(welcome: Page, timeoutMs: number): Promise<number[]> {
  const seen: number[] = [];
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await welcome.locator('#verdict-heading').count()) return seen;
    const value = await welcome.locator('.check-progress progress').getAttribute('value', { timeout: 500 }).catch(() => null);
    if (value !== null && Number(value) !== seen.at(-1)) seen.push(Number(value));
    await welcome.waitForTimeout(250);
  }
  throw new Error(`no verdict in ${timeoutMs / 1000} s; progress seen: ${seen.join(', ')}`);
}

const openAlerts = async (s: ExtensionSession) => (await readStore<FindingRow>(s, 'findings')).filter((f) => f.status === 'open' && f.severity === 'alert').map((f) => f.orderId);

describe('the first run', { timeout: 240_000 }, () => {
  it('one click: a year of history read politely, the attack found, presumed addresses confirmed and rejected', async () => {
    const { amazon, session: s, history, welcome } = await install();
    expect(await axeViolations(welcome)).toEqual([]);
    // Pre-selected from the browser's language: amazon.co.jp only.
    expect(await welcome.getByRole('checkbox', { name: 'www.amazon.co.jp' }).isChecked()).toBe(true);
    expect(await welcome.getByRole('checkbox', { name: 'www.amazon.com' }).isChecked()).toBe(false);

    const pressedAt = Date.now();
    await welcome.getByRole('button', { name: '今すぐアカウントを確認' }).click();
    // The worker is stopped after the third request, as Chrome may: the check goes on from the request in flight.
    await waitFor(async () => amazon.requests.length, (n) => n >= 3, 60_000);
    await s.stopServiceWorker();
    const progress = await progressUntilVerdict(welcome, 180_000);
    const wallMs = Date.now() - pressedAt;

    const paths = amazon.requests.map((r) => r.path);
    const gaps = amazon.requests.slice(1).map((r, i) => r.at - amazon.requests[i].at);
    console.log(`[first run] ${paths.length} requests in ${(wallMs / 1000).toFixed(1)} s; gaps ${gaps.map((g) => (g / 1000).toFixed(1)).join(', ')} s; progress ${progress.join(' → ')}`);
    expect(amazon.requests.every((r) => r.host === 'www.amazon.co.jp' && r.cookie)).toBe(true);
    expect(paths[0]).toBe(YEAR_2026);
    // Polite: one at a time, a pause between two requests (the stopped worker's request in flight may be asked again).
    expect(gaps.filter((g) => g < PAUSE_MS - 500)).toHaveLength(0);
    expect(paths.length - new Set(paths).size).toBeLessThanOrEqual(1);
    // The progress bar moved forward.
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(new Set(progress).size).toBe(progress.length);

    // At least 12 months back: every simulated order since then is stored.
    const since = new Date();
    since.setUTCMonth(since.getUTCMonth() - 12);
    const stored = new Set((await readStore<StoredOrderRow>(s, 'orders')).map((o) => o.id));
    expect(history.orders.filter((o) => o.placedAt >= since.getTime() && !stored.has(o.id)).map((o) => o.id)).toEqual([]);
    const state = await checkState(s);
    expect(state).toMatchObject({ stopped: {}, queue: [] });
    expect(state!.finishedAt).not.toBeNull();

    // The verdict: the orders read and their dates, the attack, the addresses it presumes.
    await expect.poll(() => welcome.locator('.verdict__sites li').innerText()).toContain(`${stored.size} 件の注文を読みました`);
    expect(await welcome.locator('.verdict__findings').count()).toBe(1);
    expect(await welcome.locator('.verdict__clear').count()).toBe(0);
    const physicalAttack = history.attackOrderIds.filter((id) => !id.startsWith('D'));
    expect(await openAlerts(s)).toEqual(expect.arrayContaining(physicalAttack));
    const alertsBefore = (await openAlerts(s)).length;
    await expect.poll(async () => (await s.readBadge()).text).toBe(String(alertsBefore));
    expect((await s.readBadge()).color).toEqual(RED);

    const home = welcome.locator('li.presumed-address', { hasText: '経堂' });
    const parents = welcome.locator('li.presumed-address', { hasText: '所沢' });
    expect(await welcome.locator('li.presumed-address', { hasText: '此花' }).count()).toBe(0);
    expect(await home.innerText()).toMatch(/以降 \d+ 件の注文で使用/);
    expect(await axeViolations(welcome)).toEqual([]);

    // The popup says the addresses are only presumed until one is confirmed.
    const popup = await s.openPopup();
    await popup.locator('.status__presumed').waitFor();
    await popup.close();

    await home.getByRole('button', { name: /を確認|確認/ }).first().click();
    await waitFor(async () => (await readStore(s, 'knownAddresses')).length, (n) => n === 1);
    const popupAfter = await s.openPopup();
    await popupAfter.locator('.status').waitFor();
    expect(await popupAfter.locator('.status__presumed').count()).toBe(0);
    await popupAfter.close();

    // Rejected, the parents' address is no longer presumed: its orders are raised at once, and the badge follows.
    await parents.getByRole('button', { name: /自分の住所ではない/ }).click();
    const toParents = history.orders.filter((o) => o.shipTo === 'parents' && stored.has(o.id)).map((o) => o.id);
    expect(toParents.length).toBeGreaterThan(0);
    const raised = await waitFor(
      async () => (await readStores(s, ['findings'])).findings as FindingRow[],
      (fs) => toParents.every((id) => fs.some((f) => f.orderId === id && f.status === 'open')),
    );
    expect(raised.length).toBeGreaterThan(alertsBefore);
    const alertsAfter = (await openAlerts(s)).length;
    console.log(`[first run] rejecting the parents' address raised ${toParents.length} order(s): alerts ${alertsBefore} → ${alertsAfter}`);
    await expect.poll(async () => (await s.readBadge()).text).toBe(String(alertsAfter));
    await expect.poll(() => welcome.locator('li.presumed-address', { hasText: '所沢' }).count()).toBe(0);
  });

  it('signed out: the site is not skipped in silence; signed in, Continue finishes the check', async () => {
    const { amazon, session: s, history, welcome } = await install();
    const year2026 = history.pages.get(YEAR_2026)!;
    amazon.pages.set(YEAR_2026, ownFixture('co.jp/sign-in.html'));

    await welcome.getByRole('button', { name: '今すぐアカウントを確認' }).click();
    const step = welcome.locator('.sign-in-step');
    await step.waitFor({ timeout: 60_000 });
    expect(await step.innerText()).toContain('www.amazon.co.jp にログインしてから、続けてください。');
    expect(await step.getByRole('link').getAttribute('href')).toBe('https://www.amazon.co.jp/your-orders/orders');
    // One request, and nothing claims all is clear.
    expect(amazon.requests.map((r) => r.path)).toEqual([YEAR_2026]);
    expect(await welcome.locator('.verdict__clear').count()).toBe(0);
    expect(await welcome.locator('.verdict__incomplete').count()).toBe(1);
    expect(await axeViolations(welcome)).toEqual([]);
    const popup = await s.openPopup();
    await popup.locator('.status__read--problem').first().waitFor();
    expect(await popup.locator('.status__clear').count()).toBe(0);
    await popup.close();

    // The owner signs in on Amazon, comes back and continues.
    amazon.pages.set(YEAR_2026, year2026);
    await welcome.bringToFront();
    await step.getByRole('button', { name: 'www.amazon.co.jp の確認を続ける' }).click();
    await welcome.locator('.check-progress').waitFor({ timeout: 30_000 });
    await progressUntilVerdict(welcome, 180_000);
    await welcome.locator('.verdict__findings').waitFor();
    expect(await welcome.locator('.sign-in-step').count()).toBe(0);
    expect(await openAlerts(s)).toEqual(expect.arrayContaining(history.attackOrderIds.filter((id) => !id.startsWith('D'))));
    expect(amazon.requests.filter((r) => r.path === YEAR_2026)).toHaveLength(2);
  });
});
