// Part of `npm run bench`: what the owner waits for. The built extension in Chromium, its store holding thousands of
// invented orders of the owner's, and the project's own attack page (tests/fixtures/amazon/co.jp): the time from the
// page's DOMContentLoaded to the mark drawn on the attack order's card, which is everything in turn: the content
// script's start and read, the message, the background's store and judgement, the answer and the mark. The day's
// first read judges the whole history; later ones with the service worker running, and after Chrome stopped it (as
// it does to an idle worker after 30 s: the usual case for someone opening their orders).
import type { Page } from 'playwright-core';
import { CO_JP_ORDERS, OWNERS, ownFixture } from '../tests/browser/fixtures';
import { launchExtension } from '../tests/browser/harness';
import { addOwnerAddressInOptions } from '../tests/browser/known-addresses';
import { inventedHistory, type InventedOwner } from './bench-history';
import { median } from './bench-range';

export interface MarkFigures {
  /** The day's first read: the whole history judged. */
  first: number;
  /** Medians over the reads after it. */
  running: number;
  stopped: number;
}

/** The owner of the project's co.jp pages, as the options page has their address. */
const { name, line1, line2, postalCode, region, country } = OWNERS['co.jp'];
const OWNER: InventedOwner = {
  marketplace: 'co.jp', idPrefix: '249', currency: 'JPY', amount: 1200, step: 100,
  home: { name, lines: [line1, line2], postalCode, region, country },
};

/** Milliseconds from DOMContentLoaded to the first `order-sentinel-mark` in the page, for one load of `url`. */
async function markAfterLoad(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => (globalThis as { markAt?: number }).markAt !== undefined, null, { timeout: 60_000, polling: 50 });
  return page.evaluate(() => (globalThis as unknown as { markAt: number }).markAt - (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
}

/** One round: a fresh browser and profile, `orderCount` orders stored, the first load, then `runs` of each kind. */
export async function markRound(orderCount = 5000, runs = 7): Promise<MarkFigures> {
  const session = await launchExtension({ language: 'ja' });
  try {
    await (await addOwnerAddressInOptions(session, 'co.jp')).close();
    const orders = inventedHistory(OWNER, orderCount, Date.now());
    // Stored as an earlier baseline check would have: straight into the extension's database, in its worker.
    await (await session.worker()).evaluate(async (rows) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('order-sentinel');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const transaction = db.transaction('orders', 'readwrite');
      for (const row of rows) transaction.objectStore('orders').put(row);
      await new Promise((resolve, reject) => {
        transaction.oncomplete = resolve;
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
    }, orders);
    session.serveAmazonPage(CO_JP_ORDERS, ownFixture('co.jp/order-list-current-attack.html'));
    const page = await session.context.newPage();
    // In the page's own world: the moment the mark's host element is put in the page (its content is in a closed shadow root).
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('order-sentinel-mark')) return;
        (globalThis as { markAt?: number }).markAt = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const first = await markAfterLoad(page, CO_JP_ORDERS);
    const running: number[] = [];
    for (let i = 0; i < runs; i++) running.push(await markAfterLoad(page, CO_JP_ORDERS));
    const stopped: number[] = [];
    for (let i = 0; i < runs; i++) {
      await session.stopServiceWorker();
      stopped.push(await markAfterLoad(page, CO_JP_ORDERS));
    }
    return { first, running: median(running), stopped: median(stopped) };
  } finally {
    await session.close();
  }
}
