import type { Page } from 'playwright-core';
import { ownFixture } from './fixtures';
import { launchExtension, readStore, waitFor, type ExtensionSession } from './harness';
import { addOwnerAddressInOptions } from './known-addresses';
import { AMAZON_HOSTS, SESSION_COOKIE, startLocalAmazon, type LocalAmazon } from './local-amazon';

/**
 * The periodic check against the local HTTPS amazon.co.jp (local-amazon.ts), set up as periodic-check.test.ts does:
 * signed in (the session cookie), the owner's address added, the history visited once so the marketplace is watched.
 */
export const HISTORY = '/your-orders/orders?timeFilter=months-3';
export const HISTORY_PAGE_2 = '/your-orders/orders?timeFilter=months-3&startIndex=10';
export const DIGITAL = '/gp/legacy/order-history?orderFilter=digital&digitalOrders=1&unifiedOrders=0';
export const ARCHIVED = '/your-orders/orders?timeFilter=archived';
export const DEVICES = '/hz/mycd/digital-console/alldevices';
export const LOGIN_SECURITY = '/ax/account/manage';
export const EMPTY_LIST = '<html lang="ja-JP"><body><section class="your-orders-content-container"><span class="num-orders">0件</span></section></body></html>';

export async function setUpSignedIn(): Promise<{ amazon: LocalAmazon; session: ExtensionSession }> {
  const amazon = await startLocalAmazon();
  const session = await launchExtension({ language: 'ja', localAmazonPort: amazon.port });
  await session.context.addCookies([{ ...SESSION_COOKIE, domain: 'www.amazon.co.jp', path: '/', secure: true, sameSite: 'Lax' }]);
  amazon.pages.set(HISTORY, ownFixture('co.jp/order-list-current-benign.html'));
  amazon.pages.set(DIGITAL, EMPTY_LIST);
  amazon.pages.set(ARCHIVED, EMPTY_LIST);
  await addOwnerAddressInOptions(session, 'co.jp');
  // The owner visits the history once. Closed only once its read is stored.
  await (await session.openAmazonPageAndWaitForRead(`https://www.amazon.co.jp${HISTORY}`)).close();
  await restoreAsLongTimeOwner(session);
  amazon.requests.length = 0;
  return { amazon, session };
}

/**
 * These tests are about the periodic check, not the first one: the owner has used Order Sentinel for a while (only
 * amazon.co.jp watched, its baseline read yesterday). Set as an owner would carry it over: a backup of this
 * profile, with those two settings, restored through the options page's own request.
 */
async function restoreAsLongTimeOwner(session: ExtensionSession) {
  const options = await session.openOptions();
  await options.evaluate(async (yesterday) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<any> } } }).chrome.runtime;
    const backup = await runtime.sendMessage({ type: 'options:export' });
    const settings = backup.tables.settings.filter((s: { key: string }) => s.key !== 'watched');
    settings.push({ key: 'watched', value: ['co.jp'] }, { key: 'baselineAt|co.jp', value: yesterday });
    const result = await runtime.sendMessage({ type: 'options:import-backup', backup: { ...backup, tables: { ...backup.tables, settings } } });
    if (!result?.imported) throw new Error(`backup refused: ${JSON.stringify(result)}`);
  }, Date.now() - 24 * 3600_000);
  await options.close();
}

/** The periodic check's saved state (settings key 'check'), read from the database, not asked by message. */
export interface CheckStateRow {
  startedAt: number;
  finishedAt: number | null;
  requests: number;
  failures: Record<string, number>;
  stopped: Record<string, string>;
  queue: { url: string }[];
}
export async function checkState(session: ExtensionSession): Promise<CheckStateRow | null> {
  const row = (await readStore<{ key: string; value: CheckStateRow }>(session, 'settings')).find((s) => s.key === 'check');
  return row?.value ?? null;
}

/** Presses 「今すぐ確認」 in a popup (left open) and resolves when the click was made, with the time before it. */
export async function pressCheckNow(session: ExtensionSession): Promise<{ popup: Page; since: number }> {
  const popup = await session.openPopup();
  const button = popup.getByRole('button', { name: '今すぐ確認' });
  await button.waitFor();
  const since = Date.now();
  await button.click();
  return { popup, since };
}

/** Waits until the check started after `since` has ended (its saved state says so). */
export function checkEnded(session: ExtensionSession, since: number, timeoutMs = 120_000) {
  return waitFor(() => checkState(session), (s) => s !== null && s.startedAt >= since && s.finishedAt !== null, timeoutMs);
}

/** Requests the local server saw for hosts other than Amazon's (redirect targets, say): there must be none. */
export function requestsOffAmazon(amazon: LocalAmazon) {
  return amazon.requests.filter((r) => !AMAZON_HOSTS.includes(r.host));
}
