import type { OrderSummary } from '../amazon/types';
import type { MarketplaceId } from '../marketplaces';
import type { SentinelDatabase } from './database';
import type { RuleFinding } from '../detection/finding';
import type { Finding, KnownAddress, PageRead, StoredOrder } from './records';

/**
 * Stores orders keyed by marketplace + id; reading the same page again changes nothing but `lastSeenAt`. What only
 * one kind of page shows is kept when another kind is read: payments from the detail page, the archived mark, the
 * ship-to a list card showed.
 */
export async function upsertOrders(
  db: SentinelDatabase,
  marketplace: MarketplaceId,
  orders: readonly (OrderSummary & Partial<Pick<StoredOrder, 'payments' | 'charges' | 'archived'>>)[],
  now: number,
): Promise<StoredOrder[]> {
  return db.transaction('rw', db.orders, async () => {
    const existing = await db.orders.bulkGet(orders.map((o) => [marketplace, o.id] as [string, string]));
    const stored = orders.map((order, i): StoredOrder => {
      const before = existing[i];
      return {
        ...before,
        ...order,
        shipTo: order.shipTo ?? before?.shipTo ?? null,
        items: order.items.length > 0 ? order.items : (before?.items ?? []),
        total: order.total ?? before?.total ?? null,
        placedOn: order.placedOn ?? before?.placedOn ?? null,
        payments: order.payments ?? before?.payments,
        charges: order.charges ?? before?.charges,
        archived: Boolean(order.archived || before?.archived),
        marketplace,
        firstSeenAt: before?.firstSeenAt ?? now,
        lastSeenAt: now,
      };
    });
    await db.orders.bulkPut(stored);
    return stored;
  });
}

/**
 * Stores what the rules now find for a marketplace: new findings are added open, findings the owner answered keep
 * their answer (nothing answered is ever re-flagged), and open findings the rules no longer produce (the owner added
 * the address, say) are withdrawn.
 */
export async function replaceFindings(
  db: SentinelDatabase,
  marketplace: MarketplaceId,
  findings: readonly RuleFinding[],
  now: number,
): Promise<void> {
  await db.transaction('rw', db.findings, async () => {
    const before = await db.findings.where('marketplace').equals(marketplace).toArray();
    const byId = new Map(before.map((f) => [f.id, f]));
    const fresh = new Set(findings.map((f) => f.id));
    await db.findings.bulkDelete(before.filter((f) => f.status === 'open' && !fresh.has(f.id)).map((f) => f.id));
    await db.findings.bulkPut(
      findings.map((f): Finding => {
        const previous = byId.get(f.id);
        return previous
          ? { ...f, status: previous.status, createdAt: previous.createdAt, answeredAt: previous.answeredAt, notifiedAt: previous.notifiedAt }
          : { ...f, status: 'open', createdAt: now };
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
