import type { SentinelDatabase } from '../db/database';
import { knownAddresses, ordersOf, replaceFindings } from '../db/operations';
import type { StoredOrder } from '../db/records';
import { judgeOrders } from '../detection/judge';
import type { MarketplaceId } from '../marketplaces';

/** Judges the given orders (all stored ones of the marketplace by default) against the known world, and stores the findings. */
export async function rejudge(
  db: SentinelDatabase,
  marketplace: MarketplaceId,
  now: number,
  orders?: readonly StoredOrder[],
): Promise<number> {
  const toJudge = orders ?? (await ordersOf(db, marketplace));
  const findings = judgeOrders(toJudge, marketplace, { addresses: await knownAddresses(db, marketplace) });
  await replaceFindings(db, toJudge, findings, now);
  return findings.length;
}
