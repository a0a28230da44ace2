import { describe, expect, it } from 'vitest';
import { answerFinding } from '../../../utils/db/answers';
import { checkOutcomes, recordCheckOutcome } from '../../../utils/db/check-state';
import { openFindings } from '../../../utils/db/findings';
import { addKnownAddress } from '../../../utils/db/known-world';
import { overview } from '../../../utils/db/overview';
import { storePageRead } from '../../../utils/db/page-reads';
import { MARKETPLACE_IDS } from '../../../utils/marketplaces';
import { DROP as drop, HOME as home, NOW as now, ORDERS_URL as url, listRead as list, orderBefore as order } from '../../helpers/co-jp-orders';
import { testDatabase } from '../../helpers/test-db';

const HOUR = 3_600_000;
const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

// The overview asks IndexedDB directly (utils/db/direct-read.ts): what it reads must be what the store's own reads give.
describe('the popup’s overview, read directly', () => {
  it('reads the open findings, reads, addresses, states and check outcomes the store holds, and nothing else', async () => {
    const db = testDatabase();
    await storePageRead(db, list(Array.from({ length: 30 }, (_, i) => order(i, 8 + i * 9, home))), url, now - 3 * HOUR);
    await addKnownAddress(db, 'co.jp', home, now - 2 * HOUR);
    await storePageRead(db, list([order(900, 2, drop), order(901, 1, drop), order(902, 3, { ...drop, postalCode: '600-8216', region: '京都府' })]), url, now - HOUR);
    // One answered: no longer open.
    const answered = (await openFindings(db)).find((f) => f.orderId === order(902, 3, drop).id)!;
    await answerFinding(db, answered.id, 'mine', now - HOUR);
    await recordCheckOutcome(db, 'co.jp', 'network', now - HOUR);
    await recordCheckOutcome(db, 'com', null, now);
    // A value that no longer passes its schema, and keys that only begin alike.
    await db.settings.bulkPut([{ key: 'checkOutcome|de', value: { at: 'yesterday' } }, { key: 'checkOutcome', value: 1 }, { key: 'checkOutcomes|co.jp', value: 2 }]);

    const view = await overview(db);
    const open = await openFindings(db);
    expect(open.length).toBeGreaterThan(1);
    expect(open.map((f) => f.id)).not.toContain(answered.id);
    expect(byId(view.findings.map((v) => v.finding))).toEqual(byId(open));
    expect(view.reads).toEqual(await db.pageReads.toArray());
    expect(view.checks).toEqual(await checkOutcomes(db, MARKETPLACE_IDS));
    expect(view.checks).toEqual({ 'co.jp': { at: now - HOUR, problem: 'network', lastCompleteAt: null }, com: { at: now, problem: null, lastCompleteAt: now } });
    expect(view.marketplacesWithoutAddresses).toEqual([]);
  });
});
