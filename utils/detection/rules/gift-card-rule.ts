import type { StoredOrder } from '../../db/records';
import { orderFinding } from '../finding';
import { defineRule, learnedValues, type Rule } from '../rule';

export const GIFT_CARD_RULE = 'gift-card';

/** Titles of things that turn into money fast: gift cards and digital codes. */
const GIFT_CARD_TITLE = /gift ?card|e-?gift|giftcard|ギフトカード|ギフト券|プリペイド|digital code|\[digital code\]|コード版|オンラインコード|itunes|app store|google play|playstation store|psn|nintendo eshop|xbox gift|steam wallet|gutschein|guthaben|carte-cadeau|carte cadeau/i;

export function isGiftCardOrder(order: StoredOrder): boolean {
  return order.items.some((item) => GIFT_CARD_TITLE.test(item.title.normalize('NFKC')));
}

/**
 * Gift cards and digital codes: the category with the highest fraud rate. A warning, unless the owner buys them
 * regularly (at least 2 in the baseline, or answered "this was me" to one). Combined with another finding on the same
 * order it becomes an alert (see combine.ts).
 */
const detect: Rule = ({ input, habits, recentOrders, isGiftCard }) => {
  if (habits.giftCardPurchases >= 2 || learnedValues(input, 'gift-cards').size > 0) return [];
  return recentOrders.filter(isGiftCard).map((order) =>
    orderFinding(GIFT_CARD_RULE, input.marketplace, order.id, 'warning', {
      en: 'A gift card or digital code, which attackers buy because it turns into money fast; you have not bought them before.',
      ja: 'ギフトカード・デジタルコードの購入です。すぐ換金できるため乗っ取り犯がよく買うもので、これまで購入履歴がありません。',
    }),
  );
};

export const giftCardRule = defineRule({
  id: GIFT_CARD_RULE,
  detect,
  // The owner buys gift cards: no longer unusual.
  learn: () => [{ kind: 'gift-cards', value: 'yes' }],
});
