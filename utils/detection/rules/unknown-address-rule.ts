import { looksLikeForwarder, regionOf, sameAddress, sameCountry, sameRegion, shortAddress } from '../address';
import { orderFinding } from '../finding';
import { defineRule, type Rule } from '../rule';

export const UNKNOWN_ADDRESS_RULE = 'unknown-address';

/**
 * An order shipped to an address that is not one of the owner's (confirmed, or presumed on first use). An alert when
 * it also goes to another prefecture/state or country, or to a warehouse/locker-looking address; a warning otherwise.
 * False-positive guard: a gift to a friend in the same region is only a warning; orders without a ship-to (digital)
 * are left to other rules; while the owner has no address at all we say nothing (the popup says orders cannot be
 * checked yet) rather than flag every order.
 */
const detect: Rule = ({ input, ownAddresses }) => {
  if (ownAddresses.length === 0) return [];
  return input.orders.flatMap((order) => {
    const shipTo = order.shipTo;
    if (!shipTo || (shipTo.lines.length === 0 && !shipTo.postalCode)) return [];
    if (ownAddresses.some((own) => sameAddress(shipTo, own))) return [];
    const otherCountry = !ownAddresses.some((own) => sameCountry(shipTo, own));
    const otherRegion = regionOf(shipTo) !== null && !ownAddresses.some((own) => sameRegion(shipTo, own));
    const forwarder = looksLikeForwarder(shipTo);
    const where = shortAddress(shipTo);
    const n = ownAddresses.length;
    const en = `Shipped to ${where}, which is not ${n === 1 ? 'your known address' : `one of your ${n} known addresses`}${
      otherCountry ? ', in another country' : otherRegion ? ', in another region' : ''
    }${forwarder ? ' (it looks like a warehouse or locker)' : ''}.`;
    const ja = `${where} に発送されました。登録済みのお届け先（${n}件）のいずれでもありません${
      otherCountry ? '（別の国）' : otherRegion ? '（別の地域）' : ''
    }${forwarder ? '。倉庫・ロッカーのような住所です' : ''}。`;
    return [orderFinding(UNKNOWN_ADDRESS_RULE, input.marketplace, order.id, otherRegion || otherCountry || forwarder ? 'alert' : 'warning', { en, ja })];
  });
};

export const unknownAddressRule = defineRule({
  id: UNKNOWN_ADDRESS_RULE,
  detect,
  // The address the order went to is the owner's.
  learn: ({ order }) => (order?.shipTo ? [{ address: order.shipTo }] : []),
});
