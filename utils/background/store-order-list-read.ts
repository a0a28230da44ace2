import type { OrderDetailResult, OrderListResult } from '../amazon/types';
import type { SentinelDatabase } from '../db/database';
import { recordPageRead, upsertOrders } from '../db/operations';
import type { MarketplaceId } from '../marketplaces';
import type { OrderMarks } from '../messages';
import { rejudge } from './rejudge';

/** The first time we see a marketplace's order history is where trust on first use draws its line. */
export async function markFirstSeen(db: SentinelDatabase, marketplace: MarketplaceId, field: 'firstHistoryAt' | 'firstAddressBookAt' | 'firstDevicesAt', now: number) {
  await db.transaction('rw', db.marketplaceState, async () => {
    const state = (await db.marketplaceState.get(marketplace)) ?? { marketplace, firstHistoryAt: null, firstAddressBookAt: null, firstDevicesAt: null };
    if (state[field] === null) await db.marketplaceState.put({ ...state, [field]: now });
  });
}

/** A validated order-list read: remember how the read went, store the orders, judge the marketplace. */
export async function storeOrderListRead(db: SentinelDatabase, read: OrderListResult, pageUrl: string, now: number) {
  if (!read.recognized) {
    // The orders we already have stay; the owner is told the page could not be read, not that all is clear.
    await recordPageRead(db, { marketplace: read.marketplace, at: now, recognized: false, problem: read.reason, orderCount: 0 });
    return { stored: 0, findings: 0, marks: [] };
  }
  const filter = new URL(pageUrl).searchParams;
  const archived = filter.get('timeFilter') === 'archived' || filter.get('orderFilter') === 'archived';
  await markFirstSeen(db, read.marketplace, 'firstHistoryAt', now);
  const stored = await upsertOrders(db, read.marketplace, read.orders.map((o) => ({ ...o, archived })), now);
  const findings = await rejudge(db, read.marketplace, now);
  await recordPageRead(db, { marketplace: read.marketplace, at: now, recognized: true, problem: null, orderCount: read.orders.length });
  return { stored: stored.length, findings, marks: await marksFor(db, read.marketplace, read.orders.map((o) => o.id)) };
}

/** The open findings on the given orders, grouped per order, for the marks on their cards. */
async function marksFor(db: SentinelDatabase, marketplace: MarketplaceId, orderIds: string[]): Promise<OrderMarks[]> {
  const open = await db.findings.where('[marketplace+orderId]').anyOf(orderIds.map((id) => [marketplace, id])).and((f) => f.status === 'open').toArray();
  return orderIds.flatMap((orderId) => {
    const findings = open.filter((f) => f.orderId === orderId).map(({ id, severity, reason }) => ({ id, severity, reason }));
    return findings.length > 0 ? [{ orderId, findings }] : [];
  });
}

/** A validated order-detail read: the order gains its payments and charge lines; the marketplace is judged again. */
export async function storeOrderDetailRead(db: SentinelDatabase, read: OrderDetailResult, now: number) {
  if (!read.recognized) return { stored: 0, findings: 0 };
  const stored = await upsertOrders(db, read.marketplace, read.orders, now);
  return { stored: stored.length, findings: await rejudge(db, read.marketplace, now) };
}
