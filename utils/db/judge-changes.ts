import { isInBaseline } from '../detection/habits';
import { judgeWith } from '../detection/judge';
import { isoDay } from '../detection/world';
import type { MarketplaceId } from '../marketplaces';
import type { SentinelDatabase } from './database';
import { markFirstSeen } from './first-seen';
import { isIncomplete } from './incomplete';
import { answeredIds, windowStartOf, worldKeyOf, type JudgeWorld } from './judge-basis';
import { judgeWholeMarketplace, loadJudgeWorld, mergeFindings, recordJudgedCounts, type Judged } from './judge-marketplace';
import { mergeOrder, type ReadOrder } from './merge-order';
import type { JudgeBasisRecord, StoredOrder } from './records';
import { inOneTransaction } from './transaction';

/** An order a read wrote: as it was stored before (none when it is new), and as it is now. */
export interface OrderChange {
  before: StoredOrder | undefined;
  after: StoredOrder;
}

/** What the rules compare across orders (habits, trust on first use, addresses, runs); the rest is one order's own. */
const COMPARED_FIELDS = ['placedOn', 'total', 'digital', 'items', 'payments', 'charges', 'shipTo'] as const;

function comparedAlike(a: StoredOrder, b: StoredOrder): boolean {
  return COMPARED_FIELDS.every((field) => JSON.stringify(a[field]) === JSON.stringify(b[field]));
}

/** How far these changes can move trust on first use's counts: a new order by one, one moved to another address by two. */
function presumptionMoves(changes: readonly OrderChange[]): number {
  return changes.reduce((sum, { before, after }) => sum + (!before ? 1 : comparedAlike(before, after) ? 0 : 2), 0);
}

/**
 * Whether the basis the last whole judgement left still holds for these changes: the same day and the same world,
 * too few orders written since to change what is presumed, and no change to what the owner's habits are made of (the baseline: orders over 30 days old, and those
 * answered "this was me"). An old order seen again, with nothing but when it was seen changed, keeps the basis.
 */
function basisHolds(record: JudgeBasisRecord, world: JudgeWorld, changes: readonly OrderChange[]): boolean {
  const inBaseline = isInBaseline(world);
  const touchesBaseline = ({ before, after }: OrderChange) =>
    before ? (inBaseline(before) || inBaseline(after)) && !comparedAlike(before, after) : inBaseline(after);
  return (
    record.day === isoDay(world.now) &&
    presumptionMoves(changes) < record.presumptionSlack &&
    !changes.some(touchesBaseline) &&
    record.world === worldKeyOf(world)
  );
}

/**
 * How many orders reads may write beside the window before it is written again with them: every read reads and
 * writes the orders kept beside it (about 1–1.5 ms for 75 of them, measured), and writing the window (~300 orders)
 * costs about 2 ms.
 */
const WRITTEN_FOLD = 50;

/** What storing a read's orders did: each order before and after, and the judgement. */
export interface OrdersStored extends Judged {
  changes: OrderChange[];
}

/**
 * Stores the orders a page showed, merged with what was stored, and judges what that changed, in the caller's
 * transaction (or one of its own). A read costs about what one list-page read costs whatever the history's length:
 * it reads, in one round, the orders it writes, the world, and the window the day's whole judgement kept (one record:
 * every order of the last half-year, those without a date or answered about, and the older ones the rules compare
 * recent ones with, judge-basis.ts), overlaid with what reads wrote since; judges the window's orders and the
 * changed ones with the habits and presumed addresses of that judgement; and writes, in a second round, the orders,
 * the findings, the basis and the counts. Every other order's findings depend only on itself and the world, so they
 * stand. Where the basis does not hold (a new day, the owner changed something, an old order changed, the history
 * first seen now), the whole history is judged. A test replays simulated owners' reads and checks every result
 * against a whole judgement (tests/unit/db/judge-changes.test.ts). Orders are written here and by an import only
 * (tests/unit/architecture.test.ts), so the window stays what the store holds.
 */
export function storeOrders(
  db: SentinelDatabase,
  marketplace: MarketplaceId,
  read: readonly ReadOrder[],
  now: number,
  /** A read of the order history (not of one order's page): the first one is where trust on first use starts. */
  historySeen = false,
): Promise<OrdersStored> {
  return inOneTransaction(db, async () => {
    // No count of the marketplace's orders: IndexedDB counts by walking every key (300 ms a read at 50,000 orders, on
    // disk), and nothing writes orders but this and an import, which empties the basis (tests/unit/architecture.test.ts).
    const [existing, loaded, record, window] = await Promise.all([
      db.orders.bulkGet(read.map((o) => [marketplace, o.id] as [string, string])),
      loadJudgeWorld(db, marketplace, now),
      db.judgeBasis.get(marketplace),
      db.judgeWindows.get(marketplace),
    ]);
    const changes = read.map((order, i) => ({ before: existing[i], after: mergeOrder(existing[i], order, marketplace, now) }));
    const { world, state } = loaded;
    const firstSight = historySeen && (state?.firstHistoryAt ?? null) === null;
    if (firstSight || !record || !window || !basisHolds(record, world, changes)) {
      await Promise.all([
        firstSight && markFirstSeen(db, marketplace, 'firstHistoryAt', now),
        db.orders.bulkPut(changes.map((c) => c.after)),
      ]);
      return { changes, ...(await judgeWholeMarketplace(db, marketplace, now)) };
    }

    const start = windowStartOf(now);
    const answered = answeredIds(world);
    const inside = (order: StoredOrder) => order.placedOn === null || order.placedOn >= start || answered.has(order.id);
    const orders = new Map<string, StoredOrder>([...window.orders, ...record.written].map((o) => [o.id, o]));
    const kept = new Set(orders.keys());
    for (const { after } of changes) orders.set(after.id, after);
    const judgedOrders = [...orders.values()].filter(inside);
    const judged = new Set([...judgedOrders.map((o) => o.id), ...changes.map((c) => c.after.id)]);
    const written = new Map(record.written.map((o) => [o.id, o]));
    for (const { after } of changes) if (kept.has(after.id) || inside(after)) written.set(after.id, after);
    // Past WRITTEN_FOLD the window is written again with them in it: the basis, read and written by every read, stays small.
    const fold = written.size >= WRITTEN_FOLD;

    const findings = judgeWith({ ...world, orders: [...orders.values()] }, record).filter((f) => f.orderId === null || judged.has(f.orderId));
    const produced = [
      ...record.produced.filter((p) => p.orderId !== null && !judged.has(p.orderId)),
      ...findings.map(({ id, orderId }) => ({ id, orderId })),
    ];
    // Writes to separate tables, asked together: one wait instead of five.
    const [merged] = await Promise.all([
      mergeFindings(db, loaded.stored, findings, now, orders, judged),
      db.orders.bulkPut(changes.map((c) => c.after)),
      fold && db.judgeWindows.put({ marketplace, orders: [...orders.values()].filter((o) => kept.has(o.id) || written.has(o.id)) }),
      db.judgeBasis.put({
        ...record,
        written: fold ? [] : [...written.values()],
        produced,
        presumptionSlack: record.presumptionSlack - presumptionMoves(changes),
      }),
      recordJudgedCounts(db, state, record.presumed.length, record.incompleteOutside + judgedOrders.filter(isIncomplete).length),
    ]);
    return { changes, produced: produced.length, findings: merged };
  });
}
