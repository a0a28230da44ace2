// The page side of scripts/bench-popup.ts, bundled by esbuild and run in a real Chromium page (real IndexedDB, as the
// popup has): the popup's first data (the overview) with thousands of stored orders, beside one full read of the
// orders table, which the overview must not need.
import { SentinelDatabase } from '../utils/db/database';
import { orderViewOf } from '../utils/db/findings';
import { overview } from '../utils/db/overview';
import type { StoredOrder } from '../utils/db/records';

/** How long the store is left after it is filled, before the overview is measured. */
const SETTLE_MS = 3000;

const median = async (f: () => Promise<unknown>, runs: number) => {
  for (let i = 0; i < 5; i++) await f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[times.length >> 1];
};

export async function run(orderCount: number, runs: number): Promise<{ view: number; scan: number }> {
  const db = new SentinelDatabase(`bench-popup-${orderCount}-${Date.now()}`);
  const orders: StoredOrder[] = Array.from({ length: orderCount }, (_, i) => ({
    id: `249-${String(1000000 + i)}-1234567`, placedOn: `20${String(20 + (i % 7))}-0${1 + (i % 9)}-1${i % 10}`,
    total: { amount: 1000 + i, currency: 'JPY' }, digital: i % 5 === 0,
    shipTo: { name: '佐藤 健一', lines: ['世田谷区太子堂2-14-8'], postalCode: '154-0004', region: '東京都', country: '日本' },
    items: [{ title: `商品 ${i}`, asin: null, quantity: 1 }], status: null, detailUrl: null, marketplace: 'co.jp', firstSeenAt: 0, lastSeenAt: 0,
  }));
  await db.orders.bulkPut(orders);
  await db.findings.bulkPut(orders.slice(0, 20).map((o) => ({ id: `r|co.jp|${o.id}`, rule: 'r', marketplace: 'co.jp' as const, orderId: o.id, subject: null, severity: 'alert' as const, reason: { en: 'x', ja: 'x' }, status: 'open' as const, createdAt: 0, orderView: orderViewOf(o) })));
  await db.pageReads.put({ marketplace: 'co.jp', at: 0, recognized: true, problem: null, orderCount: 10 });
  await db.marketplaceState.put({ marketplace: 'co.jp', firstHistoryAt: 0, firstAddressBookAt: null, firstDevicesAt: null, presumedAddresses: 1 });
  // The popup opens on a store at rest: measured right after thousands of orders were written, the browser's own work
  // on them (its database settling) landed on the reads (10 rounds: 0.8-1.9 ms; left 3 s first: 0.8-1.0 ms).
  await new Promise((settled) => setTimeout(settled, SETTLE_MS));
  const view = await median(() => overview(db), runs);
  const scan = await median(() => db.orders.toArray(), runs);
  // Deleted, and waited for, before the browser closes: the deletion's work is not left running into the next round.
  await db.delete();
  return { view, scan };
}
