// The page side of scripts/bench-popup.ts, bundled by esbuild and run in a real Chromium page (real IndexedDB, as the
// popup has): the popup's first data (the overview) with thousands of stored orders, beside one full read of the
// orders table, which the overview must not need.
import { SentinelDatabase } from '../utils/db/database';
import { orderViewOf } from '../utils/db/findings';
import { overview } from '../utils/db/overview';
import type { StoredOrder } from '../utils/db/records';

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
  const view = await median(() => overview(db), runs);
  const scan = await median(() => db.orders.toArray(), runs);
  db.close();
  indexedDB.deleteDatabase(db.name);
  return { view, scan };
}
