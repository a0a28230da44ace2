import { describe, expect, it } from 'vitest';
import type { OrderDetailRead, OrderSummary } from '../../../utils/amazon/types';
import { orderViewOf } from '../../../utils/db/findings';
import { addKnownAddress } from '../../../utils/db/known-world';
import { overview } from '../../../utils/db/overview';
import { storePageRead } from '../../../utils/db/page-reads';
import { DROP as drop, HOME as home, NOW as now, ORDERS_URL as url, listRead as list, orderBefore as order } from '../../helpers/co-jp-orders';
import { testDatabase } from '../../helpers/test-db';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const detail = (o: OrderSummary): OrderDetailRead => ({
  recognized: true, kind: 'order-detail', marketplace: 'co.jp', layout: 'data-component', orders: [{ ...o, payments: [], charges: [] }], problems: [],
});

/** A year of orders home, the home entered, and then an order to a warehouse: an open finding on it. */
async function ownerWithAttack(daysBefore: number) {
  const db = testDatabase();
  await storePageRead(db, list(Array.from({ length: 60 }, (_, i) => order(i, 8 + i * 6, home))), url, now - 3 * HOUR);
  await addKnownAddress(db, 'co.jp', home, now - 2 * HOUR);
  const attack = order(900, daysBefore, drop);
  await storePageRead(db, list([attack]), url, now - HOUR);
  return { db, attack };
}

describe('what the popup shows of a finding’s order', () => {
  // The same day's reads judge only what they changed (a recent order), a new day's or an old order's the whole history.
  for (const [name, daysBefore, later, judgedWholeAt] of [
    ['a recent order, judged by what the read changed', 2, HOUR, now - 2 * HOUR],
    ['an order over a month old, whose change judges the whole history', 45, HOUR, now + HOUR],
    ['a recent order read again the next day', 2, DAY, now + DAY],
  ] as const) {
    it(`follows every change to ${name}`, async () => {
      const { db, attack } = await ownerWithAttack(daysBefore);
      const changed = { ...attack, total: { amount: 64_800, currency: 'JPY' }, items: [{ title: 'Gift card ¥50,000', asin: 'B0GIFT', quantity: 1 }], detailUrl: 'https://www.amazon.co.jp/gp/your-account/order-details?orderID=250-3000900-0000000' };
      await storePageRead(db, detail(changed), url, now + later);
      expect((await db.judgeBasis.get('co.jp'))?.judgedWholeAt).toBe(judgedWholeAt);

      const views = (await overview(db)).findings.filter((f) => f.finding.orderId === attack.id);
      expect(views.map((v) => v.finding.rule)).toContain('unknown-address');
      for (const view of views) {
        expect(view.order, view.finding.rule).toEqual(orderViewOf((await db.orders.get(['co.jp', attack.id]))!));
        expect(view.order).toMatchObject({ total: changed.total, items: changed.items, detailUrl: changed.detailUrl });
      }
    });
  }

  it('is read from the finding, not from the orders table', async () => {
    const { db, attack } = await ownerWithAttack(2);
    const shown = (await overview(db)).findings.find((f) => f.finding.orderId === attack.id)!.order;
    // The order gone behind the store's back: the popup still shows what the finding kept, so it read no order.
    await db.orders.delete(['co.jp', attack.id]);
    expect((await overview(db)).findings.find((f) => f.finding.orderId === attack.id)!.order).toEqual(shown);
  });

  it('reads the order of a finding stored before findings kept it', async () => {
    const { db, attack } = await ownerWithAttack(2);
    const finding = (await db.findings.toArray()).find((f) => f.orderId === attack.id)!;
    const { orderView: _kept, ...before } = finding;
    await db.findings.put(before);
    const view = (await overview(db)).findings.find((f) => f.finding.orderId === attack.id)!;
    expect(view.finding.orderView).toBeUndefined();
    expect(view.order).toEqual(orderViewOf((await db.orders.get(['co.jp', attack.id]))!));
  });
});
