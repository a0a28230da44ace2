import Dexie, { type EntityTable } from 'dexie';
import type {
  AddressBookEntry,
  DeviceEntry,
  Finding,
  JudgeBasisRecord,
  JudgeWindowRecord,
  KnownAddress,
  LearnedFact,
  MarketplaceState,
  PageRead,
  SecurityRecord,
  Setting,
  StoredOrder,
} from './records';

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
  learned!: EntityTable<LearnedFact, 'id'>;
  addressBook!: EntityTable<AddressBookEntry, 'id'>;
  devices!: EntityTable<DeviceEntry, 'id'>;
  security!: EntityTable<SecurityRecord, 'marketplace'>;
  marketplaceState!: EntityTable<MarketplaceState, 'marketplace'>;
  judgeBasis!: EntityTable<JudgeBasisRecord, 'marketplace'>;
  judgeWindows!: EntityTable<JudgeWindowRecord, 'marketplace'>;

  /** Key ranges of the IndexedDB the store runs on (fake-indexeddb's in tests), for reads asked directly (direct-read.ts). */
  readonly keyRange: typeof IDBKeyRange;

  constructor(name = 'order-sentinel', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.keyRange = (options?.IDBKeyRange as typeof IDBKeyRange | undefined) ?? globalThis.IDBKeyRange;
    this.version(1).stores({
      orders: '[marketplace+id], marketplace, placedOn',
      knownAddresses: '++id, marketplace',
      findings: 'id, status, [marketplace+orderId]',
      pageReads: 'marketplace',
      settings: 'key',
    });
    // v2: the known world (learned facts, address book, devices, account security) and account-level findings.
    this.version(2)
      .stores({
        findings: 'id, status, marketplace, [marketplace+orderId]',
        learned: 'id, marketplace',
        addressBook: '++id, marketplace',
        devices: 'id, marketplace',
        security: 'marketplace',
        marketplaceState: 'marketplace',
      })
      .upgrade(async (tx) => {
        // v1 findings were all about an order; v1 history reads mark when the history was first seen.
        await tx.table('findings').toCollection().modify((finding: Finding) => {
          finding.subject ??= null;
        });
        // A marketplace's history was first seen at the earliest of its read and its orders. The orders are walked
        // once with a cursor, keeping only each marketplace's minimum: an account can hold 100,000 orders, too many
        // to load at once or to spread into Math.min's arguments. (One pass in key order, not a cursor on the
        // marketplace index per read: that is as cheap in a browser, but quadratic in fake-indexeddb.)
        const earliest = new Map<string, number>();
        await tx.table('orders').each((o: StoredOrder) => {
          earliest.set(o.marketplace, Math.min(earliest.get(o.marketplace) ?? Infinity, o.firstSeenAt));
        });
        const reads = (await tx.table('pageReads').toArray()) as PageRead[];
        for (const read of reads) {
          const firstSeen = Math.min(read.at, earliest.get(read.marketplace) ?? Infinity);
          await tx.table('marketplaceState').put({ marketplace: read.marketplace, firstHistoryAt: firstSeen, firstAddressBookAt: null, firstDevicesAt: null });
        }
      });
    // v3: what a judgement of the whole history leaves for the next read. Derived, so there is nothing to carry over:
    // the first read after the upgrade judges the whole history and writes it.
    // Orders by marketplace and date: a read's judgement loads only the last half-year of one marketplace.
    this.version(3).stores({ orders: '[marketplace+id], marketplace, placedOn, [marketplace+placedOn]', judgeBasis: 'marketplace' });
    // v4: the orders a read judges against, kept whole in one record by the day's whole judgement. Derived too.
    this.version(4).stores({ judgeWindows: 'marketplace' });
  }
}

export const DATABASE_VERSION = 4;
