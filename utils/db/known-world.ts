import type { ShipTo } from '../amazon/types';
import { sameAddress } from '../detection/address';
import { presumedAddressUses } from '../detection/trust-on-first-use';
import type { MarketplaceId } from '../marketplaces';
import type { SentinelDatabase } from './database';
import { judgeMarketplace } from './judge-marketplace';
import type { DeviceEntry, KnownAddress } from './records';
import { inOneTransaction } from './transaction';

/*
 * What the owner tells us is theirs: addresses and devices. Every change and the judgement it causes commit
 * together (findings the change explains are withdrawn at once).
 */

/** An address trusted on first use, shown to the owner as "presumed: used by 14 orders since 2024-03; yours?". */
export interface PresumedAddress {
  marketplace: MarketplaceId;
  address: ShipTo;
  orders: number;
  since: string;
}

/** The owner's addresses, and those trusted on first use that they have not confirmed yet. */
export async function listKnownAddresses(db: SentinelDatabase): Promise<{ known: KnownAddress[]; presumed: PresumedAddress[] }> {
  return db.transaction('r', [db.knownAddresses, db.marketplaceState, db.orders], async () => {
    const known = await db.knownAddresses.toArray();
    const presumed: PresumedAddress[] = [];
    for (const state of await db.marketplaceState.toArray()) {
      const orders = await db.orders.where('marketplace').equals(state.marketplace).toArray();
      const mine = known.filter((k) => k.marketplace === state.marketplace);
      for (const use of presumedAddressUses(orders, state.firstHistoryAt, state.rejectedAddresses, mine.filter((k) => k.source !== 'answer').map((k) => k.address))) {
        if (!mine.some((k) => sameAddress(k.address, use.address))) presumed.push({ marketplace: state.marketplace, ...use });
      }
    }
    return { known, presumed };
  });
}

/** Addresses from a file the owner chose (the `--known` format); each counts as entered by hand. */
export function importKnownAddresses(db: SentinelDatabase, marketplace: MarketplaceId, addresses: readonly ShipTo[], now: number) {
  return inOneTransaction(db, async () => {
    await db.knownAddresses.bulkAdd(addresses.map((address) => ({ marketplace, address, source: 'import' as const, addedAt: now })));
    await judgeMarketplace(db, marketplace, now);
    return { imported: addresses.length };
  });
}

/** Adds an address the owner entered, and judges that marketplace's orders again. */
export function addKnownAddress(db: SentinelDatabase, marketplace: MarketplaceId, address: ShipTo, now: number): Promise<KnownAddress> {
  return inOneTransaction(db, async () => {
    const record: KnownAddress = { marketplace, address, source: 'manual', addedAt: now };
    record.id = await db.knownAddresses.add(record);
    await judgeMarketplace(db, marketplace, now);
    return record;
  });
}

/**
 * The owner says an address trust on first use presumed is not theirs: it is never presumed again, and every order
 * that went there is judged at once as going to an unknown address.
 */
export function rejectPresumedAddress(db: SentinelDatabase, marketplace: MarketplaceId, address: ShipTo, now: number): Promise<{ rejected: boolean }> {
  return inOneTransaction(db, async () => {
    const state = await db.marketplaceState.get(marketplace);
    if (!state) return { rejected: false };
    const rejected = state.rejectedAddresses ?? [];
    if (!rejected.some((r) => sameAddress(r, address))) await db.marketplaceState.put({ ...state, rejectedAddresses: [...rejected, address] });
    await judgeMarketplace(db, marketplace, now);
    return { rejected: true };
  });
}

export function removeKnownAddress(db: SentinelDatabase, id: number, now: number): Promise<{ removed: boolean }> {
  return inOneTransaction(db, async () => {
    const existing = await db.knownAddresses.get(id);
    if (!existing) return { removed: false };
    await db.knownAddresses.delete(id);
    await judgeMarketplace(db, existing.marketplace, now);
    return { removed: true };
  });
}

/** The devices seen on Content & Devices, and which the owner confirmed (`${marketplace}|${name}`). */
export async function listDevices(db: SentinelDatabase): Promise<{ devices: DeviceEntry[]; confirmed: string[] }> {
  const [devices, learned] = await Promise.all([db.devices.toArray(), db.learned.toArray()]);
  return { devices, confirmed: learned.filter((f) => f.kind === 'device').map((f) => `${f.marketplace}|${f.value}`) };
}

export function confirmDevice(db: SentinelDatabase, marketplace: MarketplaceId, name: string, now: number): Promise<{ confirmed: boolean }> {
  return inOneTransaction(db, async () => {
    await db.learned.put({ id: `${marketplace}|device|${name}`, marketplace, kind: 'device', value: name, addedAt: now });
    await judgeMarketplace(db, marketplace, now);
    return { confirmed: true };
  });
}

export function forgetDevice(db: SentinelDatabase, id: string, now: number): Promise<{ forgotten: boolean }> {
  return inOneTransaction(db, async () => {
    const device = await db.devices.get(id);
    if (!device) return { forgotten: false };
    await db.devices.delete(id);
    await db.learned.delete(`${device.marketplace}|device|${device.name}`);
    await judgeMarketplace(db, device.marketplace, now);
    return { forgotten: true };
  });
}
