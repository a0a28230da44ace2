import type { ShipTo } from '../../amazon/types';
import type { StoredOrder } from '../../db/records';
import { looksLikeForwarder, regionOf, sameAddress, sameCountry, sameRegion } from '../address';
import { ALERT_EVIDENCE, orderFinding } from '../finding';
import { addressShort } from '../../format/address';
import { defineRule, type Rule } from '../rule';
import { ESTABLISHED_AGE } from '../trust-on-first-use';
import { epochOf } from '../world';

export const UNKNOWN_ADDRESS_RULE = 'unknown-address';

/** What makes an address that is not the owner's more than a gift: each sign adds its evidence, named in the reason. */
const SIGNS = {
  otherCountry: { evidence: 1, en: 'in another country', ja: '別の国' },
  otherRegion: { evidence: 0.5, en: 'in another region', ja: '別の地域' },
  forwarder: { evidence: 1, en: 'it looks like a warehouse, forwarder or locker', ja: '倉庫・転送業者・ロッカーのような住所' },
  repeated: { evidence: 0.5, en: 'new, and shipped to again and again', ja: '最近使われ始め、繰り返し発送されている住所' },
  alongside: { evidence: 1, en: 'new, and shipped to again and again while your own orders kept going to your address', ja: '最近使われ始め、普段のお届け先と並行して繰り返し発送されている住所' },
} as const;

/**
 * An address that first appeared within the half-year and was used more than once: a drop being worked, or the
 * owner's new home. 'alongside' when the owner's own addresses kept getting orders since (not a move).
 */
function newAndRepeated(order: StoredOrder, orders: readonly StoredOrder[], own: readonly ShipTo[], now: number): 'alongside' | 'repeated' | null {
  const same = orders.filter((o) => o.shipTo && o.placedOn && sameAddress(o.shipTo, order.shipTo!));
  if (same.length < 2 || !same.every((o) => epochOf(o.placedOn!) > now - ESTABLISHED_AGE)) return null;
  const since = Math.min(...same.map((o) => epochOf(o.placedOn!)));
  // "New" only where the history we hold covers the half-year before its first use, an order in each of its three
  // 60-day spans (pages still unread, or read out of order, or a short history must not make the owner's parents new).
  const held = orders.filter((o) => o.placedOn).map((o) => epochOf(o.placedOn!));
  const span = ESTABLISHED_AGE / 3;
  if (![1, 2, 3].every((k) => held.some((at) => at < since - (k - 1) * span && at >= since - k * span))) return null;
  const ownSince = orders.filter((o) => o.shipTo && o.placedOn && epochOf(o.placedOn) > since && own.some((a) => sameAddress(o.shipTo!, a)));
  return ownSince.length >= 2 ? 'alongside' : 'repeated';
}

/**
 * An order shipped to an address that is not one of the owner's (confirmed, or presumed on first use). Evidence 1 (a
 * warning), plus each sign that it is not a gift: another country, another region, a warehouse/forwarder/locker look,
 * a new address shipped to again and again (more when
 * the owner's own orders kept going to his address meanwhile: a drop, not a move). At ALERT_EVIDENCE it is an alert on its own; below, other signs on the
 * order can make it one. False-positive guard: a one-off gift or hotel in another region is a warning, not an alert;
 * orders without a ship-to (digital) are left to other rules; while the owner has no address at all we say nothing
 * (the popup says orders cannot be checked yet) rather than flag every order.
 */
const detect: Rule = ({ input, ownAddresses }) => {
  if (ownAddresses.length === 0) return [];
  return input.orders.flatMap((order) => {
    const shipTo = order.shipTo;
    if (!shipTo || (shipTo.lines.length === 0 && !shipTo.postalCode)) return [];
    if (ownAddresses.some((own) => sameAddress(shipTo, own))) return [];
    const otherCountry = !ownAddresses.some((own) => sameCountry(shipTo, own));
    const worked = newAndRepeated(order, input.orders, ownAddresses, input.now);
    const signs = [
      otherCountry && SIGNS.otherCountry,
      !otherCountry && regionOf(shipTo) !== null && !ownAddresses.some((own) => sameRegion(shipTo, own)) && SIGNS.otherRegion,
      looksLikeForwarder(shipTo) && SIGNS.forwarder,
      worked !== null && SIGNS[worked],
    ].filter((s) => s !== false);
    const evidence = 1 + signs.reduce((sum, s) => sum + s.evidence, 0);
    const where = addressShort(shipTo);
    const n = ownAddresses.length;
    const en = `Shipped to ${where}, which is not ${n === 1 ? 'your known address' : `one of your ${n} known addresses`}${
      signs.length ? ` (${signs.map((s) => s.en).join('; ')})` : ''
    }.`;
    const ja = `${where} に発送されました。登録済みのお届け先（${n}件）のいずれでもありません${signs.length ? `（${signs.map((s) => s.ja).join('・')}）` : ''}。`;
    return [orderFinding(UNKNOWN_ADDRESS_RULE, input.marketplace, order.id, evidence >= ALERT_EVIDENCE ? 'alert' : 'warning', { en, ja }, evidence)];
  });
};

export const unknownAddressRule = defineRule({
  id: UNKNOWN_ADDRESS_RULE,
  detect,
  // The address the order went to is the owner's.
  learn: ({ order }) => (order?.shipTo ? [{ address: order.shipTo }] : []),
});
