import { describe, expect, it } from 'vitest';
import { readOrderList } from '../../../utils/amazon/read-order-list';
import { parseHtml } from '../../helpers/parse-html';
import { readSharedFixture, sharedFixturesPresent } from '../../helpers/shared-fixtures';

// The current-layout cards of real saved pages; the readers issue extends this to every page and layout.
describe.skipIf(!sharedFixturesPresent)('readOrderList on real Amazon pages (current layout)', () => {
  it('co.jp 2025-01: the current-layout physical card, in Japanese', () => {
    const read = readOrderList(parseHtml(readSharedFixture('co.jp/orders/order-history-2025-01.html')), 'https://www.amazon.co.jp/your-orders/orders?timeFilter=year-2025');
    if (!read.recognized) throw new Error(read.reason);
    expect(read.orderCount).toBe(304);
    const order = read.orders.find((o) => o.id === '238-9045723-3841025');
    expect(order).toMatchObject({
      placedOn: '2025-01-07',
      total: { amount: 270, currency: 'JPY' },
      digital: false,
      shipTo: { name: 'Asdf Asdf', lines: ['Test Adress', 'Test country'] },
    });
    expect(order?.items[0]).toEqual({ title: 'Test Product 1', asin: 'B0CWK7BQ1Z', quantity: 1 });
  });

  it('com 2024: static HTML, ship-to read from the script template', () => {
    const read = readOrderList(parseHtml(readSharedFixture('com/orders/order-history-2024-0.html')), 'https://www.amazon.com/your-orders/orders?timeFilter=year-2024');
    if (!read.recognized) throw new Error(read.reason);
    expect(read.nextPage).toContain('startIndex=10');
    const order = read.orders.find((o) => o.id === '112-5939971-8962610');
    expect(order?.shipTo).toEqual({ name: 'Alex Laird', lines: ['555 My Road', 'Chicago'], postalCode: '60007', region: 'IL', country: 'United States' });
    expect(order?.placedOn).toMatch(/^2024-\d\d-\d\d$/);
    expect(order?.total?.currency).toBe('USD');
  });

  it('com, browser-rendered DOM: ship-to read from the inserted popover', () => {
    const read = readOrderList(parseHtml(readSharedFixture('com/orders/order-history-canceled-order.html')), 'https://www.amazon.com/your-orders/orders');
    if (!read.recognized) throw new Error(read.reason);
    expect(read.orders.length).toBeGreaterThan(0);
    expect(read.orders.some((o) => o.shipTo?.postalCode)).toBe(true);
  });

  it('com 2023, zero orders: recognised and empty, not a broken layout', () => {
    const read = readOrderList(parseHtml(readSharedFixture('com/orders/order-history-2023-zero-orders.html')), 'https://www.amazon.com/your-orders/orders?timeFilter=year-2023');
    expect(read).toMatchObject({ recognized: true, orders: [], orderCount: 0 });
  });
});
