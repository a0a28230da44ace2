import type { StoredOrder } from '../../db/records';
import { runsOf } from '../habits';
import { ALERT_EVIDENCE, orderFinding } from '../finding';
import { defineRule, learnedValues, money, type Rule } from '../rule';

export const GIFT_CARD_RULE = 'gift-card';

/** Titles of things that turn into money fast: gift cards, balance and digital codes, in the marketplaces' languages. */
const GIFT_CARD_TITLE =
  /gift ?card|gift ?code|e-?gift|giftcard|ギフトカード|ギフト券|ギフトコード|プリペイド|ウォレットコード|digital code|コード版|オンラインコード|itunes|app store|google play|playstation store|psn|nintendo eshop|xbox gift|steam wallet|roblox|paysafecard|geschenkkarte|geschenkgutschein|gutschein|guthaben|carte-cadeau|carte cadeau/i;

export function isGiftCardOrder(order: StoredOrder): boolean {
  return order.items.some((item) => GIFT_CARD_TITLE.test(item.title.normalize('NFKC')));
}

/**
 * Gift cards and digital codes: the category with the highest fraud rate. Judged against the owner's own way of
 * buying them, as runs (each within 2 days of the one before): a run with more of them, or more spent on them, than
 * the owner's busiest is a warning; 3 or more and at least twice the owner's busiest is an alert on its own (the
 * codes-only takeover). False-positive guard: two birthday e-gift cards in the past make a third one ordinary, not
 * five at once; "this was me" raises the yardstick to that run. Combined with other signs on the order it can become
 * an alert (combine.ts).
 */
const detect: Rule = ({ input, habits, recentOrders, isGiftCard }) => {
  const learned = [...learnedValues(input, 'gift-cards')].map((v) => v.split('/').map(Number));
  // ('yes' is what an older version learned: the owner buys one now and then.)
  const usualOrders = Math.max(habits.giftCardRun.orders, ...learned.map(([n]) => (Number.isFinite(n) ? n : 1)));
  const usualSpend = Math.max(habits.giftCardRun.spend, ...learned.map(([, s]) => s || 0));
  return runsOf(recentOrders.filter(isGiftCard)).flatMap((run) => {
    const n = run.orders.length;
    if (n <= usualOrders && run.spend <= usualSpend * 1.5) return [];
    const evidence = n >= 3 && n >= 2 * usualOrders ? ALERT_EVIDENCE : 1;
    const currency = run.orders.find((o) => o.total)?.total?.currency ?? 'JPY';
    const spend = { en: money(run.spend, currency, 'en'), ja: money(run.spend, currency, 'ja') };
    const before = usualOrders === 0
      ? { en: 'you have not bought them before', ja: 'これまで購入履歴がありません' }
      : { en: `your most before was ${usualOrders} (${money(usualSpend, currency, 'en')})`, ja: `これまでの最多は${usualOrders}件（${money(usualSpend, currency, 'ja')}）でした` };
    return run.orders.map((order) =>
      orderFinding(GIFT_CARD_RULE, input.marketplace, order.id, evidence >= ALERT_EVIDENCE ? 'alert' : 'warning', {
        en: `${n === 1 ? 'A gift card or digital code' : `${n} gift cards or digital codes`} (${spend.en}), which attackers buy because they turn into money fast; ${before.en}.`,
        ja: `ギフトカード・デジタルコードの購入${n === 1 ? '' : `が${n}件`}（${spend.ja}）です。すぐ換金できるため乗っ取り犯がよく買うもので、${before.ja}。`,
      }, evidence),
    );
  });
};

export const giftCardRule = defineRule({
  id: GIFT_CARD_RULE,
  detect,
  // A run of this many gift cards, at this spend, is the owner's way of buying them ("count/spend").
  learn: ({ order, orders }) => {
    const run = runsOf(orders.filter(isGiftCardOrder)).find((r) => r.orders.some((o) => o.id === order?.id));
    return [{ kind: 'gift-cards', value: `${run?.orders.length ?? 1}/${run?.spend ?? 0}` }];
  },
});
