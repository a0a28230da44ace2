import type { OrderSummary } from '../../amazon/types';
import type { KnownAddress } from '../../db/records';
import type { MarketplaceId } from '../../marketplaces';
import { looksLikeForwarder, normalizeText, sameAddress, shortAddress } from '../address';
import { findingId, type RuleFinding } from '../finding';

export const UNKNOWN_ADDRESS_RULE = 'unknown-address';

/**
 * An order shipped to an address that is not one of the owner's known addresses. An alert when it also goes to
 * another prefecture/state or country, or to a warehouse/locker-looking address; a warning otherwise (a friend's
 * address in the same city is common). Orders without a ship-to (digital) and owners with no known address yet
 * are left to other rules: flagging every order before the owner said where they live would teach them to ignore us.
 */
export function unknownAddressRule(
  order: OrderSummary,
  marketplace: MarketplaceId,
  known: readonly KnownAddress[],
): RuleFinding | null {
  const shipTo = order.shipTo;
  if (!shipTo || (shipTo.lines.length === 0 && !shipTo.postalCode) || known.length === 0) return null;
  if (known.some((k) => sameAddress(shipTo, k.address))) return null;
  const knownRegions = new Set(known.map((k) => normalizeText(k.address.region ?? '')));
  const otherRegion = shipTo.region !== null && !knownRegions.has(normalizeText(shipTo.region));
  const knownCountries = new Set(known.map((k) => normalizeText(k.address.country ?? '')));
  const otherCountry = shipTo.country !== null && known.every((k) => k.address.country) && !knownCountries.has(normalizeText(shipTo.country));
  const forwarder = looksLikeForwarder(shipTo);
  const where = shortAddress(shipTo);
  const n = known.length;
  const en = `Shipped to ${where}, which is not ${n === 1 ? 'your known address' : `one of your ${n} known addresses`}${
    otherCountry ? ', in another country' : otherRegion ? ', in another region' : ''
  }${forwarder ? ' (it looks like a warehouse or locker)' : ''}.`;
  const ja = `${where} に発送されました。登録済みのお届け先（${n}件）のいずれでもありません${
    otherCountry ? '（別の国）' : otherRegion ? '（別の地域）' : ''
  }${forwarder ? '。倉庫・ロッカーのような住所です' : ''}。`;
  return {
    id: findingId(UNKNOWN_ADDRESS_RULE, marketplace, order.id),
    rule: UNKNOWN_ADDRESS_RULE,
    marketplace,
    orderId: order.id,
    severity: otherRegion || otherCountry || forwarder ? 'alert' : 'warning',
    reason: { en, ja },
  };
}
