import type { StoredOrder } from '../../db/records';
import { orderFinding } from '../finding';
import { defineRule, learnedValues, money, type Rule } from '../rule';

export const POINTS_OR_BALANCE_RULE = 'points-or-balance';

function paidWith(order: StoredOrder, kind: 'points' | 'gift-card'): number | null {
  const charge = order.charges?.find((c) => c.kind === kind);
  if (charge) return Math.abs(charge.amount.amount);
  return order.payments?.some((p) => p.kind === kind) ? 0 : null;
}

/**
 * Paid with points or gift-card balance the owner does not normally use (the story's game, paid with points he never
 * had). An alert when the owner has never paid that way; a warning when rarely (under 10 % of orders). Known only
 * from the order-detail page. False-positive guard: an owner who uses points on 10 % or more of orders, or answered
 * "this was me", is not flagged.
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
      const never = share === 0;
      return [
        orderFinding(POINTS_OR_BALANCE_RULE, input.marketplace, order.id, never ? 'alert' : 'warning', {
          en: `Paid with ${what.en}${sum.en}, which you ${never ? 'have never used' : 'rarely use'} to pay.`,
          ja: `${what.ja}${sum.ja}で支払われています。これまで${never ? '一度も使っていない' : 'ほとんど使っていない'}支払い方法です。`,
        }),
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
