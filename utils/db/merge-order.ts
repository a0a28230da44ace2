import type { OrderSummary } from '../amazon/types';
import type { MarketplaceId } from '../marketplaces';
import type { StoredOrder } from './records';

/** An order as a page shows it: its summary, and what only some pages show (the detail page's payments, the archive). */
export type ReadOrder = OrderSummary & Partial<Pick<StoredOrder, 'payments' | 'charges' | 'archived'>>;

/**
 * An order read again, merged with what was stored: what one kind of page shows is kept when another is read, and a
 * name-only ship-to (address not read this time) never replaces an address read before. Pure (the evaluation uses it).
 */
export function mergeOrder(
  before: StoredOrder | undefined,
  order: ReadOrder,
  marketplace: MarketplaceId,
  now: number,
): StoredOrder {
  return {
    ...before,
    ...order,
    shipTo: order.shipTo && (order.shipTo.lines.length > 0 || !before?.shipTo?.lines.length) ? order.shipTo : (before?.shipTo ?? order.shipTo ?? null),
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
}
