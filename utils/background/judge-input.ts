import type { SentinelDatabase } from '../db/database';
import type { JudgeInput } from '../detection/world';
import type { MarketplaceId } from '../marketplaces';

/** The known world of one marketplace, as the rules need it, from the store. */
export async function loadJudgeInput(db: SentinelDatabase, marketplace: MarketplaceId, now: number): Promise<JudgeInput> {
  const [orders, known, learned, findings, book, devices, security, state] = await Promise.all([
    db.orders.where('marketplace').equals(marketplace).toArray(),
    db.knownAddresses.where('marketplace').equals(marketplace).toArray(),
    db.learned.where('marketplace').equals(marketplace).toArray(),
    db.findings.where('marketplace').equals(marketplace).toArray(),
    db.addressBook.where('marketplace').equals(marketplace).toArray(),
    db.devices.where('marketplace').equals(marketplace).toArray(),
    db.security.get(marketplace),
    db.marketplaceState.get(marketplace),
  ]);
  const answered = (status: 'mine' | 'not-me') => new Set(findings.filter((f) => f.status === status && f.orderId).map((f) => f.orderId!));
  return {
    marketplace,
    now,
    orders,
    knownAddresses: known.map((k) => k.address),
    learned,
    answers: { mine: answered('mine'), notMine: answered('not-me') },
    firstHistoryAt: state?.firstHistoryAt ?? null,
    addressBook: { entries: book, firstSeenAt: state?.firstAddressBookAt ?? null },
    devices: { entries: devices, firstSeenAt: state?.firstDevicesAt ?? null },
    security: security ?? null,
  };
}
