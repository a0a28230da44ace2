import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DATABASE_VERSION, SentinelDatabase } from '../../../utils/db/database';

describe('SentinelDatabase', () => {
  it('upgrades a database written by version 1 and keeps every record', async () => {
    const indexedDB = new IDBFactory();
    // Version 1 exactly as released, written by a bare Dexie that knows nothing of later versions.
    const v1 = new Dexie('order-sentinel', { indexedDB, IDBKeyRange });
    v1.version(1).stores({
      orders: '[marketplace+id], marketplace, placedOn',
      knownAddresses: '++id, marketplace',
      findings: 'id, status, [marketplace+orderId]',
      pageReads: 'marketplace',
      settings: 'key',
    });
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
  });
});
