import { orderFinding } from '../finding';
import { defineRule, learnedValues, type Rule } from '../rule';

export const UNFAMILIAR_CARD_RULE = 'unfamiliar-card';

/**
 * A card the owner has not paid with before (by its last digits, from order-detail pages). A warning: a new card of
 * the owner's own is common. False-positive guard: only once the baseline knows at least one card, and never for a
 * card the owner confirmed.
 */
const detect: Rule = ({ input, habits, recentOrders }) => {
  const known = new Set([...habits.cards, ...learnedValues(input, 'card')]);
  if (habits.cards.size === 0) return [];
  return recentOrders.flatMap((order) => {
    const card = order.payments?.find((p) => p.kind === 'card' && p.lastDigits && !known.has(p.lastDigits));
    if (!card) return [];
    const name = [card.brand, `…${card.lastDigits}`].filter(Boolean).join(' ');
    return [
      orderFinding(UNFAMILIAR_CARD_RULE, input.marketplace, order.id, 'warning', {
        en: `Paid with ${name}, a card you have not used on this account before.`,
        ja: `${name} で支払われています。このアカウントでこれまで使われていないカードです。`,
      }),
    ];
  });
};

export const unfamiliarCardRule = defineRule({
  id: UNFAMILIAR_CARD_RULE,
  detect,
  // The card is the owner's.
  learn: ({ order }) => (order?.payments ?? []).flatMap((p) => (p.kind === 'card' && p.lastDigits ? [{ kind: 'card' as const, value: p.lastDigits }] : [])),
});
