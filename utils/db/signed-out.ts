import type { MarketplaceId } from '../marketplaces';
import { checkOutcomes } from './check-state';
import type { SentinelDatabase } from './database';
import { judgeMarketplace } from './judge-marketplace';

/**
 * The check was answered with the sign-in page. If its last check of that marketplace read every page (the owner
 * was signed in), Amazon has signed him out since: noted, and judged at once (the signed-out rule raises it).
 * Returns whether it was noted. Run before the check's new outcome is recorded.
 */
export async function noteSignedOut(db: SentinelDatabase, marketplace: MarketplaceId, now: number): Promise<boolean> {
  const before = (await checkOutcomes(db, [marketplace]))[marketplace];
  const state = await db.marketplaceState.get(marketplace);
  if (!before || before.problem !== null || !state) return false;
  await db.marketplaceState.put({ ...state, signedOutAt: now });
  await judgeMarketplace(db, marketplace, now);
  return true;
}
