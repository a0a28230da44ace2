import type { ShipTo } from '../amazon/types';
import type { StoredOrder } from '../db/records';
import { sameAddress } from './address';
import { TRUST_AGE, epochOf } from './world';

/** An address trust on first use presumes the owner's, with what it rests on (the owner confirms or rejects it). */
export interface PresumedUse {
  address: ShipTo;
  /** How many orders placed before the trust cut-off went there. */
  orders: number;
  /** The first of them ('YYYY-MM-DD'). */
  since: string;
}

/**
 * Addresses presumed the owner's on first use: used by at least 2 orders placed more than 30 days before the
 * extension first saw the history. An address first used within those 30 days is not presumed (an attacker's
 * warehouse from last week must not become "known" because we were installed after the attack), and neither is one
 * the owner rejected. (An owner's own locker is presumed like his home: forwarder-looking addresses are not excluded.)
 */
export function presumedAddressUses(orders: readonly StoredOrder[], firstHistoryAt: number | null, rejected: readonly ShipTo[] = []): PresumedUse[] {
  if (firstHistoryAt === null) return [];
  const clusters: PresumedUse[] = [];
  for (const order of orders) {
    if (!order.shipTo || order.shipTo.lines.length === 0 || !order.placedOn || epochOf(order.placedOn) > firstHistoryAt - TRUST_AGE) continue;
    const cluster = clusters.find((c) => sameAddress(c.address, order.shipTo!));
    if (cluster) {
      cluster.orders += 1;
      if (order.placedOn < cluster.since) cluster.since = order.placedOn;
    } else clusters.push({ address: order.shipTo, orders: 1, since: order.placedOn });
  }
  return clusters.filter((c) => c.orders >= 2 && !rejected.some((r) => sameAddress(r, c.address)));
}

export function presumedAddresses(orders: readonly StoredOrder[], firstHistoryAt: number | null, rejected: readonly ShipTo[] = []): ShipTo[] {
  return presumedAddressUses(orders, firstHistoryAt, rejected).map((c) => c.address);
}
