import type { SentinelDatabase } from '../db/database';
import { replaceFindings } from '../db/operations';
import { judge } from '../detection/judge';
import { presumedAddresses } from '../detection/trust-on-first-use';
import type { MarketplaceId } from '../marketplaces';
import { loadJudgeInput } from './judge-input';

/** Judges one marketplace again (after a page was read or the known world changed) and stores the findings. */
export async function rejudge(db: SentinelDatabase, marketplace: MarketplaceId, now: number): Promise<number> {
  const input = await loadJudgeInput(db, marketplace, now);
  const findings = judge(input);
  await replaceFindings(db, marketplace, findings, now);
  const state = await db.marketplaceState.get(marketplace);
  if (state) await db.marketplaceState.put({ ...state, presumedAddresses: presumedAddresses(input.orders, input.firstHistoryAt).length });
  return findings.length;
}
