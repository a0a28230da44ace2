import type { SentinelDatabase } from '../db/database';
import { openFindings } from '../db/operations';
import { presumedAddresses } from '../detection/trust-on-first-use';
import type { MarketplaceId } from '../marketplaces';
import type { Overview } from '../messages';

/**
 * What the popup shows: open findings newest first with their orders, and how each marketplace was last read. Reads
 * only open findings (by index) and their orders (by key), so thousands of stored orders do not slow it.
 */
export async function overview(db: SentinelDatabase): Promise<Overview> {
  const findings = await openFindings(db);
  const aboutOrders = findings.filter((f) => f.orderId !== null);
  const orders = await db.orders.bulkGet(aboutOrders.map((f) => [f.marketplace, f.orderId!] as [string, string]));
  const orderOf = new Map(aboutOrders.map((f, i) => [f.id, orders[i] ?? null]));
  const views = findings.map((finding) => ({ finding, order: orderOf.get(finding.id) ?? null }));
  // Newest first: by the order's date, account findings by when they were raised.
  const when = (v: (typeof views)[number]) => v.order?.placedOn ?? new Date(v.finding.createdAt).toISOString().slice(0, 10);
  views.sort((a, b) => when(b).localeCompare(when(a)) || b.finding.createdAt - a.finding.createdAt);
  const reads = await db.pageReads.toArray();
  const withAddresses = new Set((await db.knownAddresses.toArray()).map((a) => a.marketplace));
  const marketplacesWithoutAddresses: MarketplaceId[] = [];
  for (const read of reads) {
    if (withAddresses.has(read.marketplace)) continue;
    // Trust on first use may already know the owner's addresses; only a marketplace with neither cannot be judged.
    const state = await db.marketplaceState.get(read.marketplace);
    const orders = await db.orders.where('marketplace').equals(read.marketplace).toArray();
    if (presumedAddresses(orders, state?.firstHistoryAt ?? null).length === 0) marketplacesWithoutAddresses.push(read.marketplace);
  }
  return { findings: views, reads, marketplacesWithoutAddresses };
}
