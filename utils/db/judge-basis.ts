import type { JudgeBasis } from '../detection/judge';
import { DAY, epochOf, isoDay, type JudgeInput } from '../detection/world';
import type { SentinelDatabase } from './database';
import { isIncomplete } from './incomplete';
import type { JudgeBasisRecord, JudgeWindowRecord, StoredOrder } from './records';

/**
 * How far back a read's judgement loads and judges every order: the rules compare an order with others as "new and
 * shipped to again and again" only when all of its address's orders are of the last 180 days (unknown-address-rule.ts),
 * so an older order's findings depend on itself alone. 182 days leaves a margin of 2.
 */
export const JUDGE_WINDOW = 182 * DAY;
/**
 * How far back the history's coverage counts: an address first used in the last 180 days is "new" only where some
 * order fell in each 60-day span of the 180 days before its first use. 366 days leaves a margin of 6.
 */
export const COVERAGE_WINDOW = 366 * DAY;
const COVERAGE_SPAN = 60 * DAY;

/**
 * Of the days with orders (sorted), enough to tell every 60-day span that holds one of them: the first, the last,
 * and each day whose next one is over 60 days after the last kept. Two kept days are then at most 60 days apart or
 * have no day between them, so a span holding a day holds a kept one (the one before it, or the one after).
 */
export function coveringDays(days: readonly string[]): string[] {
  const kept: string[] = [];
  days.forEach((day, i) => {
    const last = kept.at(-1);
    const next = days[i + 1];
    if (last === undefined || next === undefined || epochOf(next) - epochOf(last) > COVERAGE_SPAN) kept.push(day);
  });
  return kept;
}

/** The first day ('YYYY-MM-DD') `span` before `now`'s day: whole UTC days, as the rules count them. */
function dayBefore(now: number, span: number): string {
  return isoDay(Math.floor(now / DAY) * DAY - span);
}

/** The first day of the window ('YYYY-MM-DD'). */
export function windowStartOf(now: number): string {
  return dayBefore(now, JUDGE_WINDOW);
}

/** What the rules see besides the orders. */
export type JudgeWorld = Omit<JudgeInput, 'orders'>;

/** The world without the time (the basis holds for its day) as one string: when any of it changes, the whole history is judged. */
export function worldKeyOf(world: JudgeWorld & { orders?: unknown }): string {
  const { now: _now, orders: _orders, answers, ...rest } = world;
  return JSON.stringify({ ...rest, answers: { mine: [...answers.mine].sort(), notMine: [...answers.notMine].sort() } });
}

/** The orders the owner answered about: a read's judgement loads them by id, whenever they were placed. */
export function answeredIds(world: JudgeWorld): Set<string> {
  return new Set([...world.answers.mine, ...world.answers.notMine]);
}

/**
 * From a judgement of the whole history: the basis, and the window a read judges against (JudgeWindowRecord). The
 * rules compare an order in the window with older ones only by whether some older order went to an address (the
 * earliest order to each ship-to, written alike, answers that for every address that matches it), whether a digital
 * order came after a device was registered (the latest digital order), and whether the history covers the half-year
 * before an address's first use (an order on each of the covering days since COVERAGE_WINDOW): those are its witnesses.
 */
export function basisRecordOf(input: JudgeInput, basis: JudgeBasis, produced: JudgeBasisRecord['produced']): { record: JudgeBasisRecord; window: JudgeWindowRecord } {
  const start = windowStartOf(input.now);
  const coverageStart = dayBefore(input.now, COVERAGE_WINDOW);
  const answered = answeredIds(input);
  const inside = (order: StoredOrder) => order.placedOn === null || order.placedOn >= start || answered.has(order.id);
  const earliestTo = new Map<string, StoredOrder>();
  const firstOfDay = new Map<string, StoredOrder>();
  let latestDigital: StoredOrder | null = null;
  let incompleteOutside = 0;
  for (const order of input.orders) {
    if (inside(order)) continue;
    if (isIncomplete(order)) incompleteOutside += 1;
    if (order.shipTo) {
      const key = JSON.stringify(order.shipTo);
      const known = earliestTo.get(key);
      if (!known || order.placedOn! < known.placedOn!) earliestTo.set(key, order);
    }
    if (order.digital && (!latestDigital || order.placedOn! > latestDigital.placedOn!)) latestDigital = order;
    if (order.placedOn! >= coverageStart && !firstOfDay.has(order.placedOn!)) firstOfDay.set(order.placedOn!, order);
  }
  const witnesses = new Set([...earliestTo.values(), ...(latestDigital ? [latestDigital] : []), ...coveringDays([...firstOfDay.keys()].sort()).map((day) => firstOfDay.get(day)!)]);
  return {
    record: {
      marketplace: input.marketplace,
      judgedWholeAt: input.now,
      day: isoDay(input.now),
      world: worldKeyOf(input),
      ...basis,
      written: [],
      incompleteOutside,
      produced,
    },
    window: { marketplace: input.marketplace, orders: input.orders.filter((order) => inside(order) || witnesses.has(order)) },
  };
}

/**
 * Forgets every basis: after an update the rules and the habits' shape may differ from what the kept ones were
 * worked out with, so the next read of each marketplace judges its whole history.
 */
export async function forgetJudgeBases(db: SentinelDatabase): Promise<void> {
  await db.transaction('rw', db.judgeBasis, db.judgeWindows, () => Promise.all([db.judgeBasis.clear(), db.judgeWindows.clear()]));
}
