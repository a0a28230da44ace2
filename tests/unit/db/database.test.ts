import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DATABASE_VERSION, SentinelDatabase } from '../../../utils/db/database';

/** Version 1 exactly as released, written by a bare Dexie that knows nothing of later versions. */
function versionOne(indexedDB: IDBFactory) {
  const v1 = new Dexie('order-sentinel', { indexedDB, IDBKeyRange });
  v1.version(1).stores({
    orders: '[marketplace+id], marketplace, placedOn',
    knownAddresses: '++id, marketplace',
    findings: 'id, status, [marketplace+orderId]',
    pageReads: 'marketplace',
    settings: 'key',
  });
  return v1;
}

describe('SentinelDatabase', () => {
  it('upgrades a database written by version 1 and keeps every record', async () => {
    const indexedDB = new IDBFactory();
    const v1 = versionOne(indexedDB);
    await v1.table('orders').put({ marketplace: 'co.jp', id: '249-3381920-1147782', placedOn: '2026-10-03', firstSeenAt: 1 });
    await v1.table('knownAddresses').add({ marketplace: 'co.jp', address: { lines: ['x'] }, source: 'manual', addedAt: 1 });
    await v1.table('findings').put({ id: 'a|co.jp|1', status: 'not-me', marketplace: 'co.jp', orderId: '1' });
    await v1.table('pageReads').put({ marketplace: 'co.jp', at: 5, recognized: true, problem: null, orderCount: 1 });
    v1.close();

    const current = new SentinelDatabase('order-sentinel', { indexedDB, IDBKeyRange });
    await current.open();
    expect(current.verno).toBe(DATABASE_VERSION);
    expect(await current.orders.count()).toBe(1);
    expect(await current.knownAddresses.count()).toBe(1);
    expect(await current.findings.get('a|co.jp|1')).toMatchObject({ status: 'not-me', subject: null });
    // v2 derives when the history was first seen from what v1 stored (the earliest order, here before the read).
    expect(await current.marketplaceState.get('co.jp')).toEqual({ marketplace: 'co.jp', firstHistoryAt: 1, firstAddressBookAt: null, firstDevicesAt: null });
    // v3 finds a marketplace's orders by date (a read's judgement loads the last 400 days), and keeps no basis yet.
    expect(await current.orders.where('[marketplace+placedOn]').between(['co.jp', '2026-10-01'], ['co.jp', Dexie.maxKey]).count()).toBe(1);
    expect(await current.judgeBasis.count()).toBe(0);
    // v4 keeps the window a read judges against in a table of its own, empty until the first judgement.
    expect(await current.judgeWindows.count()).toBe(0);
  });

  // The upgrade once spread a marketplace's orders into Math.min's arguments and overflowed the stack on large
  // accounts (in Node from about 125,000 orders in one marketplace; raise ORDERS to 150,000 to see the old code fail).
  it('upgrades a version 1 database of 100,000 orders', { timeout: 60_000 }, async () => {
    const ORDERS = 100_000;
    const CHUNK = 10_000;
    const order = (i: number) => {
      // Most orders in one marketplace, as for an owner who shops on one: 148,500 on co.jp, 1,500 on com.
      const marketplace = i % 100 === 1 ? 'com' : 'co.jp';
      // co.jp's earliest order (i = 50,000) comes before its history read; every com order comes after com's read.
      const firstSeenAt = marketplace === 'co.jp' ? 1_000_000 + Math.abs(i - 50_000) : 3_000_000 + i;
      return {
        marketplace,
        id: `250-${String(i).padStart(7, '0')}-${String(ORDERS - i).padStart(7, '0')}`,
        placedOn: '2026-10-03',
        total: { amount: i, currency: 'JPY' },
        digital: false,
        shipTo: null,
        items: [{ title: `item ${i}`, asin: null, quantity: 1 }],
        status: null,
        detailUrl: null,
        firstSeenAt,
        lastSeenAt: firstSeenAt,
      };
    };
    const findings = Array.from({ length: 1_000 }, (_, i) => ({ id: `unknown-address|co.jp|${i}`, rule: 'unknown-address', status: 'open', marketplace: 'co.jp', orderId: order(i * 100).id }));
    const reads = [
      { marketplace: 'co.jp', at: 2_000_000, recognized: true, problem: null, orderCount: 10 },
      { marketplace: 'com', at: 2_500_000, recognized: true, problem: null, orderCount: 10 },
    ];

    const indexedDB = new IDBFactory();
    const v1 = versionOne(indexedDB);
    // In chunks: one bulkAdd of 100,000 rows would hold them all at once in the test as well.
    for (let start = 0; start < ORDERS; start += CHUNK) {
      await v1.table('orders').bulkAdd(Array.from({ length: CHUNK }, (_, i) => order(start + i)));
    }
    await v1.table('findings').bulkAdd(findings);
    await v1.table('pageReads').bulkAdd(reads);
    v1.close();

    const current = new SentinelDatabase('order-sentinel', { indexedDB, IDBKeyRange });
    await current.open();
    expect(current.verno).toBe(DATABASE_VERSION);
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    // Every order is there as written, chunk by chunk (in key order, which is the marketplace, then the id).
    expect(await current.orders.count()).toBe(ORDERS);
    for (const marketplace of ['co.jp', 'com']) {
      const stored = await current.orders.where('marketplace').equals(marketplace).toArray();
      const written = Array.from({ length: ORDERS }, (_, i) => order(i)).filter((o) => o.marketplace === marketplace);
      expect(stored).toEqual(written.sort(byId));
    }
    expect(await current.findings.toArray()).toEqual(findings.map((f) => ({ ...f, subject: null })).sort(byId));
    expect(await current.pageReads.toArray()).toEqual(reads);
    expect(await current.marketplaceState.toArray()).toEqual([
      { marketplace: 'co.jp', firstHistoryAt: 1_000_000, firstAddressBookAt: null, firstDevicesAt: null },
      { marketplace: 'com', firstHistoryAt: 2_500_000, firstAddressBookAt: null, firstDevicesAt: null },
    ]);
    current.close();
  });
});
