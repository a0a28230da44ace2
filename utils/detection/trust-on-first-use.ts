import type { ShipTo } from '../amazon/types';
import type { StoredOrder } from '../db/records';
import { sameAddress } from './address';
import { TRUST_AGE, epochOf } from './world';

/**
 * Addresses presumed the owner's on first use: used by at least 2 orders placed more than 30 days before the
 * extension first saw the history. An address first used within those 30 days is not presumed (an attacker's
 * warehouse from last week must not become "known" because we were installed after the attack).
 */
export function presumedAddresses(orders: readonly StoredOrder[], firstHistoryAt: number | null): ShipTo[] {
  if (firstHistoryAt === null) return [];
  const clusters: { address: ShipTo; count: number }[] = [];
  for (const order of orders) {
    if (!order.shipTo || !order.placedOn || epochOf(order.placedOn) > firstHistoryAt - TRUST_AGE) continue;
    const cluster = clusters.find((c) => sameAddress(c.address, order.shipTo!));
    if (cluster) cluster.count += 1;
    else clusters.push({ address: order.shipTo, count: 1 });
  }
  return clusters.filter((c) => c.count >= 2).map((c) => c.address);
}
