import { isDigitalLike, runsOf } from '../habits';
import { ALERT_EVIDENCE, orderFinding } from '../finding';
import { defineRule, learnedValues, money, type Rule } from '../rule';
import { isGiftCardOrder } from './gift-card-rule';

export const DIGITAL_BURST_RULE = 'digital-burst';
const BURST = 3;

/**
 * A run of digital orders (e-books, games, codes, gift cards; each within 2 days of the one before) beyond the
 * owner's own busiest run: the story's 5 e-books, or 2 a day for a week. Evidence: the first run of digital orders ever
 * ALERT_EVIDENCE, more orders than the owner's busiest run 1, at least twice as many 0.5, more than twice its spend 1 — so a binge reader's account still alerts
 * on a takeover that spends far more than his binges. False-positive guard: at least 3 orders; the owner's own
 * busiest run (count and spend) is the yardstick, and "this was me" on a burst raises it.
 */
const detect: Rule = ({ input, habits, recentOrders, isGiftCard }) => {
  const learned = [...learnedValues(input, 'digital-burst')].map((v) => v.split('/').map(Number));
  const usualOrders = Math.max(habits.digitalRun.orders, ...learned.map(([n]) => n || 0));
  const usualSpend = Math.max(habits.digitalRun.spend, ...learned.map(([, s]) => s || 0));
  const currency = recentOrders.find((o) => o.total)?.total?.currency ?? 'JPY';
  return runsOf(recentOrders.filter((o) => isDigitalLike(o, isGiftCard))).flatMap((run) => {
    const n = run.orders.length;
    if (n < BURST) return [];
    const more = n > usualOrders;
    const signs = [
      more && { evidence: usualOrders === 0 ? ALERT_EVIDENCE : 1, en: usualOrders === 0 ? 'you had placed none before' : `your busiest run before had ${usualOrders}`, ja: usualOrders === 0 ? 'これまでデジタル注文はありませんでした' : `これまでの最多は${usualOrders}件でした` },
      n >= 2 * usualOrders && usualOrders > 0 && { evidence: 0.5, en: 'at least twice as many', ja: '2倍以上です' },
      usualSpend > 0 && run.spend > 2 * usualSpend && { evidence: 1, en: `${money(run.spend, currency, 'en')} together, over twice your most (${money(usualSpend, currency, 'en')})`, ja: `合計${money(run.spend, currency, 'ja')}で、これまでの最多（${money(usualSpend, currency, 'ja')}）の2倍を超えます` },
    ].filter((s) => s !== false);
    if (!more && signs.length === 0) return [];
    const evidence = Math.max(1, signs.reduce((sum, s) => sum + s.evidence, 0));
    const days = run.from === run.to ? run.from : `${run.from} – ${run.to}`;
    const en = `${n} digital orders (e-books, games, codes) on ${days}; ${signs.map((s) => s.en).join('; ')}.`;
    const ja = `${days} にデジタル注文（電子書籍・ゲーム・コードなど）が${n}件ありました。${signs.map((s) => s.ja).join('。')}。`;
    return run.orders.map((o) => orderFinding(DIGITAL_BURST_RULE, input.marketplace, o.id, evidence >= ALERT_EVIDENCE ? 'alert' : 'warning', { en, ja }, evidence));
  });
};

export const digitalBurstRule = defineRule({
  id: DIGITAL_BURST_RULE,
  detect,
  // A run of this many digital orders, at this spend, is the owner's way of buying ("count/spend").
  learn: ({ order, orders }) => {
    const run = order?.placedOn ? runsOf(orders.filter((o) => isDigitalLike(o, isGiftCardOrder))).find((r) => r.orders.some((o) => o.id === order.id)) : undefined;
    return [{ kind: 'digital-burst', value: `${run?.orders.length ?? 0}/${run?.spend ?? 0}` }];
  },
});
