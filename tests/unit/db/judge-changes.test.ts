import { IDBIndex, IDBObjectStore } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import type { OrderDetail, OrderListRead, OrderSummary, Payment } from '../../../utils/amazon/types';
import type { SentinelDatabase } from '../../../utils/db/database';
import { answerFinding } from '../../../utils/db/answers';
import { orderViewOf } from '../../../utils/db/findings';
import { forgetJudgeBases } from '../../../utils/db/judge-basis';
import { judgeMarketplace } from '../../../utils/db/judge-marketplace';
import { addKnownAddress } from '../../../utils/db/known-world';
import { storePageRead } from '../../../utils/db/page-reads';
import { LOCALES } from '../../simulator/owners/locales';
import { generateOwner } from '../../simulator/owners/owner';
import type { Owner, SimOrder } from '../../simulator/owners/types';
import { DROP as drop, HOME as home, NOW as now, ORDERS_URL as url, listRead as read, orderBefore as order } from '../../helpers/co-jp-orders';
import { testDatabase } from '../../helpers/test-db';

/*
 * A read judges only what it can have changed (utils/db/judge-changes.ts). The proof: simulated owners' histories
 * replayed day by day into two stores through the background's own path, one store judged as reads judge it, the
 * other judged whole after every step. After every step the two hold the same findings, to the last field.
 */

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** An order as its list card reads (the simulator's own spelling of the address), and its detail page's payments. */
function summary(owner: Owner, order: SimOrder): OrderSummary {
  const currency = LOCALES[owner.marketplace].currency;
  return {
    id: order.id,
    placedOn: order.placedOn,
    total: { amount: order.total, currency },
    digital: order.digital,
    shipTo: order.shipTo ? order.shipTo.address.spellings[order.shipTo.spelling].read : null,
    items: order.items.map((i) => ({ title: i.title, asin: null, quantity: i.quantity })),
    status: null,
    detailUrl: null,
  };
}

function detail(owner: Owner, order: SimOrder): OrderDetail {
  const currency = LOCALES[owner.marketplace].currency;
  const { card, points, giftCard } = order.payment;
  const payments: Payment[] = [
    ...(card ? [{ kind: 'card' as const, brand: card.brand, lastDigits: card.lastDigits, amount: null }] : []),
    ...(points ? [{ kind: 'points' as const, brand: null, lastDigits: null, amount: { amount: points, currency } }] : []),
    ...(giftCard ? [{ kind: 'gift-card' as const, brand: null, lastDigits: null, amount: { amount: giftCard, currency } }] : []),
  ];
  return { ...summary(owner, order), payments, charges: [] };
}

const listRead = (owner: Owner, orders: OrderSummary[]): OrderListRead => ({
  recognized: true, kind: 'order-list', marketplace: owner.marketplace, layout: 'current', orders, orderCount: null, nextPage: null, problems: [],
});

async function findingsOf(db: SentinelDatabase) {
  return (await db.findings.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Every open finding on an order shows that order as it is stored now (the popup reads no order). */
async function expectOrderViewsCurrent(db: SentinelDatabase, label: string) {
  for (const finding of await findingsOf(db)) {
    if (finding.status !== 'open' || finding.orderId === null) continue;
    const order = await db.orders.get([finding.marketplace, finding.orderId]);
    expect(finding.orderView, `${label}: ${finding.id}`).toEqual(orderViewOf(order!));
  }
}

/**
 * One owner: the history up to 60 days before the install read at once, then each later day's orders as they come,
 * a second read of the newest orders the same day, the detail pages the owner opened, and on one day the owner's
 * home entered and an attack order disowned.
 */
async function replay(owner: Owner) {
  const byDay = [...owner.orders].sort((a, b) => (a.placedOn < b.placedOn ? -1 : a.placedOn > b.placedOn ? 1 : 0));
  const start = owner.installAt - 60 * DAY;
  const incremental = testDatabase();
  const whole = testDatabase();
  const url = `${LOCALES[owner.marketplace].origin}/your-orders/orders`;
  let steps = 0;
  let judgedChanges = 0;
  const step = async (now: number, act: (db: SentinelDatabase) => Promise<unknown>) => {
    await act(incremental);
    await act(whole);
    const produced = await judgeMarketplace(whole, owner.marketplace, now);
    steps += 1;
    const basis = await incremental.judgeBasis.get(owner.marketplace);
    if (basis && basis.judgedWholeAt !== now) judgedChanges += 1;
    expect(await findingsOf(incremental), `${owner.index} step ${steps}`).toEqual(await findingsOf(whole));
    await expectOrderViewsCurrent(incremental, `${owner.index} step ${steps}`);
    expect(await incremental.marketplaceState.get(owner.marketplace)).toEqual(await whole.marketplaceState.get(owner.marketplace));
    expect(await incremental.orders.count()).toBe(await whole.orders.count());
    return produced;
  };
  const read = (orders: SimOrder[], now: number) => (db: SentinelDatabase) => storePageRead(db, listRead(owner, orders.map((o) => summary(owner, o))), url, now);

  const first = byDay.filter((o) => Date.parse(o.placedOn) < start);
  await step(start, read(first, start));
  let newest = first.slice(-10);
  for (let day = start + DAY; day <= owner.installAt + 5 * DAY; day += DAY) {
    const iso = new Date(day).toISOString().slice(0, 10);
    const today = byDay.filter((o) => o.placedOn === iso);
    if (today.length === 0 && (day - start) % (7 * DAY) !== 0) continue;
    newest = [...newest, ...today].slice(-10);
    // Morning: the day's orders, with the newest before them, as the first list page shows them.
    await step(day + 8 * HOUR, read(newest, day + 8 * HOUR));
    // Noon: the owner opens the detail pages of the day's orders they would open.
    for (const order of today.filter((o) => o.detailRead)) {
      await step(day + 12 * HOUR, (db) => storePageRead(db, { recognized: true, kind: 'order-detail', marketplace: owner.marketplace, layout: 'data-component', orders: [detail(owner, order)], problems: [] }, url, day + 12 * HOUR));
    }
    // Evening: the list again, nothing new.
    await step(day + 20 * HOUR, read(newest, day + 20 * HOUR));
    if (day === start + 30 * DAY) {
      // The owner enters their home, and says an open finding on an attack order was not them.
      const home = owner.addresses.find((a) => a.entered);
      if (home) await step(day + 21 * HOUR, (db) => addKnownAddress(db, owner.marketplace, home.spellings[0].read, day + 21 * HOUR));
      const attack = (await incremental.findings.toArray()).find((f) => f.status === 'open' && owner.orders.find((o) => o.id === f.orderId)?.attack);
      if (attack) await step(day + 22 * HOUR, (db) => answerFinding(db, attack.id, 'not-me', day + 22 * HOUR));
    }
  }
  return { steps, judgedChanges };
}

describe('judging only what a read changed', () => {
  it('gives every simulated owner, at every step, the findings a whole judgement gives', { timeout: 240_000 }, async () => {
    let steps = 0;
    let judgedChanges = 0;
    let attacked = 0;
    for (let index = 0; index < 12; index++) {
      const owner = generateOwner(7, index);
      if (owner.attack) attacked += 1;
      const result = await replay(owner);
      steps += result.steps;
      judgedChanges += result.judgedChanges;
    }
    // The proof proves something only if many reads took the short way, and the owners include attacked ones. Each
    // replayed day starts with a whole judgement (the basis holds for one day): 245 of 487 steps took the short way.
    expect(attacked).toBeGreaterThan(2);
    expect(judgedChanges / steps).toBeGreaterThan(0.3);
  });
});

describe('when a read judges the whole history', () => {
  const owner = generateOwner(7, 1);
  const url = `${LOCALES[owner.marketplace].origin}/your-orders/orders`;
  const read = (db: SentinelDatabase, orders: SimOrder[], now: number) => storePageRead(db, listRead(owner, orders.map((o) => summary(owner, o))), url, now);
  const judgedWholeAt = async (db: SentinelDatabase) => (await db.judgeBasis.get(owner.marketplace))?.judgedWholeAt;
  const sorted = [...owner.orders].sort((a, b) => (a.placedOn < b.placedOn ? -1 : 1));
  const cut = sorted.length - 5;
  const day = (o: SimOrder) => Date.parse(`${o.placedOn}T00:00:00Z`);

  it('judges only the new recent orders the same day, and everything after an update, a new day or an old order', async () => {
    const db = testDatabase();
    const first = day(sorted[cut]) + 6 * HOUR;
    await read(db, sorted.slice(0, cut), first);
    expect(await judgedWholeAt(db)).toBe(first);
    const recent = sorted.slice(cut).filter((o) => o.placedOn === sorted[cut].placedOn);
    await read(db, recent, first + HOUR);
    expect(await judgedWholeAt(db)).toBe(first);
    // An order over 30 days old changes the habits: the whole history again.
    const old = { ...sorted[0], id: '999-0000000-0000001' };
    await read(db, [old], first + 2 * HOUR);
    expect(await judgedWholeAt(db)).toBe(first + 2 * HOUR);
    // After an update the kept basis is forgotten.
    await forgetJudgeBases(db);
    await read(db, recent, first + 3 * HOUR);
    expect(await judgedWholeAt(db)).toBe(first + 3 * HOUR);
    // The next day starts whole.
    await read(db, recent, first + 24 * HOUR);
    expect(await judgedWholeAt(db)).toBe(first + 24 * HOUR);
  });

  it('asks the orders table for the page’s orders only: nothing that walks the history, which costs a read 300 ms at 50,000 orders on disk', async () => {
    const db = testDatabase();
    const first = day(sorted[cut]) + 6 * HOUR;
    await read(db, sorted.slice(0, cut), first);
    const recent = sorted.slice(cut).filter((o) => o.placedOn === sorted[cut].placedOn);
    // Every request over many records, on the orders table or its indexes, while the read takes the short way.
    const asked: string[] = [];
    const walks = ['count', 'getAll', 'getAllKeys', 'openCursor', 'openKeyCursor'] as const;
    const spies = [IDBObjectStore.prototype, IDBIndex.prototype].flatMap((proto) =>
      walks.map((name) => {
        const original = proto[name] as (...args: unknown[]) => unknown;
        return vi.spyOn(proto, name).mockImplementation(function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
          asked.push(`${'objectStore' in this ? `${this.objectStore.name}.${this.name}` : this.name}.${name}`);
          return original.apply(this, args);
        } as never);
      }),
    );
    try {
      await read(db, recent, first + HOUR);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(await judgedWholeAt(db)).toBe(first);
    // The world's tables are read by marketplace; the orders table is not read that way at all.
    expect(asked.filter((request) => request.startsWith('orders.'))).toEqual([]);
    expect(asked.length).toBeGreaterThan(0);
  });
});

describe('the window a read judges', () => {
  // Two years of orders home, and one to a warehouse 179 days ago: a new order there makes that one "new, and shipped
  // to again and again", which only a read judging the last half-year whole can see.
  it('takes in an order placed almost half a year ago that a new order now repeats', async () => {
    const history = [...Array.from({ length: 100 }, (_, i) => order(i, 8 + i * 7, home)), order(500, 179, drop)];
    const [incremental, whole] = [testDatabase(), testDatabase()];
    for (const db of [incremental, whole]) {
      await storePageRead(db, read(history), url, now - 2 * HOUR);
      await addKnownAddress(db, 'co.jp', home, now - HOUR);
      await storePageRead(db, read([order(501, 0, drop)]), url, now);
    }
    await judgeMarketplace(whole, 'co.jp', now);
    expect((await incremental.judgeBasis.get('co.jp'))?.judgedWholeAt).toBe(now - HOUR);
    const reasons = async (db: SentinelDatabase) => (await findingsOf(db)).filter((f) => f.status === 'open').map((f) => [f.orderId, f.severity, f.reason.en]);
    expect(await reasons(incremental)).toEqual(await reasons(whole));
    expect((await reasons(whole)).find(([id]) => id === '250-3000500-0000000')?.[2]).toContain('again and again');
  });

  // The window is kept in one record by the day's whole judgement; orders written by reads since are kept beside it.
  // A read that forgot them would see one order to the warehouse, not two.
  it('takes in the orders earlier reads that day wrote', async () => {
    const history = Array.from({ length: 100 }, (_, i) => order(i, 8 + i * 7, home));
    const [incremental, whole] = [testDatabase(), testDatabase()];
    for (const db of [incremental, whole]) {
      await storePageRead(db, read(history), url, now - 3 * HOUR);
      await addKnownAddress(db, 'co.jp', home, now - 2 * HOUR);
      await storePageRead(db, read([order(501, 1, drop)]), url, now - HOUR);
      await storePageRead(db, read([order(502, 0, drop)]), url, now);
    }
    await judgeMarketplace(whole, 'co.jp', now);
    expect((await incremental.judgeBasis.get('co.jp'))?.judgedWholeAt).toBe(now - 2 * HOUR);
    const reasons = async (db: SentinelDatabase) => (await findingsOf(db)).filter((f) => f.status === 'open').map((f) => [f.orderId, f.severity, f.reason.en]);
    expect(await reasons(incremental)).toEqual(await reasons(whole));
    expect((await reasons(whole)).filter(([, , reason]) => String(reason).includes('again and again'))).toHaveLength(2);
  });

  it('writes the window again once reads have written many orders beside it, and judges as a whole judgement does', async () => {
    const history = Array.from({ length: 100 }, (_, i) => order(i, 8 + i * 7, home));
    const [incremental, whole] = [testDatabase(), testDatabase()];
    const reasons = async (db: SentinelDatabase) => (await findingsOf(db)).filter((f) => f.status === 'open').map((f) => [f.orderId, f.severity, f.reason.en]);
    for (const db of [incremental, whole]) {
      await storePageRead(db, read(history), url, now - 7 * HOUR);
      await addKnownAddress(db, 'co.jp', home, now - 6 * HOUR);
    }
    const kept: number[] = [];
    // Seven reads the same UTC day of ten new orders each, some to the warehouse: the last two come after the fold.
    for (let k = 0; k < 7; k++) {
      const page = Array.from({ length: 10 }, (_, j) => order(600 + k * 10 + j, (k + j) % 6, j % 3 === 0 ? drop : home));
      // E-books on one day, two in the fifth read (before the fold) and one in the sixth: a burst only together.
      for (const j of k === 4 ? [1, 2] : k === 5 ? [1] : []) page[j] = { ...page[j], placedOn: order(0, 3, home).placedOn, digital: true, shipTo: null };
      const at = now - 5 * HOUR + k * HOUR / 2;
      for (const db of [incremental, whole]) await storePageRead(db, read(page), url, at);
      await judgeMarketplace(whole, 'co.jp', at);
      expect(await reasons(incremental), `read ${k + 1}`).toEqual(await reasons(whole));
      const basis = await incremental.judgeBasis.get('co.jp');
      expect(basis?.judgedWholeAt).toBe(now - 6 * HOUR);
      kept.push(basis!.written.length);
    }
    expect(kept).toEqual([10, 20, 30, 40, 0, 10, 20]);
    expect((await incremental.judgeWindows.get('co.jp'))?.orders.filter((o) => o.id >= order(600, 0, home).id)).toHaveLength(50);
    expect((await reasons(whole)).filter(([, , reason]) => String(reason).includes('again and again')).length).toBeGreaterThan(20);
    expect((await reasons(whole)).filter(([, , reason]) => String(reason).includes('3 digital orders'))).toHaveLength(3);
  });
});
