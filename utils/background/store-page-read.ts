import type { AnyPageResult } from '../amazon/read-page';
import type { SentinelDatabase } from '../db/database';
import { storeAddressBookRead, storeDevicesRead, storeLoginSecurityRead } from './store-account-reads';
import { storeOrderDetailRead, storeOrderListRead } from './store-order-list-read';

/** Stores any page read, whoever read it: a content script on the live page, or the periodic check. */
export async function storePageRead(db: SentinelDatabase, read: AnyPageResult, pageUrl: string, now: number) {
  switch (read.kind) {
    case 'order-list':
      return storeOrderListRead(db, read, pageUrl, now);
    case 'order-detail':
      return storeOrderDetailRead(db, read, now);
    case 'address-book':
      return storeAddressBookRead(db, read, now);
    case 'devices':
      return storeDevicesRead(db, read, now);
    case 'login-security':
      return storeLoginSecurityRead(db, read, now);
    case 'transactions':
      return { stored: 0, findings: 0 };
  }
}
