// The page side of scripts/bench-judge.ts, bundled by esbuild and run in a real Chromium page (real IndexedDB):
// one list page read, and one list page stored and judged through the background's own path (storePageRead), with
// a marketplace of `orderCount` invented orders already stored.
import { readPage } from '../utils/amazon/read-page';
import type { OrderListResult } from '../utils/amazon/types';
import { SentinelDatabase } from '../utils/db/database';
import { storePageRead } from '../utils/db/page-reads';
import type { StoredOrder } from '../utils/db/records';

const DAY = 86_400_000;
const HOME = { name: 'Dana Whitfield', lines: ['4417 Larkspur Lane'], postalCode: '97214', region: 'OR', country: 'United States' };

/** An invented owner's history: about 2 orders a day back from `now`, a fifth digital, some paid by card. */
function history(orderCount: number, now: number): StoredOrder[] {
  return Array.from({ length: orderCount }, (_, i) => {
    const placedOn = new Date(now - 40 * DAY - Math.floor(i / 2) * DAY).toISOString().slice(0, 10);
    const digital = i % 5 === 0;
    return {
      id: `114-${String(1000000 + i)}-7654321`, placedOn, total: { amount: 12 + (i % 90), currency: 'USD' }, digital,
      shipTo: digital ? null : HOME, items: [{ title: `Item ${i}`, asin: null, quantity: 1 }], status: null, detailUrl: null,
      marketplace: 'com', firstSeenAt: now - 40 * DAY, lastSeenAt: now - 40 * DAY,
      payments: i % 3 === 0 ? [{ kind: 'card', brand: 'Visa', lastDigits: '4242', amount: null }] : undefined,
    } as StoredOrder;
  });
}

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[times.length >> 1];
}

export async function run(orderCount: number, url: string, runs: number): Promise<{ storeJudge: number; listRead: number; stored: number }> {
  const read = readPage(document, url) as OrderListResult;
  if (read.kind !== 'order-list' || !read.recognized) throw new Error('the list page was not read');
  // The list read, in batches of 10 (the browser's clock is coarse).
  const reads: number[] = [];
  for (let i = 0; i < 20 + runs; i++) {
    const t = performance.now();
    for (let j = 0; j < 10; j++) readPage(document, url);
    if (i >= 20) reads.push((performance.now() - t) / 10);
  }
  const now = Date.parse('2026-12-01T12:00:00Z');
  const name = `bench-judge-${orderCount}-${now}`;
  const db = new SentinelDatabase(name);
  await db.orders.bulkPut(history(orderCount, now));
  await db.marketplaceState.put({ marketplace: 'com', firstHistoryAt: now - 400 * DAY, firstAddressBookAt: null, firstDevicesAt: null });
  await db.knownAddresses.add({ marketplace: 'com', address: HOME, source: 'manual', addedAt: now - 400 * DAY });
  const judged: number[] = [];
  for (let i = 0; i < runs; i++) {
    // A new page each time: ten orders never stored before, as the next page of a history or a new day's orders.
    const page = { ...read, orders: read.orders.map((o, k) => ({ ...o, id: `114-${String(9000000 + i * 10 + k)}-1111111` })) };
    const t = performance.now();
    await storePageRead(db, page, url, now + i * 1000);
    judged.push(performance.now() - t);
  }
  const stored = await db.orders.count();
  db.close();
  indexedDB.deleteDatabase(name);
  return { storeJudge: median(judged), listRead: median(reads), stored };
}
