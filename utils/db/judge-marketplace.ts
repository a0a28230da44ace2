import type { RuleFinding } from '../detection/finding';
import { judge } from '../detection/judge';
import { presumedAddresses } from '../detection/trust-on-first-use';
import type { JudgeInput } from '../detection/world';
import type { MarketplaceId } from '../marketplaces';
import type { SentinelDatabase } from './database';
import type { Finding, StoredOrder } from './records';
import { inOneTransaction } from './transaction';

/**
 * A physical order whose ship-to shows only the recipient's name: the address was not in what was read (a page cut
 * short, a popover not yet there). The rules cannot judge it, so it must never count as clean.
 */
export function isIncomplete(order: Pick<StoredOrder, 'digital' | 'shipTo'>): boolean {
  return !order.digital && order.shipTo !== null && order.shipTo.lines.length === 0;
}

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
    enteredAddresses: known.filter((k) => k.source !== 'answer').map((k) => k.address),
    learned,
    answers: { mine: answered('mine'), notMine: answered('not-me') },
    firstHistoryAt: state?.firstHistoryAt ?? null,
    rejectedAddresses: state?.rejectedAddresses ?? [],
    signedOutAt: state?.signedOutAt ?? null,
    addressBook: { entries: book, firstSeenAt: state?.firstAddressBookAt ?? null },
    devices: { entries: devices, firstSeenAt: state?.firstDevicesAt ?? null },
    security: security ?? null,
  };
}

/**
 * Judges one marketplace against the store as it is now, in the caller's transaction (or one of its own), and
 * merges the findings. Returns how many findings the rules produce.
 */
export async function judgeMarketplace(db: SentinelDatabase, marketplace: MarketplaceId, now: number): Promise<number> {
  return inOneTransaction(db, async () => {
    const input = await loadJudgeInput(db, marketplace, now);
    const findings = judge(input);
    await mergeFindings(db, marketplace, findings, now);
    const state = await db.marketplaceState.get(marketplace);
    if (state) {
      await db.marketplaceState.put({
        ...state,
        presumedAddresses: presumedAddresses(input.orders, input.firstHistoryAt, input.rejectedAddresses, input.enteredAddresses).length,
        incompleteOrders: input.orders.filter(isIncomplete).length,
      });
    }
    return findings.length;
  });
}

/**
 * Merges what the rules now find into the stored findings. Nothing is ever deleted: an open finding the rules no
 * longer produce (the owner added the address, say) is withdrawn, and raised again it is open again with when it was
 * first raised and notified, so it is never notified twice. Answers are kept whatever the rules say.
 */
export async function mergeFindings(db: SentinelDatabase, marketplace: MarketplaceId, findings: readonly RuleFinding[], now: number): Promise<void> {
  const before = new Map((await db.findings.where('marketplace').equals(marketplace).toArray()).map((f) => [f.id, f]));
  const fresh = new Set(findings.map((f) => f.id));
  const changed: Finding[] = [];
  for (const previous of before.values()) {
    if (previous.status === 'open' && !fresh.has(previous.id)) changed.push({ ...previous, status: 'withdrawn' });
  }
  for (const finding of findings) {
    const previous = before.get(finding.id);
    const next: Finding = previous
      ? { ...previous, ...finding, status: previous.status === 'withdrawn' ? 'open' : previous.status }
      : { ...finding, status: 'open', createdAt: now };
    if (!previous || JSON.stringify(previous) !== JSON.stringify(next)) changed.push(next);
  }
  if (changed.length > 0) await db.findings.bulkPut(changed);
}
