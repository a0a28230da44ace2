import type { CheckStep } from '../db/check-state';
import { MARKETPLACES, type MarketplaceId } from '../marketplaces';


/** A list is followed this many pages at most; an unchanged history stops at its first page anyway. */
export const MAX_PAGES = 5;
const DAY = 24 * 60 * 60 * 1000;

/**
 * What one check asks each watched marketplace for: the first page of the order history, of the digital orders
 * list and of the archived orders; Content & Devices and Login & security when they were not read for a day.
 */
export function checkPlan(watched: readonly MarketplaceId[], lastAccountRead: (m: MarketplaceId) => number | null, now: number): CheckStep[] {
  return MARKETPLACES.filter((m) => watched.includes(m.id)).flatMap((m) => {
    const origin = `https://${m.host}`;
    const steps: CheckStep[] = [
      { marketplace: m.id, list: 'history', url: `${origin}/your-orders/orders?timeFilter=months-3`, page: 1 },
      { marketplace: m.id, list: 'digital', url: `${origin}/gp/legacy/order-history?orderFilter=digital&digitalOrders=1&unifiedOrders=0`, page: 1 },
      { marketplace: m.id, list: 'archived', url: `${origin}/your-orders/orders?timeFilter=archived`, page: 1 },
    ];
    const last = lastAccountRead(m.id);
    if (last === null || now - last >= DAY) {
      steps.push(
        { marketplace: m.id, list: 'devices', url: `${origin}/hz/mycd/digital-console/alldevices`, page: 1 },
        { marketplace: m.id, list: 'login-security', url: `${origin}/ax/account/manage`, page: 1 },
      );
    }
    return steps;
  });
}
