import type { ShipTo } from '../amazon/types';
import type { SentinelDatabase } from '../db/database';
import { knownAddresses } from '../db/operations';
import type { KnownAddress } from '../db/records';
import { sameAddress } from '../detection/address';
import { presumedAddresses } from '../detection/trust-on-first-use';
import type { PresumedAddress, Replies } from '../messages';
import type { MarketplaceId } from '../marketplaces';
import { rejudge } from './rejudge';

/** The owner's addresses, and those trusted on first use that they have not confirmed yet. */
export async function listKnownAddresses(db: SentinelDatabase): Promise<Replies['options:list-known-addresses']> {
  const known = await knownAddresses(db);
  const presumed: PresumedAddress[] = [];
  for (const state of await db.marketplaceState.toArray()) {
    const orders = await db.orders.where('marketplace').equals(state.marketplace).toArray();
    const mine = known.filter((k) => k.marketplace === state.marketplace);
    for (const address of presumedAddresses(orders, state.firstHistoryAt)) {
      if (!mine.some((k) => sameAddress(k.address, address))) presumed.push({ marketplace: state.marketplace, address });
    }
  }
  return { known, presumed };
}

/** Addresses from a file the owner chose (the `--known` format); each counts as entered by hand. */
export async function importKnownAddresses(db: SentinelDatabase, marketplace: MarketplaceId, addresses: readonly ShipTo[], now: number) {
  await db.knownAddresses.bulkAdd(addresses.map((address) => ({ marketplace, address, source: 'import' as const, addedAt: now })));
  await rejudge(db, marketplace, now);
  return { imported: addresses.length };
}

/** Adds an address the owner entered, and judges that marketplace's orders again (findings it explains go away). */
export async function addKnownAddress(db: SentinelDatabase, marketplace: MarketplaceId, address: ShipTo, now: number): Promise<KnownAddress> {
  const record: KnownAddress = { marketplace, address, source: 'manual', addedAt: now };
  record.id = await db.knownAddresses.add(record);
  await rejudge(db, marketplace, now);
  return record;
}

export async function removeKnownAddress(db: SentinelDatabase, id: number, now: number): Promise<{ removed: boolean }> {
  const existing = await db.knownAddresses.get(id);
  if (!existing) return { removed: false };
  await db.knownAddresses.delete(id);
  await rejudge(db, existing.marketplace, now);
  return { removed: true };
}
