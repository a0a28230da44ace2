import { describe, expect, it, vi } from 'vitest';
import { createMessageHandler } from '../../../utils/background/handle-message';
import { testDatabase } from '../../helpers/test-db';
import { POPUP, SELF, visit } from '../../helpers/visit';

const NOW = Date.UTC(2026, 10, 30, 1);
const handler = () => {
  const db = testDatabase();
  return { db, handle: createMessageHandler({ db, self: SELF, now: () => NOW, onFindingsChanged: async () => {}, log: vi.fn() }) };
};

describe('export, import, delete', () => {
  it('round-trips everything into another browser, answers included', async () => {
    const a = handler();
    for (let page = 1; page <= 8; page++) await visit(a.handle, `co.jp/story-history-${page}.html`);
    await a.handle({ type: 'popup:answer-finding', id: 'unknown-address|co.jp|250-4417283-9920416', answer: 'not-me' }, POPUP);
    await a.handle({ type: 'options:save-settings', settings: { notifications: false, issuer: { name: 'JCB', regularLine: '0120-000-000', theftLine: null } } }, POPUP);
    const backup = JSON.parse(JSON.stringify(await a.handle({ type: 'options:export' }, POPUP)));

    const b = handler();
    expect(await b.handle({ type: 'options:import-backup', backup }, POPUP)).toEqual({ imported: true });
    expect(await b.db.orders.count()).toBe(72);
    expect((await b.db.findings.get('unknown-address|co.jp|250-4417283-9920416'))?.status).toBe('not-me');
    expect(await b.handle({ type: 'options:get-settings' }, POPUP)).toMatchObject({ notifications: false, issuer: { name: 'JCB' } });
  });

  it('refuses a file that is not a backup, and changes nothing', async () => {
    const { db, handle } = handler();
    await visit(handle, 'co.jp/story-history-1.html');
    for (const backup of [null, { format: 'other' }, { format: 'order-sentinel-backup', version: 2, exportedAt: 1, tables: { orders: [{ id: '<script>', marketplace: 'co.jp' }] } }]) {
      expect(await handle({ type: 'options:import-backup', backup }, POPUP)).toEqual({ imported: false });
    }
    expect(await db.orders.count()).toBe(10);
  });

  it('deletes everything only with the confirmation flag', async () => {
    const { db, handle } = handler();
    await visit(handle, 'co.jp/story-history-1.html');
    expect(await handle({ type: 'options:delete-all' }, POPUP)).toBeUndefined();
    expect(await db.orders.count()).toBe(10);
    expect(await handle({ type: 'options:delete-all', confirmed: true }, POPUP)).toEqual({ deleted: true });
    expect(await db.orders.count()).toBe(0);
    expect(await db.findings.count()).toBe(0);
  });
});
