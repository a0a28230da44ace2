import Dexie from 'dexie';
import * as v from 'valibot';
import type { MarketplaceId } from '../marketplaces';
import { DATABASE_VERSION, type SentinelDatabase } from './database';
import {
  AddressBookEntrySchema,
  DeviceEntrySchema,
  FindingSchema,
  KnownAddressSchema,
  LearnedFactSchema,
  MarketplaceStateSchema,
  PageReadSchema,
  SecurityRecordSchema,
  SettingSchema,
  StoredOrderSchema,
} from './record-schemas';

/**
 * A backup is the owner's own file, but a file all the same: every row of every table passes the same schema as the
 * records the store writes itself, strictly, so a type-confused row cannot blank the popup or raise false findings.
 */
const BackupSchema = v.strictObject({
  format: v.literal('order-sentinel-backup'),
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(DATABASE_VERSION)),
  exportedAt: v.number(),
  tables: v.strictObject({
    orders: v.array(StoredOrderSchema),
    knownAddresses: v.array(KnownAddressSchema),
    findings: v.array(FindingSchema),
    pageReads: v.array(PageReadSchema),
    settings: v.array(SettingSchema),
    learned: v.array(LearnedFactSchema),
    addressBook: v.array(AddressBookEntrySchema),
    devices: v.array(DeviceEntrySchema),
    security: v.array(SecurityRecordSchema),
    marketplaceState: v.array(MarketplaceStateSchema),
  }),
});

export type Backup = v.InferOutput<typeof BackupSchema>;
type TableName = keyof Backup['tables'];
/** Tables worked out from the others: not backed up, emptied on import (the marketplaces imported are judged again). */
export const DERIVED_TABLES = ['judgeBasis', 'judgeWindows'] as const;
const TABLES = Object.keys(BackupSchema.entries.tables.entries) as TableName[];
/** Their ids are given again on import, so records from another browser cannot collide. */
const AUTO_INCREMENTED: readonly TableName[] = ['knownAddresses', 'addressBook'];

export type ImportResult = { imported: true; marketplaces: MarketplaceId[] } | { imported: false; refused: string };

/** Everything Order Sentinel stores, as one JSON-ready object. */
export async function exportBackup(db: SentinelDatabase, now: number) {
  const tables = Object.fromEntries(await Promise.all(TABLES.map(async (name) => [name, await db.table(name).toArray()] as const)));
  return { format: 'order-sentinel-backup' as const, version: DATABASE_VERSION, exportedAt: now, tables: tables as Record<TableName, unknown[]> };
}

/**
 * Replaces everything with a backup, after checking it whole, in one transaction: a file that is not one changes
 * nothing, and says why. The marketplaces imported are returned for the caller to judge again.
 */
export async function importBackup(db: SentinelDatabase, backup: unknown): Promise<ImportResult> {
  // The first issue is enough to tell the owner, and stops checking a large file at its first wrong row.
  const parsed = v.safeParse(BackupSchema, backup, { abortEarly: true });
  if (!parsed.success) return { imported: false, refused: describeIssue(parsed.issues[0]) };
  const { tables } = parsed.output;
  let table: TableName | undefined;
  try {
    await db.transaction('rw', [...TABLES, ...DERIVED_TABLES], async () => {
      for (const name of DERIVED_TABLES) await db.table(name).clear();
      for (const name of TABLES) {
        table = name;
        await db.table(name).clear();
        const rows: object[] = tables[name];
        await db.table(name).bulkAdd(AUTO_INCREMENTED.includes(name) ? rows.map((row) => ({ ...row, id: undefined })) : rows);
      }
    });
  } catch (error) {
    // Two rows with one key (the same order twice): the transaction is undone, and the owner told which row.
    if (!(error instanceof Dexie.BulkError)) throw error;
    const row = Number(Object.keys(error.failuresByPos)[0]);
    return { imported: false, refused: `${table}, row ${row + 1}: the same key as another row` };
  }
  return { imported: true, marketplaces: [...new Set(tables.orders.map((o) => o.marketplace))] };
}

/** Deletes everything; the owner confirmed in the options page. */
export async function deleteEverything(db: SentinelDatabase): Promise<{ deleted: true }> {
  await db.transaction('rw', [...TABLES, ...DERIVED_TABLES], async () => {
    for (const name of [...TABLES, ...DERIVED_TABLES]) await db.table(name).clear();
  });
  return { deleted: true };
}

/** What a schema expected, in words ("expected an array"); the value found is not repeated, it is the file's text. */
const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  strict_object: 'an object',
  null: 'null',
};
const REQUIREMENT: Record<string, (requirement: unknown) => string> = {
  integer: () => 'expected a whole number',
  finite: () => 'expected a finite number',
  min_value: (n) => `expected at least ${n}`,
  max_value: (n) => `expected at most ${n}`,
  min_length: (n) => `expected a length of at least ${n}`,
  max_length: (n) => `expected a length of at most ${n}`,
  iso_date: () => 'expected a date (YYYY-MM-DD)',
  regex: () => 'not in the expected form',
  check: () => 'not accepted',
};
const quoted = (key: unknown) => `"${String(key).slice(0, 40)}"`;

/**
 * A valibot issue as one plain sentence: where (table, row counted from 1, field) and what is wrong, e.g.
 * "orders, row 3: items: expected an array".
 */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = issue.path ?? [];
  const keys = path.map((item) => item.key);
  // A key that should not be there, or is missing, is the last step of the path, not a field with a wrong value.
  const keyIssue = path.at(-1)?.origin === 'key' ? (issue.expected === 'never' ? 'unknown' : 'missing') : null;
  const fieldKeys = keyIssue ? keys.slice(0, -1) : keys;
  // In a table, the first two steps are the table and the row; nested array positions also count from 1.
  const inTable = fieldKeys[0] === 'tables' && fieldKeys.length >= 3;
  const place = inTable ? `${fieldKeys[1]}, row ${Number(fieldKeys[2]) + 1}` : 'the file';
  const field = (inTable ? fieldKeys.slice(3) : fieldKeys).map((key) => (typeof key === 'number' ? `[${key + 1}]` : String(key))).join('.').replace(/\.\[/g, '[');
  // A table that should not be there, or is missing, is said so: "the file: unknown table "x"".
  if (keyIssue && fieldKeys.length === 1 && fieldKeys[0] === 'tables') return `the file: ${keyIssue} table ${quoted(keys.at(-1))}`;
  const where = field ? `${place}: ${field}` : place;
  if (keyIssue) return `${where}: ${keyIssue} field ${quoted(keys.at(-1))}`;
  if (issue.kind === 'validation') return `${where}: ${REQUIREMENT[issue.type]?.(issue.requirement) ?? issue.message}`;
  // Valibot writes a choice as ("a" | "b"); the owner reads: one of "a", "b".
  const choices = issue.type === 'picklist' || issue.type === 'union' ? `one of ${issue.expected?.replace(/^\(|\)$/g, '').split(' | ').join(', ')}` : null;
  const expected = EXPECTED[issue.type] ?? choices ?? issue.expected;
  return `${where}: expected ${expected}`;
}
