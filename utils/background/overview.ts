import type { SentinelDatabase } from '../db/database';
import { openFindings } from '../db/operations';
import type { MarketplaceId } from '../marketplaces';
import type { Overview } from '../messages';

/** What the popup shows: open findings newest first with their orders, and how each marketplace was last read. */
export async function overview(db: SentinelDatabase): Promise<Overview> {
  const findings = await openFindings(db);
  const orders = await db.orders.bulkGet(findings.map((f) => [f.marketplace, f.orderId] as [string, string]));
  const views = findings.map((finding, i) => ({ finding, order: orders[i] ?? null }));
  views.sort((a, b) => (b.order?.placedOn ?? '').localeCompare(a.order?.placedOn ?? '') || b.finding.createdAt - a.finding.createdAt);
  const reads = await db.pageReads.toArray();
  const withAddresses = new Set((await db.knownAddresses.toArray()).map((a) => a.marketplace));
  const marketplacesWithoutAddresses = reads.map((r) => r.marketplace).filter((m): m is MarketplaceId => !withAddresses.has(m));
  return { findings: views, reads, marketplacesWithoutAddresses };
}
