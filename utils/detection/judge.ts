import type { OrderSummary } from '../amazon/types';
import type { KnownAddress } from '../db/records';
import type { MarketplaceId } from '../marketplaces';
import type { RuleFinding } from './finding';
import { unknownAddressRule } from './rules/unknown-address-rule';

/** Every rule over every order of one marketplace, against the owner's known world. Pure. */
export function judgeOrders(
  orders: readonly OrderSummary[],
  marketplace: MarketplaceId,
  known: { addresses: readonly KnownAddress[] },
): RuleFinding[] {
  const mine = known.addresses.filter((a) => a.marketplace === marketplace);
  return orders.flatMap((order) => {
    const finding = unknownAddressRule(order, marketplace, mine);
    return finding ? [finding] : [];
  });
}
