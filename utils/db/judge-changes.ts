import Dexie from 'dexie';
import { isInBaseline } from '../detection/habits';
import { judgeWith } from '../detection/judge';
import { isoDay } from '../detection/world';
import type { MarketplaceId } from '../marketplaces';
import type { SentinelDatabase } from './database';
import { isIncomplete } from './incomplete';
import { answeredIds, windowStartOf, worldKeyOf, type JudgeWorld } from './judge-basis';
import { judgeWholeHistory, loadJudgeWorld, marketplaceOrders, mergeFindings, recordJudgedCounts } from './judge-marketplace';
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
 * every other order as it was then, too few orders written since to change what is presumed, and no change to what the
 * owner's habits are made of (the baseline: orders over 30 days old, and those answered "this was me"). An old order
 * seen again, with nothing but when it was seen changed, keeps the basis.
 */
function basisHolds(record: JudgeBasisRecord, world: JudgeWorld, changes: readonly OrderChange[], orderCount: number): boolean {
  const inBaseline = isInBaseline(world);
  const touchesBaseline = ({ before, after }: OrderChange) =>
    before ? (inBaseline(before) || inBaseline(after)) && !comparedAlike(before, after) : inBaseline(after);
  return (
    record.day === isoDay(world.now) &&
    presumptionMoves(changes) < record.presumptionSlack &&
    orderCount === record.orderCount + changes.filter((c) => !c.before).length &&
    !changes.some(touchesBaseline) &&
    record.world === worldKeyOf(world)
  );
}

/**
 * Judges what a read of orders changed, with a 5,000-order history at the cost of its last half-year: the orders in
 * the window (utils/db/judge-basis.ts), those without a date or answered about, and those the read wrote are judged
 * with the habits and presumed addresses the last whole judgement kept, and the orders before the window that the
 * rules compare them with (its witnesses). Every other order's findings depend only on itself and the world, so
 * they stand. Where the basis does not hold (a new day, the owner changed something, an old order changed), the
 * whole history is judged. A test replays simulated owners' reads and checks every result against a whole
 * judgement (tests/unit/db/judge-changes.test.ts). Returns how many findings the rules produce on the whole history.
 */
export function judgeChanges(db: SentinelDatabase, marketplace: MarketplaceId, changes: readonly OrderChange[], now: number): Promise<number> {
  return inOneTransaction(db, async () => {
    const [record, loaded, orderCount] = await Promise.all([
      db.judgeBasis.get(marketplace),
      loadJudgeWorld(db, marketplace, now),
      db.orders.where('marketplace').equals(marketplace).count(),
    ]);
    const { world } = loaded;
    if (!record || !basisHolds(record, world, changes, orderCount)) return judgeWholeHistory(db, loaded, await marketplaceOrders(db, marketplace));

    const undated = new Set(record.undated);
    for (const { after } of changes) after.placedOn === null ? undated.add(after.id) : undated.delete(after.id);
    const answered = answeredIds(world);
    const start = windowStartOf(now);
    const [dated, byId] = await Promise.all([
      db.orders.where('[marketplace+placedOn]').between([marketplace, start], [marketplace, Dexie.maxKey]).toArray(),
      db.orders.bulkGet([...new Set([...undated, ...answered, ...record.witnesses])].map((id) => [marketplace, id] as [string, string])),
    ]);
    const inside = new Map<string, StoredOrder>();
    for (const order of [...dated, ...byId]) if (order && (order.placedOn === null || order.placedOn >= start || answered.has(order.id))) inside.set(order.id, order);
    const judged = new Set([...inside.keys(), ...changes.map((c) => c.after.id)]);
    const orders = new Map<string, StoredOrder>([...byId, ...dated].filter((o): o is StoredOrder => o !== undefined).map((o) => [o.id, o]));
    for (const { after } of changes) orders.set(after.id, after);

    const findings = judgeWith({ ...world, orders: [...orders.values()] }, record).filter((f) => f.orderId === null || judged.has(f.orderId));
    const produced = [
      ...record.produced.filter((p) => p.orderId !== null && !judged.has(p.orderId)),
      ...findings.map(({ id, orderId }) => ({ id, orderId })),
    ];
    // Writes to separate tables, asked together: one wait instead of three.
    await Promise.all([
      mergeFindings(db, loaded.stored, findings, now, orders, judged),
      db.judgeBasis.put({ ...record, orderCount, undated: [...undated], produced, presumptionSlack: record.presumptionSlack - presumptionMoves(changes) }),
      recordJudgedCounts(db, loaded.state, record.presumed.length, record.incompleteOutside + [...inside.values()].filter(isIncomplete).length),
    ]);
    return produced.length;
  });
}
