// Part of `npm run bench`: the popup's first data (the overview) with thousands of stored orders, measured on
// fake-indexeddb in Node, beside one full read of the orders table — what the overview must not need.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { overview } from '../utils/db/overview';
import { SentinelDatabase } from '../utils/db/database';
import type { StoredOrder } from '../utils/db/records';

export async function benchPopup(orderCount = 5000): Promise<{ view: number; scan: number }> {
  const db = new SentinelDatabase('bench', { indexedDB: new IDBFactory(), IDBKeyRange });
  const orders: StoredOrder[] = Array.from({ length: orderCount }, (_, i) => ({
    id: `249-${String(1000000 + i)}-1234567`, placedOn: `20${String(20 + (i % 7))}-0${1 + (i % 9)}-1${i % 10}`,
    total: { amount: 1000 + i, currency: 'JPY' }, digital: i % 5 === 0,
    shipTo: { name: '佐藤 健一', lines: ['世田谷区太子堂2-14-8'], postalCode: '154-0004', region: '東京都', country: '日本' },
    items: [{ title: `商品 ${i}`, asin: null, quantity: 1 }], status: null, detailUrl: null, marketplace: 'co.jp', firstSeenAt: 0, lastSeenAt: 0,
  }));
  await db.orders.bulkPut(orders);
  await db.findings.bulkPut(orders.slice(0, 20).map((o) => ({ id: `r|co.jp|${o.id}`, rule: 'r', marketplace: 'co.jp' as const, orderId: o.id, subject: null, severity: 'alert' as const, reason: { en: 'x', ja: 'x' }, status: 'open' as const, createdAt: 0 })));
  await db.pageReads.put({ marketplace: 'co.jp', at: 0, recognized: true, problem: null, orderCount: 10 });
  await db.marketplaceState.put({ marketplace: 'co.jp', firstHistoryAt: 0, firstAddressBookAt: null, firstDevicesAt: null, presumedAddresses: 1 });
  const median = async (f: () => Promise<unknown>) => {
    // Warmed up first, as the readers' bench is: the first calls measure Node compiling fake-indexeddb, which the
    // browser's own IndexedDB does not have.
    for (let i = 0; i < 5; i++) await f();
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t = performance.now();
      await f();
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b)[7];
  };
  const view = await median(() => overview(db));
  const scan = await median(() => db.orders.toArray());
  db.close();
  return { view, scan };
}
