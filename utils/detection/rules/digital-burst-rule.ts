import { orderFinding } from '../finding';
import { defineRule, learnedValues, type Rule } from '../rule';

export const DIGITAL_BURST_RULE = 'digital-burst';
const BURST = 3;

/**
 * Several digital orders (e-books, games, codes) on one day, far above the owner's own most on any day: the story's
 * 5 e-books. An alert when the day has at least 3 and at least 3× the owner's busiest digital day; a warning when it
 * has at least 3 but the owner has had busy days before. False-positive guard: the owner's own busiest day is the
 * yardstick, and "this was me" on a burst raises it.
 */
const detect: Rule = ({ input, habits }) => {
  const byDay = new Map<string, string[]>();
  for (const order of input.orders) {
    if (!order.digital || !order.placedOn) continue;
    byDay.set(order.placedOn, [...(byDay.get(order.placedOn) ?? []), order.id]);
  }
  const learnedMax = Math.max(0, ...[...learnedValues(input, 'digital-burst')].map(Number));
  const usual = Math.max(habits.maxDigitalPerDay, learnedMax);
  return [...byDay].flatMap(([day, ids]) => {
    const n = ids.length;
    if (n < BURST || n <= usual) return [];
    const severity = n >= 3 * Math.max(1, usual) ? 'alert' : 'warning';
    const en = `${n} digital orders (e-books, games, codes) on ${day}; ${
      usual === 0 ? 'you had placed none before' : `you have never placed more than ${usual} on one day before`
    }.`;
    const ja = `${day} にデジタル注文（電子書籍・ゲーム・コードなど）が${n}件ありました。${
      usual === 0 ? 'これまでデジタル注文はありませんでした' : `これまでは1日に多くても${usual}件でした`
    }。`;
    return ids.map((id) => orderFinding(DIGITAL_BURST_RULE, input.marketplace, id, severity, { en, ja }));
  });
};

export const digitalBurstRule = defineRule({
  id: DIGITAL_BURST_RULE,
  detect,
  // A day of this many digital orders is the owner's way of buying.
  learn: ({ order, orders }) => [{ kind: 'digital-burst', value: String(orders.filter((o) => o.digital && o.placedOn === order?.placedOn).length) }],
});
