import { orderFinding } from '../finding';
import { defineRule, learnedValues, money, type Rule } from '../rule';

export const HIGH_VALUE_RULE = 'high-value';
const FACTOR = 3;
/** Below these an order is not "far above" anything worth a warning. */
const FLOOR: Record<string, number> = { JPY: 10_000, USD: 100, CAD: 130, GBP: 80, EUR: 90 };

/**
 * An order far above the owner's typical value (fraudulent orders average about 3× the owner's). A warning, with at
 * least 5 baseline orders to know what typical is. False-positive guard: a floor per currency, and "this was me"
 * raises the yardstick to that order's value.
 */
const detect: Rule = ({ input, habits, recentOrders }) => {
  if (habits.orderCount < 5 || habits.medianTotal === null) return [];
  const learnedMax = Math.max(0, ...[...learnedValues(input, 'high-value')].map(Number));
  return recentOrders.flatMap((order) => {
    const total = order.total;
    if (!total || total.amount < (FLOOR[total.currency] ?? 0) || total.amount <= learnedMax) return [];
    const ratio = total.amount / habits.medianTotal!;
    if (ratio < FACTOR) return [];
    const r = Math.round(ratio);
    return [
      orderFinding(HIGH_VALUE_RULE, input.marketplace, order.id, 'warning', {
        en: `${money(total.amount, total.currency, 'en')} is about ${r}× your typical order (${money(habits.medianTotal!, total.currency, 'en')}).`,
        ja: `${money(total.amount, total.currency, 'ja')} は、いつもの注文（${money(habits.medianTotal!, total.currency, 'ja')}）の約${r}倍です。`,
      }),
    ];
  });
};

export const highValueRule = defineRule({
  id: HIGH_VALUE_RULE,
  detect,
  // Orders up to this amount are the owner's.
  learn: ({ order }) => (order?.total ? [{ kind: 'high-value', value: String(order.total.amount) }] : []),
});
