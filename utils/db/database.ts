import Dexie, { type EntityTable } from 'dexie';
import type { Finding, KnownAddress, PageRead, Setting, StoredOrder } from './records';

/**
 * The extension's only database. Each schema change is a new `version(n)` below the others, with an `upgrade`
 * that carries every record over: versions are never edited once released, and no upgrade drops data.
 */
export class SentinelDatabase extends Dexie {
  orders!: Dexie.Table<StoredOrder, [string, string]>;
  knownAddresses!: EntityTable<KnownAddress, 'id'>;
  findings!: EntityTable<Finding, 'id'>;
  pageReads!: EntityTable<PageRead, 'marketplace'>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name = 'order-sentinel', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      orders: '[marketplace+id], marketplace, placedOn',
      knownAddresses: '++id, marketplace',
      findings: 'id, status, [marketplace+orderId]',
      pageReads: 'marketplace',
      settings: 'key',
    });
  }
}

export const DATABASE_VERSION = 1;
