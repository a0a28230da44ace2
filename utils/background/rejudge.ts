import type { SentinelDatabase } from '../db/database';
import { replaceFindings } from '../db/operations';
import { judge } from '../detection/judge';
import type { MarketplaceId } from '../marketplaces';
import { loadJudgeInput } from './judge-input';

/** Judges one marketplace again (after a page was read or the known world changed) and stores the findings. */
export async function rejudge(db: SentinelDatabase, marketplace: MarketplaceId, now: number): Promise<number> {
  const findings = judge(await loadJudgeInput(db, marketplace, now));
  await replaceFindings(db, marketplace, findings, now);
  return findings.length;
}
