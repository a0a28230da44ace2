import type { SentinelDatabase } from './database';
import type { Finding, OrderView, StoredOrder } from './records';

/**
 * A finding's copy of what the popup shows of its order. It stays equal to the order: an order is judged in the same
 * transaction as every write of it, and the judgement rewrites each finding it produces whose copy differs (an open
 * finding it no longer produces is withdrawn). A test checks this at every step of simulated owners' reads.
 */
export function orderViewOf({ placedOn, total, items, shipTo, detailUrl }: StoredOrder): OrderView {
  return { placedOn, total, items, shipTo, detailUrl };
}

export function openFindings(db: SentinelDatabase): Promise<Finding[]> {
  return db.findings.where('status').equals('open').toArray();
}

/**
 * The open alerts never notified, each marked notified in the same transaction: whoever asks next gets none of
 * them, so no alert is ever notified twice (a withdrawn finding raised again keeps its mark).
 */
export function claimAlertsToNotify(db: SentinelDatabase, now: number): Promise<Finding[]> {
  return db.transaction('rw', db.findings, async () => {
    const fresh = (await openFindings(db)).filter((f) => f.severity === 'alert' && !f.notifiedAt);
    await db.findings.bulkPut(fresh.map((f) => ({ ...f, notifiedAt: now })));
    return fresh;
  });
}
