import type { StoredOrder } from '../../db/records';
import { ALERT_EVIDENCE, orderFinding } from '../finding';
import { defineRule, learnedValues, money, type Rule } from '../rule';

export const POINTS_OR_BALANCE_RULE = 'points-or-balance';

function paidWith(order: StoredOrder, kind: 'points' | 'gift-card'): number | null {
  const charge = order.charges?.find((c) => c.kind === kind);
  if (charge) return Math.abs(charge.amount.amount);
  return order.payments?.some((p) => p.kind === kind) ? 0 : null;
}

/** Payments of fewer orders than this say nothing of the owner's habit: "never used" needs them. */
const KNOWN_ENOUGH = 5;

/**
 * Paid with points or gift-card balance the owner does not normally use (the story's game, paid with points he never
 * had). Known only from the order-detail page, and judged against the orders whose payment we have read. Evidence:
 * 2 (an alert) when the owner has never paid that way in at least 5 known payments; 1.5 when too few payments are
 * known to say (nothing shows he uses it); 1 when rarely (under 10 %); the whole order paid that way adds 0.5 (nothing
 * of the owner's own card in it, as in the points drains).
 * False-positive guard: an owner who pays that way on 10 % or more of known payments, or answered "this was me", is
 * not flagged.
 */
const detect: Rule = ({ input, habits, recentOrders }) => {
  const learned = learnedValues(input, 'payment-kind');
  return recentOrders.flatMap((order) =>
    (['points', 'gift-card'] as const).flatMap((kind) => {
      const amount = paidWith(order, kind);
      const share = kind === 'points' ? habits.pointsShare : habits.giftCardShare;
      if (amount === null || learned.has(kind) || share >= 0.1) return [];
      const currency = order.total?.currency ?? 'JPY';
      const sum = amount > 0 ? { en: ` (${money(amount, currency, 'en')})`, ja: `（${money(amount, currency, 'ja')}）` } : { en: '', ja: '' };
      const what = kind === 'points' ? { en: 'Amazon points', ja: 'Amazonポイント' } : { en: 'gift-card balance', ja: 'Amazonギフトカード残高' };
      const known = habits.paymentsKnown >= KNOWN_ENOUGH;
      const never = known && share === 0;
      const whole = amount > 0 && order.total !== null && amount >= order.total.amount;
      const evidence = (never ? ALERT_EVIDENCE : known ? 1 : 1.5) + (whole ? 0.5 : 0);
      const habit = !known
        ? { en: `we have seen how you paid for only ${habits.paymentsKnown} order${habits.paymentsKnown === 1 ? '' : 's'}`, ja: `お支払い方法を確認できた注文はまだ${habits.paymentsKnown}件です` }
        : never
          ? { en: 'which you have never used to pay', ja: 'これまで一度も使っていない支払い方法です' }
          : { en: 'which you rarely use to pay', ja: 'これまでほとんど使っていない支払い方法です' };
      return [
        orderFinding(POINTS_OR_BALANCE_RULE, input.marketplace, order.id, evidence >= ALERT_EVIDENCE ? 'alert' : 'warning', {
          en: `Paid ${whole ? 'entirely ' : ''}with ${what.en}${sum.en}, ${habit.en}.`,
          ja: `${whole ? '全額' : ''}${what.ja}${sum.ja}で支払われています。${habit.ja}。`,
        }, evidence),
      ];
    }),
  );
};

export const pointsOrBalanceRule = defineRule({
  id: POINTS_OR_BALANCE_RULE,
  detect,
  // The owner pays with points or gift-card balance.
  learn: ({ order }) =>
    (['points', 'gift-card'] as const)
      .filter((kind) => order?.charges?.some((c) => c.kind === kind) || order?.payments?.some((p) => p.kind === kind))
      .map((kind) => ({ kind: 'payment-kind' as const, value: kind })),
});
