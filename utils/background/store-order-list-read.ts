import type { OrderListResult } from '../amazon/types';
import type { SentinelDatabase } from '../db/database';
import { recordPageRead, upsertOrders } from '../db/operations';
import type { Replies } from '../messages';
import { rejudge } from './rejudge';

/** A validated order-list read: remember how the read went, store the orders, judge them. */
export async function storeOrderListRead(
  db: SentinelDatabase,
  read: OrderListResult,
  now: number,
): Promise<Replies['page:order-list-read']> {
  if (!read.recognized) {
    // The orders we already have stay; the owner is told the page could not be read, not that all is clear.
    await recordPageRead(db, { marketplace: read.marketplace, at: now, recognized: false, problem: read.reason, orderCount: 0 });
    return { stored: 0, findings: 0 };
  }
  const stored = await upsertOrders(db, read.marketplace, read.orders, now);
  const findings = await rejudge(db, read.marketplace, now, stored);
  await recordPageRead(db, { marketplace: read.marketplace, at: now, recognized: true, problem: null, orderCount: read.orders.length });
  return { stored: stored.length, findings };
}
