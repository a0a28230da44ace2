import type { AddressBookResult, DevicesResult, LoginSecurityResult, LoginSecuritySnapshot } from '../amazon/account-types';
import type { AnyPageResult } from '../amazon/read-page';
import type { OrderDetailResult, OrderListResult } from '../amazon/types';
import { sameAddress } from '../detection/address';
import type { MarketplaceId } from '../marketplaces';
import type { SentinelDatabase } from './database';
import { markFirstSeen } from './first-seen';
import { isIncomplete } from './incomplete';
import { storeOrders } from './judge-changes';
import { judgeMarketplace } from './judge-marketplace';
import type { Finding, PageRead, SecuritySnapshot } from './records';
import { inOneTransaction } from './transaction';

/** The open findings on one order of a page just read, for the mark on its card. */
export interface OrderMarks {
  orderId: string;
  findings: Pick<Finding, 'id' | 'severity' | 'reason'>[];
}

export interface PageReadStored {
  stored: number;
  findings: number;
  marks: OrderMarks[];
}

const NOTHING: PageReadStored = { stored: 0, findings: 0, marks: [] };

/**
 * Stores any validated page read, whoever read it (a content script on the live page, or the periodic check), and
 * judges its marketplace, in one transaction: the orders, the judgement and how the read went commit together.
 * Reading the same page again changes nothing but when it was seen.
 */
export function storePageRead(db: SentinelDatabase, read: AnyPageResult, pageUrl: string, now: number): Promise<PageReadStored> {
  return inOneTransaction(db, async () => {
    switch (read.kind) {
      case 'order-list':
        return storeOrderListRead(db, read, pageUrl, now);
      case 'order-detail':
        return storeOrderDetailRead(db, read, now);
      case 'address-book':
        return storeAddressBookRead(db, read, now);
      case 'devices':
        return storeDevicesRead(db, read, now);
      case 'login-security':
        return storeLoginSecurityRead(db, read, now);
      case 'transactions':
        return NOTHING;
    }
  });
}

/** A read the background's schema refused: the owner is told the page could not be read, never that all is clear. */
export async function recordRefusedRead(db: SentinelDatabase, marketplace: MarketplaceId, now: number): Promise<void> {
  await recordPageRead(db, { marketplace, at: now, recognized: false, problem: 'read refused', orderCount: 0 });
}

export async function recordPageRead(db: SentinelDatabase, read: PageRead): Promise<void> {
  await db.pageReads.put(read);
}

/** Whether every one of these orders is stored already (the periodic check stops paging there). */
export async function allOrdersKnown(db: SentinelDatabase, marketplace: MarketplaceId, ids: readonly string[]): Promise<boolean> {
  const found = await db.orders.bulkGet(ids.map((id) => [marketplace, id] as [string, string]));
  // An order stored without its address is not known yet: the check keeps reading until it has it.
  return found.every((order) => order !== undefined && !isIncomplete(order));
}

async function storeOrderListRead(db: SentinelDatabase, read: OrderListResult, pageUrl: string, now: number): Promise<PageReadStored> {
  if (!read.recognized) {
    // The orders we already have stay; the owner is told the page could not be read, not that all is clear.
    await recordPageRead(db, { marketplace: read.marketplace, at: now, recognized: false, problem: read.reason, orderCount: 0 });
    return NOTHING;
  }
  const filter = new URL(pageUrl).searchParams;
  const archived = filter.get('timeFilter') === 'archived' || filter.get('orderFilter') === 'archived';
  // Separate tables, asked together: one wait instead of two.
  const [{ changes, produced, findings }] = await Promise.all([
    storeOrders(db, read.marketplace, read.orders.map((o) => ({ ...o, archived })), now, true),
    recordPageRead(db, { marketplace: read.marketplace, at: now, recognized: true, problem: null, orderCount: read.orders.length }),
  ]);
  return { stored: changes.length, findings: produced, marks: marksOf(findings, read.orders.map((o) => o.id)) };
}

/** The open findings on the given orders, grouped per order, for the marks on their cards. */
function marksOf(findings: readonly Finding[], orderIds: string[]): OrderMarks[] {
  return orderIds.flatMap((orderId) => {
    const marks = findings.filter((f) => f.orderId === orderId && f.status === 'open').map(({ id, severity, reason }) => ({ id, severity, reason }));
    return marks.length > 0 ? [{ orderId, findings: marks }] : [];
  });
}

/** The order gains its payments and charge lines. */
async function storeOrderDetailRead(db: SentinelDatabase, read: OrderDetailResult, now: number): Promise<PageReadStored> {
  if (!read.recognized) return NOTHING;
  const { changes, produced } = await storeOrders(db, read.marketplace, read.orders, now);
  return { stored: changes.length, findings: produced, marks: [] };
}

/**
 * The address book as read now: addresses seen before keep when they first appeared (the line between "was there"
 * and "added since"); an address no longer in the book stays remembered, since an attacker may add then delete one.
 */
async function storeAddressBookRead(db: SentinelDatabase, read: AddressBookResult, now: number): Promise<PageReadStored> {
  if (!read.recognized) return NOTHING;
  await markFirstSeen(db, read.marketplace, 'firstAddressBookAt', now);
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
  return { stored: read.addresses.length, findings: await judgeMarketplace(db, read.marketplace, now), marks: [] };
}

/** The registered devices as read now, each remembered with when we first saw it. */
async function storeDevicesRead(db: SentinelDatabase, read: DevicesResult, now: number): Promise<PageReadStored> {
  if (!read.recognized) return NOTHING;
  await markFirstSeen(db, read.marketplace, 'firstDevicesAt', now);
  for (const device of read.devices) {
    const id = `${read.marketplace}|${device.name}`;
    const before = await db.devices.get(id);
    await db.devices.put({ id, marketplace: read.marketplace, ...device, firstSeenAt: before?.firstSeenAt ?? now, lastSeenAt: now });
  }
  return { stored: read.devices.length, findings: await judgeMarketplace(db, read.marketplace, now), marks: [] };
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
async function storeLoginSecurityRead(db: SentinelDatabase, read: LoginSecurityResult, now: number): Promise<PageReadStored> {
  if (!read.recognized) return NOTHING;
  const seen = toSnapshot(read.snapshot);
  const record = await db.security.get(read.marketplace);
  if (!record) {
    await db.security.put({ marketplace: read.marketplace, previous: null, current: seen, changedAt: now, seenAt: now });
  } else {
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
  }
  return { stored: 1, findings: await judgeMarketplace(db, read.marketplace, now), marks: [] };
}

/** The marketplaces whose pages the owner has opened (or the check has read). */
export async function visitedMarketplaces(db: SentinelDatabase): Promise<MarketplaceId[]> {
  return (await db.marketplaceState.toArray()).map((s) => s.marketplace);
}
