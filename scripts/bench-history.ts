// The invented histories the store's benches fill a marketplace with (bench-judge-page.ts, bench-mark.ts).
import type { ShipTo } from '../utils/amazon/types';
import type { MarketplaceId } from '../utils/marketplaces';
import type { StoredOrder } from '../utils/db/records';

const DAY = 86_400_000;

export interface InventedOwner {
  marketplace: MarketplaceId;
  /** The order ids' first group ('114' on com, '249' on co.jp). */
  idPrefix: string;
  home: ShipTo;
  currency: string;
  /** The smallest order total; totals step by `step` over 90 values. */
  amount: number;
  step: number;
}

/** An owner's history: about 2 orders a day from 40 days back, to their home, a fifth digital, a third paid by card. */
export function inventedHistory(owner: InventedOwner, orderCount: number, now: number): StoredOrder[] {
  return Array.from({ length: orderCount }, (_, i) => {
    const digital = i % 5 === 0;
    return {
      id: `${owner.idPrefix}-${String(1000000 + i)}-7654321`, placedOn: new Date(now - 40 * DAY - Math.floor(i / 2) * DAY).toISOString().slice(0, 10),
      total: { amount: owner.amount + (i % 90) * owner.step, currency: owner.currency }, digital, shipTo: digital ? null : owner.home,
      items: [{ title: `Item ${i}`, asin: null, quantity: 1 }], status: null, detailUrl: null, marketplace: owner.marketplace,
      firstSeenAt: now - 40 * DAY, lastSeenAt: now - 40 * DAY,
      payments: i % 3 === 0 ? [{ kind: 'card', brand: 'Visa', lastDigits: '4242', amount: null }] : undefined,
    };
  });
}
