import type { ShipTo } from '../amazon/types';
import type { SentinelDatabase } from '../db/database';
import { knownAddresses } from '../db/operations';
import type { KnownAddress } from '../db/records';
import type { MarketplaceId } from '../marketplaces';
import { rejudge } from './rejudge';

export function listKnownAddresses(db: SentinelDatabase): Promise<KnownAddress[]> {
  return knownAddresses(db);
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
