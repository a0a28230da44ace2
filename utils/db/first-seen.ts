import type { MarketplaceId } from '../marketplaces';
import type { SentinelDatabase } from './database';

/** The first time we see a marketplace's order history (or address book, or devices) is where trust on first use draws its line. */
export async function markFirstSeen(db: SentinelDatabase, marketplace: MarketplaceId, field: 'firstHistoryAt' | 'firstAddressBookAt' | 'firstDevicesAt', now: number) {
  const state = (await db.marketplaceState.get(marketplace)) ?? { marketplace, firstHistoryAt: null, firstAddressBookAt: null, firstDevicesAt: null };
  if (state[field] === null) await db.marketplaceState.put({ ...state, [field]: now });
}
