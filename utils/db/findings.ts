import type { SentinelDatabase } from './database';
import type { Finding } from './records';

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
