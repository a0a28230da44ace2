import type { ShipTo } from '../amazon/types';
import type { StoredOrder } from '../db/records';
import { sameAddress, sameCountry, sameRegion } from './address';
import { DAY, TRUST_AGE, epochOf } from './world';

/** An address trust on first use presumes the owner's, with what it rests on (the owner confirms or rejects it). */
export interface PresumedUse {
  address: ShipTo;
  /** How many orders placed before the trust cut-off went there. */
  orders: number;
  /** The first of them ('YYYY-MM-DD'). */
  since: string;
}

/** An address in use this long before first sight is established: slow attackers start weeks, not half a year, before. */
export const ESTABLISHED_AGE = 180 * DAY;

interface Cluster extends PresumedUse {
  /** Every physical order to it, trusted or not (for "did it replace the owner's home"). */
  all: StoredOrder[];
  firstAt: number;
}

/**
 * Orders grouped by address, oldest first: an address written two ways can match two others that do not match each
 * other, and taking the orders by date keeps a new order from regrouping the old ones (what a read of recent orders
 * alone must rely on, utils/db/judge-changes.ts).
 */
function clustersOf(orders: readonly StoredOrder[]): Cluster[] {
  const clusters: Cluster[] = [];
  const dated = orders.filter((o) => o.placedOn !== null).sort((a, b) => (a.placedOn! < b.placedOn! ? -1 : a.placedOn! > b.placedOn! ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const order of dated) {
    if (!order.shipTo || order.shipTo.lines.length === 0 || !order.placedOn) continue;
    const at = epochOf(order.placedOn);
    const cluster = clusters.find((c) => sameAddress(c.address, order.shipTo!));
    if (!cluster) clusters.push({ address: order.shipTo, orders: 0, since: order.placedOn, all: [order], firstAt: at });
    else {
      cluster.all.push(order);
      if (at < cluster.firstAt) [cluster.firstAt, cluster.since] = [at, order.placedOn];
    }
  }
  return clusters;
}

/**
 * What says whether a young address replaced the owner's main one: the orders to it since its first use (`own`),
 * all orders since then (`total`), and those to the main address before it (the one with most orders in the
 * half-year before), when that address had any (`main`, else null).
 */
function replacementCounts(clusters: readonly Cluster[], young: Cluster): { own: number; total: number; main: number | null } {
  const placed = (c: Cluster, from: number, to: number) => c.all.filter((o) => epochOf(o.placedOn!) >= from && epochOf(o.placedOn!) < to).length;
  const since = (c: Cluster) => placed(c, young.firstAt + 1, Infinity);
  const before = (c: Cluster) => placed(c, young.firstAt - ESTABLISHED_AGE, young.firstAt);
  const main = clusters.filter((c) => c !== young).sort((a, b) => before(b) - before(a))[0];
  return { own: since(young), total: clusters.reduce((sum, c) => sum + since(c), 0), main: main && before(main) > 0 ? since(main) : null };
}

/**
 * Addresses presumed the owner's on first use. Every one needs at least 2 orders placed more than 30 days before the
 * extension first saw the history (an attacker's warehouse from last week must not become "known" because we were
 * installed after the attack), and none the owner rejected. Beyond that, an address is presumed when it is
 * established (in use for 180 days before first sight), or when it replaced the owner's main address, as a move does:
 * since its first use it took at least half of the orders, and the address that took most in the half-year before
 * took at most one more. A young address used alongside the owner's home is what a slow attacker's drop looks like
 * (orders every few weeks from 1–5 months before install), so it is not presumed: its orders are judged, and the
 * owner can confirm it. A young address in a region none of the owner's entered addresses is in is not presumed
 * either: presumption never outranks what the owner told us. (An owner's own locker is presumed like his home:
 * forwarder-looking addresses are not excluded.)
 */
export function presumedAddressUses(
  orders: readonly StoredOrder[],
  firstHistoryAt: number | null,
  rejected: readonly ShipTo[] = [],
  entered: readonly ShipTo[] = [],
): PresumedUse[] {
  return presumption(orders, firstHistoryAt, rejected, entered).uses;
}

export function presumedAddresses(orders: readonly StoredOrder[], firstHistoryAt: number | null, rejected: readonly ShipTo[] = [], entered: readonly ShipTo[] = []): ShipTo[] {
  return presumedAddressUses(orders, firstHistoryAt, rejected, entered).map((c) => c.address);
}

/**
 * What trust on first use presumes (`uses`, as presumedAddressUses says), and its slack: how many orders can be
 * written, or moved between addresses, before that could change. Recent orders count only in a young address's "did
 * it replace the owner's main address", and each one written moves its counts by one at most (an order moved from one
 * address to another, by two). Infinity without a young address. A judgement of recent orders alone keeps the
 * presumed addresses while it stays below this (utils/db/judge-changes.ts). Rejected addresses are counted in the
 * slack too, which only makes it smaller. One grouping of the orders serves both.
 */
export function presumption(
  orders: readonly StoredOrder[],
  firstHistoryAt: number | null,
  rejected: readonly ShipTo[] = [],
  entered: readonly ShipTo[] = [],
): { uses: PresumedUse[]; slack: number } {
  if (firstHistoryAt === null) return { uses: [], slack: Infinity };
  const trustedBefore = firstHistoryAt - TRUST_AGE;
  const clusters = clustersOf(orders);
  const trusted = (c: Cluster) => c.all.filter((o) => epochOf(o.placedOn!) <= trustedBefore);
  const young = (c: Cluster) => c.firstAt > firstHistoryAt - ESTABLISHED_AGE;
  const replacedMain = (c: Cluster) => {
    const { own, total, main } = replacementCounts(clusters, c);
    return own + 1 >= (total + 1) / 2 && (main === null || main <= 1);
  };
  const inEnteredRegion = (c: Cluster) => entered.length === 0 || entered.some((e) => sameCountry(e, c.address) && sameRegion(e, c.address));
  // Presumed as the newest of its trusted orders writes it: the spelling Amazon uses now, and one recent orders cannot change.
  const uses = clusters
    .map((c) => ({ ...c, orders: trusted(c).length, address: trusted(c).at(-1)?.shipTo ?? c.address }))
    .filter((c) => c.orders >= 2 && !rejected.some((r) => sameAddress(r, c.address)))
    .filter((c) => !young(c) || (replacedMain(c) && inEnteredRegion(c)))
    .map(({ address, orders: n, since }) => ({ address, orders: n, since }));
  let slack = Infinity;
  for (const c of clusters.filter((c) => young(c) && trusted(c).length >= 2)) {
    const { own, total, main } = replacementCounts(clusters, c);
    // It took at least half while this is 0 or more: that many orders elsewhere and one more undo it, or as many to it make it.
    const share = 2 * own + 1 - total;
    slack = Math.min(slack, share >= 0 ? share + 1 : -share, main === null ? Infinity : main <= 1 ? 2 - main : main - 1);
  }
  return { uses, slack };
}
