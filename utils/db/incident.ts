import * as v from 'valibot';
import type { MarketplaceId } from '../marketplaces';
import type { SentinelDatabase } from './database';
import { storedItemFamily } from './items';
import type { Finding, StoredOrder } from './records';
import { readSettings, type Settings } from './settings';

const IncidentProgressSchema = v.strictObject({
  startedAt: v.number(),
  done: v.array(v.string()),
  lockedOut: v.boolean(),
});
/** One incident per marketplace: its checklist progress, kept until the owner deletes their data. */
export type IncidentProgress = v.InferOutput<typeof IncidentProgressSchema>;

const incidentItem = storedItemFamily('incident', v.nullable(IncidentProgressSchema), null);

export interface IncidentView {
  marketplace: MarketplaceId;
  progress: IncidentProgress;
  issuer: Settings['issuer'];
  /** Orders answered "not me", then unanswered alerts: what the owner reports. */
  orders: (Pick<StoredOrder, 'id' | 'placedOn' | 'total' | 'shipTo' | 'items'> & { reasons: Finding['reason'][] })[];
  accountChanges: Finding['reason'][];
}

export async function readIncident(db: SentinelDatabase, marketplace: MarketplaceId, now: number): Promise<IncidentView> {
  const stored = await incidentItem(marketplace).read(db);
  const findings = (await db.findings.where('marketplace').equals(marketplace).toArray()).filter(
    (f) => f.status === 'not-me' || (f.status === 'open' && f.severity === 'alert'),
  );
  const orderIds = [...new Set(findings.filter((f) => f.orderId).map((f) => f.orderId!))];
  const orders = await db.orders.bulkGet(orderIds.map((id) => [marketplace, id] as [string, string]));
  return {
    marketplace,
    progress: stored ?? { startedAt: now, done: [], lockedOut: false },
    issuer: (await readSettings(db)).issuer,
    orders: orders.flatMap((order, i) =>
      order
        ? [{ id: order.id, placedOn: order.placedOn, total: order.total, shipTo: order.shipTo, items: order.items, reasons: findings.filter((f) => f.orderId === orderIds[i]).map((f) => f.reason) }]
        : [],
    ),
    accountChanges: findings.filter((f) => !f.orderId).map((f) => f.reason),
  };
}

export function updateIncident(db: SentinelDatabase, marketplace: MarketplaceId, patch: { toggle?: string; lockedOut?: boolean }, now: number): Promise<IncidentProgress> {
  return db.transaction('rw', db.settings, db.findings, db.orders, async () => {
    const { progress } = await readIncident(db, marketplace, now);
    const done = new Set(progress.done);
    if (patch.toggle) {
      if (done.has(patch.toggle)) done.delete(patch.toggle);
      else done.add(patch.toggle);
    }
    const next: IncidentProgress = { ...progress, done: [...done], lockedOut: patch.lockedOut ?? progress.lockedOut };
    await incidentItem(marketplace).write(db, next);
    return next;
  });
}
