import { MARKETPLACE_IDS, type MarketplaceId } from '../marketplaces';
import { checkOutcomeKeys, checkOutcomesOf, type CheckOutcome } from './check-state';
import type { SentinelDatabase } from './database';
import { answerOf, readDirectly } from './direct-read';
import { orderViewOf } from './findings';
import type { Finding, KnownAddress, MarketplaceState, OrderView, PageRead, Setting, StoredOrder } from './records';

export interface FindingView {
  finding: Finding;
  order: OrderView | null;
}

export interface Overview {
  findings: FindingView[];
  reads: PageRead[];
  /** How the last periodic check of each marketplace ended (absent: never checked). */
  checks: Partial<Record<MarketplaceId, CheckOutcome>>;
  /** Physical orders stored without their address, per marketplace: not judged, said so, read again. */
  incompleteOrders: Partial<Record<MarketplaceId, number>>;
  /** Marketplaces the owner has visited but not given any known address for: orders there cannot be judged yet. */
  marketplacesWithoutAddresses: MarketplaceId[];
  /** Marketplaces judged only against addresses trust on first use presumed: said until the owner confirms one. */
  addressesPresumed: MarketplaceId[];
}

/**
 * What the popup shows: open findings newest first with their orders, and how each marketplace was last read and
 * checked. Reads only open findings (by index), each with what is shown of its order, so thousands of stored orders
 * do not slow it, and no order by key (a request each); one read transaction, so it never sees half of a change,
 * asked directly (direct-read.ts): it is the read the popup waits on.
 */
export function overview(db: SentinelDatabase): Promise<Overview> {
  return readDirectly(db, ['findings', 'orders', 'pageReads', 'knownAddresses', 'marketplaceState', 'settings'], async (transaction) => {
    const store = (name: string) => transaction.objectStore(name);
    // Independent reads, asked together: one wait for all of them instead of one after another.
    const [findings, reads, knownAddresses, stateRows, outcomeRows] = await Promise.all([
      answerOf<Finding[]>(store('findings').index('status').getAll('open')),
      answerOf<PageRead[]>(store('pageReads').getAll()),
      answerOf<KnownAddress[]>(store('knownAddresses').getAll()),
      answerOf<MarketplaceState[]>(store('marketplaceState').getAll()),
      answerOf<Setting[]>(store('settings').getAll(checkOutcomeKeys(db.keyRange))),
    ]);
    const checks = checkOutcomesOf(outcomeRows, MARKETPLACE_IDS);
    // Each finding keeps what is shown of its order (findings.ts); only one stored before it did is read by key.
    const unseen = findings.filter((f) => f.orderId !== null && !f.orderView);
    const orders = await Promise.all(unseen.map((f) => answerOf<StoredOrder | undefined>(store('orders').get([f.marketplace, f.orderId!]))));
    const orderOf = new Map(unseen.map((f, i) => [f.id, orders[i] ? orderViewOf(orders[i]) : null]));
    const views = findings.map((finding) => ({ finding, order: finding.orderView ?? orderOf.get(finding.id) ?? null }));
    // Newest first: by the order's date, account findings by when they were raised.
    const when = (v: (typeof views)[number]) => v.order?.placedOn ?? new Date(v.finding.createdAt).toISOString().slice(0, 10);
    views.sort((a, b) => when(b).localeCompare(when(a)) || b.finding.createdAt - a.finding.createdAt);
    const withAddresses = new Set(knownAddresses.map((a) => a.marketplace));
    // Trust on first use may already know the owner's addresses (counted at the last judgement): only a marketplace
    // with neither confirmed nor presumed addresses cannot be judged.
    const states = new Map(stateRows.map((s) => [s.marketplace, s]));
    const marketplacesWithoutAddresses: MarketplaceId[] = reads
      .map((r) => r.marketplace)
      .filter((m) => !withAddresses.has(m) && !(states.get(m)?.presumedAddresses ?? 0));
    const addressesPresumed = [...states.values()].filter((s) => (s.presumedAddresses ?? 0) > 0 && !withAddresses.has(s.marketplace)).map((s) => s.marketplace);
    const incompleteOrders = Object.fromEntries([...states.values()].filter((s) => s.incompleteOrders).map((s) => [s.marketplace, s.incompleteOrders!]));
    return { findings: views, reads, checks, incompleteOrders, marketplacesWithoutAddresses, addressesPresumed };
  });
}
