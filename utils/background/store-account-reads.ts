import type { AddressBookResult, DevicesResult, LoginSecurityResult, LoginSecuritySnapshot } from '../amazon/account-types';
import type { SentinelDatabase } from '../db/database';
import type { SecuritySnapshot } from '../db/records';
import { sameAddress } from '../detection/address';
import { rejudge } from './rejudge';
import { markFirstSeen } from './store-order-list-read';

/**
 * The address book as read now: addresses seen before keep when they first appeared (the line between "was there"
 * and "added since"); an address no longer in the book stays remembered, since an attacker may add then delete one.
 */
export async function storeAddressBookRead(db: SentinelDatabase, read: AddressBookResult, now: number) {
  if (!read.recognized) return { stored: 0, findings: 0 };
  await markFirstSeen(db, read.marketplace, 'firstAddressBookAt', now);
  await db.transaction('rw', db.addressBook, async () => {
    const known = await db.addressBook.where('marketplace').equals(read.marketplace).toArray();
    for (const { address } of read.addresses) {
      const entry = known.find((k) => sameAddress(k.address, address));
      if (entry) {
        await db.addressBook.update(entry.id!, { lastSeenAt: now });
        continue;
      }
      const added = { marketplace: read.marketplace, address, firstSeenAt: now, lastSeenAt: now };
      known.push({ ...added, id: await db.addressBook.add(added) });
    }
  });
  return { stored: read.addresses.length, findings: await rejudge(db, read.marketplace, now) };
}

/** The registered devices as read now, each remembered with when we first saw it. */
export async function storeDevicesRead(db: SentinelDatabase, read: DevicesResult, now: number) {
  if (!read.recognized) return { stored: 0, findings: 0 };
  await markFirstSeen(db, read.marketplace, 'firstDevicesAt', now);
  await db.transaction('rw', db.devices, async () => {
    for (const device of read.devices) {
      const id = `${read.marketplace}|${device.name}`;
      const before = await db.devices.get(id);
      await db.devices.put({ id, marketplace: read.marketplace, ...device, firstSeenAt: before?.firstSeenAt ?? now, lastSeenAt: now });
    }
  });
  return { stored: read.devices.length, findings: await rejudge(db, read.marketplace, now) };
}

function toSnapshot(read: LoginSecuritySnapshot): SecuritySnapshot {
  const methods = read.twoStep.methods.map((m) => m.phoneLastDigits ?? (m.kind === 'authenticator' ? 'app' : m.kind));
  const added = read.twoStep.methods.map((m) => m.addedOn).filter((d): d is string => d !== null).sort();
  return {
    email: read.email,
    mobileLastDigits: read.mobileLastDigits,
    twoStepEnabled: read.twoStep.enabled,
    twoStepMethods: read.twoStep.enabled ? methods : [],
    twoStepAddedOn: added[0] ?? null,
    passkeys: read.passkeys,
  };
}

/**
 * Login & security and the 2SV settings page each show part of the picture; what a page does not show (null) keeps
 * what we knew. A field that changes makes the snapshot before it `previous`, so the change stays visible to the
 * rules until the next change, however often the page is read meanwhile.
 */
export async function storeLoginSecurityRead(db: SentinelDatabase, read: LoginSecurityResult, now: number) {
  if (!read.recognized) return { stored: 0, findings: 0 };
  const seen = toSnapshot(read.snapshot);
  await db.transaction('rw', db.security, async () => {
    const record = await db.security.get(read.marketplace);
    if (!record) {
      await db.security.put({ marketplace: read.marketplace, previous: null, current: seen, changedAt: now, seenAt: now });
      return;
    }
    const merged = { ...record.current };
    let changed = false;
    for (const key of Object.keys(seen) as (keyof SecuritySnapshot)[]) {
      const value = seen[key];
      if (value === null || (key === 'twoStepMethods' && read.layout === 'login-security' && seen.twoStepEnabled && (value as string[]).length === 0)) continue;
      if (record.current[key] !== null && JSON.stringify(record.current[key]) !== JSON.stringify(value)) changed = true;
      (merged as Record<string, unknown>)[key] = value;
    }
    await db.security.put(
      changed
        ? { marketplace: read.marketplace, previous: record.current, current: merged, changedAt: now, seenAt: now }
        : { ...record, current: merged, seenAt: now },
    );
  });
  return { stored: 1, findings: await rejudge(db, read.marketplace, now) };
}
