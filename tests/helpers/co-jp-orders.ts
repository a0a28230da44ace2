import type { OrderListRead, OrderSummary, ShipTo } from '../../utils/amazon/types';

/**
 * An invented co.jp owner's orders as a list read gives them, dated back from a fixed now: her home in Tokyo, and a
 * warehouse in Osaka an attacker ships to.
 */
export const NOW = Date.parse('2026-11-20T08:00:00Z');
export const HOME: ShipTo = { name: 'Mika Sato', lines: ['1-2-3 Kita'], postalCode: '150-0001', region: '東京都', country: 'Japan' };
export const DROP: ShipTo = { name: 'Mika Sato', lines: ['9-9 Minato Soko 4F'], postalCode: '559-0034', region: '大阪府', country: 'Japan' };
export const ORDERS_URL = 'https://www.amazon.co.jp/your-orders/orders';

/** Order `n`, placed `daysBefore` days before NOW, for ¥2,400. */
export function orderBefore(n: number, daysBefore: number, shipTo: ShipTo): OrderSummary {
  return {
    id: `250-${String(3000000 + n)}-0000000`, placedOn: new Date(NOW - daysBefore * 86_400_000).toISOString().slice(0, 10),
    total: { amount: 2400, currency: 'JPY' }, digital: false, shipTo, items: [{ title: `Item ${n}`, asin: null, quantity: 1 }], status: null, detailUrl: null,
  };
}

export function listRead(orders: OrderSummary[]): OrderListRead {
  return { recognized: true, kind: 'order-list', marketplace: 'co.jp', layout: 'current', orders, orderCount: null, nextPage: null, problems: [] };
}
