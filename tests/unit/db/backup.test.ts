import { describe, expect, it } from 'vitest';
import { DERIVED_TABLES, exportBackup, importBackup } from '../../../utils/db/backup';
import { DATABASE_VERSION, type SentinelDatabase } from '../../../utils/db/database';
import { testBackground } from '../../helpers/background';
import { testDatabase } from '../../helpers/test-db';
import { POPUP, visit } from '../../helpers/visit';

const NOW = Date.UTC(2026, 10, 30, 1);
const ANSWERED = 'unknown-address|co.jp|250-4417283-9920416';
const handler = () => {
  const db = testDatabase();
  return { db, handle: testBackground(db, () => NOW).handle };
};

/** A database with orders, findings (one answered), reads and settings, and its backup as a file would hold it. */
async function populated() {
  const { db, handle } = handler();
  for (let page = 1; page <= 8; page++) await visit(handle, `co.jp/story-history-${page}.html`);
  await handle({ type: 'popup:answer-finding', id: ANSWERED, answer: 'not-me' }, POPUP);
  await handle({ type: 'options:save-settings', settings: { notifications: false, issuer: { name: 'JCB', regularLine: '0120-000-000', theftLine: null } } }, POPUP);
  await db.knownAddresses.add({ marketplace: 'co.jp', address: { name: null, lines: ['1-2-3 Chiyoda'], postalCode: null, region: null, country: null }, source: 'manual', addedAt: NOW });
  const backup = JSON.parse(JSON.stringify(await exportBackup(db, NOW)));
  return { db, handle, backup };
}

/** Everything stored, to compare before and after a refused import. */
const everything = async (db: SentinelDatabase) => (await exportBackup(db, 0)).tables;

describe('export, import, delete', () => {
  it('round-trips everything into another browser, answers included', async () => {
    const { db: a, backup } = await populated();
    // The backup holds every table there is but those worked out from the others.
    expect([...Object.keys(backup.tables), ...DERIVED_TABLES].sort()).toEqual(a.tables.map((t) => t.name).sort());

    const b = handler();
    expect(await b.handle({ type: 'options:import-backup', backup }, POPUP)).toEqual({ imported: true });
    expect(await b.db.orders.count()).toBe(72);
    expect((await b.db.findings.get(ANSWERED))?.status).toBe('not-me');
    expect(await b.handle({ type: 'options:get-settings' }, POPUP)).toMatchObject({ notifications: false, issuer: { name: 'JCB' } });
  });

  it('names the marketplaces imported, for the caller to judge again', async () => {
    const { backup } = await populated();
    expect(await importBackup(testDatabase(), backup)).toEqual({ imported: true, marketplaces: ['co.jp'] });
  });

  it('gives auto-incremented ids again, so rows from two browsers cannot collide', async () => {
    const { backup } = await populated();
    const [address] = backup.tables.knownAddresses;
    backup.tables.knownAddresses = [address, { ...address, id: address.id, source: 'import' }];
    const db = testDatabase();
    expect((await importBackup(db, backup)).imported).toBe(true);
    expect((await db.knownAddresses.toArray()).map((k) => k.source)).toEqual(['manual', 'import']);
  });

  it('refuses a type-confused or unknown row, says which table, row and field, and changes nothing', async () => {
    const { db, backup } = await populated();
    const before = await everything(db);
    type Tables = Record<string, Record<string, unknown>[]>;
    const hostile: [string, (tables: Tables, file: Record<string, unknown>) => void][] = [
      ['orders, row 3: items: expected an array', (t) => void (t.orders[2].items = 'a book')],
      ['orders, row 1: placedOn: expected a string', (t) => void (t.orders[0].placedOn = 20261003)],
      ['findings, row 1: reason: expected an object', (t) => void (t.findings[0].reason = 'x')],
      ['findings, row 2: status: expected one of "open", "mine", "not-me", "withdrawn"', (t) => void (t.findings[1].status = 'closed')],
      ['orders, row 1: items[1].quantity: expected at least 1', (t) => void ((t.orders[0].items as { quantity: number }[])[0].quantity = 0)],
      ['orders, row 2: missing field "lastSeenAt"', (t) => void delete t.orders[1].lastSeenAt],
      ['orders, row 1: unknown field "color"', (t) => void (t.orders[0].color = 'red')],
      ['orders, row 1: id: not in the expected form', (t) => void (t.orders[0].id = '<script>')],
      ['settings, row 1: key: expected a string', (t) => void (t.settings[0].key = 1)],
      ['knownAddresses, row 1: address.lines[1]: expected a string', (t) => void ((t.knownAddresses[0].address as { lines: unknown[] }).lines[0] = null)],
      ['the file: unknown table "passwords"', (t) => void (t.passwords = [])],
      ['the file: missing table "devices"', (t) => void delete t.devices],
      [`the file: version: expected at most ${DATABASE_VERSION}`, (_, file) => void (file.version = DATABASE_VERSION + 1)],
      ['the file: format: expected "order-sentinel-backup"', (_, file) => void (file.format = 'other')],
      ['orders, row 2: the same key as another row', (t) => void (t.orders[1] = t.orders[0])],
    ];
    for (const [refused, spoil] of hostile) {
      const file = structuredClone(backup);
      spoil(file.tables, file);
      expect(await importBackup(db, file)).toEqual({ imported: false, refused });
    }
    expect(await importBackup(db, null)).toEqual({ imported: false, refused: 'the file: expected an object' });
    expect(await everything(db)).toEqual(before);
  });

  it('accepts 10,000 valid orders', async () => {
    const { backup } = await populated();
    const [order] = backup.tables.orders;
    backup.tables.orders = Array.from({ length: 10_000 }, (_, i) => ({ ...order, id: `250-${String(i).padStart(7, '0')}-0000001` }));
    const db = testDatabase();
    expect(await importBackup(db, backup)).toEqual({ imported: true, marketplaces: ['co.jp'] });
    expect(await db.orders.count()).toBe(10_000);
  });

  it('deletes everything only with the confirmation flag', async () => {
    const { db, handle } = handler();
    await visit(handle, 'co.jp/story-history-1.html');
    expect(await handle({ type: 'options:delete-all' }, POPUP)).toBeUndefined();
    expect(await db.orders.count()).toBe(10);
    expect(await db.judgeBasis.count()).toBe(1);
    expect(await db.judgeWindows.count()).toBe(1);
    expect(await handle({ type: 'options:delete-all', confirmed: true }, POPUP)).toEqual({ deleted: true });
    expect(await db.orders.count()).toBe(0);
    expect(await db.findings.count()).toBe(0);
    // What judgements left goes too: it names the owner's addresses, habits and orders.
    expect(await db.judgeBasis.count()).toBe(0);
    expect(await db.judgeWindows.count()).toBe(0);
  });
});
