import * as v from 'valibot';
import type { SentinelDatabase } from '../db/database';
import { DATABASE_VERSION } from '../db/database';
import { MARKETPLACE_IDS, type MarketplaceId } from '../marketplaces';
import { rejudge } from './rejudge';

const TABLES = ['orders', 'knownAddresses', 'findings', 'pageReads', 'settings', 'learned', 'addressBook', 'devices', 'security', 'marketplaceState'] as const;
type TableName = (typeof TABLES)[number];

const marketplace = v.picklist(MARKETPLACE_IDS as MarketplaceId[]);
const record = (entries: v.ObjectEntries) => v.array(v.looseObject(entries));

/** A backup is the owner's own file, but a file all the same: every record must carry its keys, typed. */
const BackupSchema = v.strictObject({
  format: v.literal('order-sentinel-backup'),
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(DATABASE_VERSION)),
  exportedAt: v.number(),
  tables: v.strictObject({
    orders: record({ marketplace, id: v.pipe(v.string(), v.regex(/^D?\d{2,3}-\d{7}-\d{7}$/)) }),
    knownAddresses: record({ marketplace, address: v.looseObject({ lines: v.array(v.string()) }) }),
    findings: record({ id: v.string(), marketplace, rule: v.string(), status: v.picklist(['open', 'mine', 'not-me']) }),
    pageReads: record({ marketplace }),
    settings: record({ key: v.string() }),
    learned: record({ id: v.string(), marketplace, kind: v.string(), value: v.string() }),
    addressBook: record({ marketplace, address: v.looseObject({ lines: v.array(v.string()) }) }),
    devices: record({ id: v.string(), marketplace, name: v.string() }),
    security: record({ marketplace }),
    marketplaceState: record({ marketplace }),
  }),
});

export type Backup = v.InferOutput<typeof BackupSchema>;

/** Everything Order Sentinel stores, as one JSON-ready object. */
export async function exportBackup(db: SentinelDatabase, now: number) {
  const tables = Object.fromEntries(await Promise.all(TABLES.map(async (name) => [name, await db.table(name).toArray()] as const)));
  return { format: 'order-sentinel-backup' as const, version: DATABASE_VERSION, exportedAt: now, tables: tables as Record<TableName, unknown[]> };
}

/** Replaces everything with a backup, after checking it whole; a file that is not one changes nothing. */
export async function importBackup(db: SentinelDatabase, backup: unknown, now: number): Promise<{ imported: boolean }> {
  const parsed = v.safeParse(BackupSchema, backup);
  if (!parsed.success) return { imported: false };
  await db.transaction('rw', TABLES.map((name) => db.table(name)), async () => {
    for (const name of TABLES) {
      await db.table(name).clear();
      // Auto-incremented ids are given again, so records from another browser cannot collide.
      const rows = parsed.output.tables[name].map((row) => (name === 'knownAddresses' || name === 'addressBook' ? { ...row, id: undefined } : row));
      await db.table(name).bulkAdd(rows);
    }
  });
  for (const m of new Set(parsed.output.tables.orders.map((o) => o.marketplace as MarketplaceId))) await rejudge(db, m, now);
  return { imported: true };
}

/** Deletes everything; the owner confirmed in the options page. */
export async function deleteEverything(db: SentinelDatabase): Promise<{ deleted: true }> {
  await db.transaction('rw', TABLES.map((name) => db.table(name)), async () => {
    for (const name of TABLES) await db.table(name).clear();
  });
  return { deleted: true };
}
