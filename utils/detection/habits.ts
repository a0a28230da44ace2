import type { StoredOrder } from '../db/records';
import { DAY, TRUST_AGE, epochOf, type JudgeInput } from './world';

/** Orders of one kind placed close together (each within 2 days of the one before): a binge, or a takeover's burst. */
export interface Run {
  orders: StoredOrder[];
  /** What they cost together (in the marketplace's currency). */
  spend: number;
  from: string;
  to: string;
}

/** The most orders and the most spend of any run: the owner's own busiest. */
export interface RunHabit {
  orders: number;
  spend: number;
}

const RUN_GAP = 2 * DAY;

export function runsOf(orders: readonly StoredOrder[]): Run[] {
  const dated = orders.filter((o) => o.placedOn).sort((a, b) => (a.placedOn! < b.placedOn! ? -1 : a.placedOn! > b.placedOn! ? 1 : 0));
  const runs: Run[] = [];
  for (const order of dated) {
    const last = runs.at(-1);
    if (last && epochOf(order.placedOn!) - epochOf(last.to) <= RUN_GAP) {
      last.orders.push(order);
      last.to = order.placedOn!;
    } else runs.push({ orders: [order], spend: 0, from: order.placedOn!, to: order.placedOn! });
  }
  for (const run of runs) run.spend = run.orders.reduce((sum, o) => sum + (o.total?.amount ?? 0), 0);
  return runs;
}

function busiest(orders: readonly StoredOrder[]): RunHabit {
  const runs = runsOf(orders);
  return { orders: Math.max(0, ...runs.map((r) => r.orders.length)), spend: Math.max(0, ...runs.map((r) => r.spend)) };
}

/** What the owner normally does, from the orders we can trust to be theirs. */
export interface Habits {
  orderCount: number;
  cards: Set<string>;
  /** Share of orders paid (partly) with points, and with gift-card balance, of the orders whose payment we know. */
  pointsShare: number;
  giftCardShare: number;
  /** Of how many orders the payment is known (read from their detail pages). */
  paymentsKnown: number;
  medianTotal: number | null;
  /** The owner's busiest run of digital orders (e-books, games, codes, gift cards). */
  digitalRun: RunHabit;
  /** The owner's busiest run of gift-card and code orders. */
  giftCardRun: RunHabit;
}

/**
 * The owner's baseline: orders placed at least 30 days ago that nobody disowned, plus orders the owner answered
 * "this was me". Recent unanswered orders are what we judge, so they never vouch for themselves.
 */
export function baselineOrders(input: JudgeInput): StoredOrder[] {
  return input.orders.filter(isInBaseline(input));
}

export function isInBaseline(input: Pick<JudgeInput, 'now' | 'answers'>): (order: StoredOrder) => boolean {
  const cutoff = input.now - TRUST_AGE;
  return (o) => {
    if (input.answers.notMine.has(o.id)) return false;
    if (input.answers.mine.has(o.id)) return true;
    return o.placedOn !== null && epochOf(o.placedOn) <= cutoff;
  };
}

/** Digital for bursts: e-books and games, and gift cards and codes, which arrive by e-mail just as fast. */
export function isDigitalLike(order: StoredOrder, isGiftCard: (o: StoredOrder) => boolean): boolean {
  return order.digital || isGiftCard(order);
}

export function habitsOf(orders: readonly StoredOrder[], isGiftCard: (o: StoredOrder) => boolean): Habits {
  const cards = new Set<string>();
  let points = 0;
  let giftCard = 0;
  let paymentKnown = 0;
  for (const order of orders) {
    for (const p of order.payments ?? []) if (p.kind === 'card' && p.lastDigits) cards.add(p.lastDigits);
    if (!order.payments?.length && !order.charges?.length) continue;
    paymentKnown += 1;
    const kinds = new Set([...(order.charges ?? []).map((c) => c.kind), ...(order.payments ?? []).map((p) => p.kind)]);
    if (kinds.has('points')) points += 1;
    if (kinds.has('gift-card')) giftCard += 1;
  }
  const totals = orders.map((o) => o.total?.amount).filter((a): a is number => typeof a === 'number' && a > 0).sort((a, b) => a - b);
  return {
    orderCount: orders.length,
    cards,
    pointsShare: paymentKnown ? points / paymentKnown : 0,
    giftCardShare: paymentKnown ? giftCard / paymentKnown : 0,
    paymentsKnown: paymentKnown,
    medianTotal: totals.length ? totals[Math.floor(totals.length / 2)] : null,
    digitalRun: busiest(orders.filter((o) => isDigitalLike(o, isGiftCard))),
    giftCardRun: busiest(orders.filter(isGiftCard)),
  };
}
