import type { ShipTo } from '../utils/amazon/types';

/** One line for an address in lists (page text, rendered as text). */
export function addressSummary(address: ShipTo): string {
  return [address.name, address.postalCode, address.region, ...address.lines, address.country].filter(Boolean).join(' ');
}
