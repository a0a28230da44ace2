import type { StoredOrder } from '../db/records';
import { TRUST_AGE, epochOf, type JudgeInput } from './world';

/** What the owner normally does, from the orders we can trust to be theirs. */
export interface Habits {
  orderCount: number;
  cards: Set<string>;
  /** Share of orders paid (partly) with points, and with gift-card balance. */
  pointsShare: number;
  giftCardShare: number;
  medianTotal: number | null;
  /** The most digital orders the owner placed on any one day. */
  maxDigitalPerDay: number;
  giftCardPurchases: number;
}

/**
 * The owner's baseline: orders placed at least 30 days ago that nobody disowned, plus orders the owner answered
 * "this was me". Recent unanswered orders are what we judge, so they never vouch for themselves.
 */
export function baselineOrders(input: JudgeInput): StoredOrder[] {
  const cutoff = input.now - TRUST_AGE;
  return input.orders.filter((o) => {
    if (input.answers.notMine.has(o.id)) return false;
    if (input.answers.mine.has(o.id)) return true;
    return o.placedOn !== null && epochOf(o.placedOn) <= cutoff;
  });
}

export function habitsOf(orders: readonly StoredOrder[], isGiftCard: (o: StoredOrder) => boolean): Habits {
  const cards = new Set<string>();
  let points = 0;
  let giftCard = 0;
  const digitalPerDay = new Map<string, number>();
  for (const order of orders) {
    for (const p of order.payments ?? []) if (p.kind === 'card' && p.lastDigits) cards.add(p.lastDigits);
    const kinds = new Set([...(order.charges ?? []).map((c) => c.kind), ...(order.payments ?? []).map((p) => p.kind)]);
    if (kinds.has('points')) points += 1;
    if (kinds.has('gift-card')) giftCard += 1;
    if (order.digital && order.placedOn) digitalPerDay.set(order.placedOn, (digitalPerDay.get(order.placedOn) ?? 0) + 1);
  }
  const totals = orders.map((o) => o.total?.amount).filter((a): a is number => typeof a === 'number' && a > 0).sort((a, b) => a - b);
  return {
    orderCount: orders.length,
    cards,
    pointsShare: orders.length ? points / orders.length : 0,
    giftCardShare: orders.length ? giftCard / orders.length : 0,
    medianTotal: totals.length ? totals[Math.floor(totals.length / 2)] : null,
    maxDigitalPerDay: Math.max(0, ...digitalPerDay.values()),
    giftCardPurchases: orders.filter(isGiftCard).length,
  };
}
