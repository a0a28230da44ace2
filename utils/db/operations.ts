import type { OrderSummary } from '../amazon/types';
import type { MarketplaceId } from '../marketplaces';
import type { SentinelDatabase } from './database';
import type { Finding, KnownAddress, PageRead, StoredOrder } from './records';

/** Stores orders keyed by marketplace + id; reading the same page again changes nothing but `lastSeenAt`. */
export async function upsertOrders(
  db: SentinelDatabase,
  marketplace: MarketplaceId,
  orders: readonly OrderSummary[],
  now: number,
): Promise<StoredOrder[]> {
  return db.transaction('rw', db.orders, async () => {
    const existing = await db.orders.bulkGet(orders.map((o) => [marketplace, o.id] as [string, string]));
    const stored = orders.map((order, i) => ({
      ...order,
      marketplace,
      firstSeenAt: existing[i]?.firstSeenAt ?? now,
      lastSeenAt: now,
    }));
    await db.orders.bulkPut(stored);
    return stored;
  });
}

/**
 * Adds findings the rules produced and withdraws open ones the rules no longer produce for these orders (the owner
 * added the address, say). A finding the owner answered keeps its answer: nothing answered is ever re-flagged.
 */
export async function replaceFindings(
  db: SentinelDatabase,
  judged: readonly { marketplace: MarketplaceId; id: string }[],
  findings: readonly Omit<Finding, 'status' | 'createdAt'>[],
  now: number,
): Promise<void> {
  await db.transaction('rw', db.findings, async () => {
    const keys = judged.map((o) => [o.marketplace, o.id] as [string, string]);
    const before = await db.findings.where('[marketplace+orderId]').anyOf(keys).toArray();
    const byId = new Map(before.map((f) => [f.id, f]));
    const fresh = new Set(findings.map((f) => f.id));
    const withdrawn = before.filter((f) => f.status === 'open' && !fresh.has(f.id)).map((f) => f.id);
    await db.findings.bulkDelete(withdrawn);
    await db.findings.bulkPut(
      findings.map((f) => {
        const previous = byId.get(f.id);
        return previous ? { ...f, status: previous.status, createdAt: previous.createdAt } : { ...f, status: 'open', createdAt: now };
      }),
    );
  });
}

export function openFindings(db: SentinelDatabase): Promise<Finding[]> {
  return db.findings.where('status').equals('open').toArray();
}

export function knownAddresses(db: SentinelDatabase, marketplace?: MarketplaceId): Promise<KnownAddress[]> {
  return marketplace ? db.knownAddresses.where('marketplace').equals(marketplace).toArray() : db.knownAddresses.toArray();
}

export function ordersOf(db: SentinelDatabase, marketplace: MarketplaceId): Promise<StoredOrder[]> {
  return db.orders.where('marketplace').equals(marketplace).toArray();
}

export async function recordPageRead(db: SentinelDatabase, read: PageRead): Promise<void> {
  await db.pageReads.put(read);
}

export async function countDroppedMessage(db: SentinelDatabase): Promise<number> {
  return db.transaction('rw', db.settings, async () => {
    const current = (await db.settings.get('droppedMessages'))?.value;
    const next = (typeof current === 'number' ? current : 0) + 1;
    await db.settings.put({ key: 'droppedMessages', value: next });
    return next;
  });
}
