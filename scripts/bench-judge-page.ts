// The page side of scripts/bench-judge.ts, bundled by esbuild and run in a real Chromium page (real IndexedDB):
// one list page read, and one list page stored and judged through the background's own path (storePageRead), with
// a marketplace of `orderCount` invented orders already stored.
import { readPage } from '../utils/amazon/read-page';
import type { OrderListRead, OrderListResult } from '../utils/amazon/types';
import { SentinelDatabase } from '../utils/db/database';
import { storePageRead } from '../utils/db/page-reads';
import { inventedHistory, type InventedOwner } from './bench-history';
import { requestsAlone } from './bench-judge-floor';
import { median } from './bench-range';

const DAY = 86_400_000;
const OWNER: InventedOwner = {
  marketplace: 'com', idPrefix: '114', currency: 'USD', amount: 12, step: 1,
  home: { name: 'Dana Whitfield', lines: ['4417 Larkspur Lane'], postalCode: '97214', region: 'OR', country: 'United States' },
};

/** The first page of the list: its ten orders, as if placed over the last ten days (recent orders, as a new day's). */
function recentPage(read: OrderListRead, now: number, round: number): OrderListRead {
  return {
    ...read,
    orders: read.orders.slice(0, 10).map((o, k) => ({
      ...o,
      id: `114-${String(9000000 + round * 10 + k)}-1111111`,
      placedOn: new Date(now - k * DAY).toISOString().slice(0, 10),
    })),
  };
}

export interface JudgePageFigures {
  /** A read that judges only what it changed: the median over the runs. */
  storeJudge: number;
  /** The first read of the day, which judges the whole history (the basis holds for one day). */
  wholeJudge: number;
  /** The same requests as a read, asked directly, without judging (bench-judge-floor.ts): the median over the runs. */
  requestsAlone: number;
  listRead: number;
  stored: number;
}

export async function run(orderCount: number, url: string, runs: number): Promise<JudgePageFigures> {
  const result = readPage(document, url) as OrderListResult;
  if (result.kind !== 'order-list' || !result.recognized) throw new Error('the list page was not read');
  const read: OrderListRead = result;
  // The list read, in batches of 10 (the browser's clock is coarse).
  const reads: number[] = [];
  for (let i = 0; i < 20 + runs; i++) {
    const t = performance.now();
    for (let j = 0; j < 10; j++) readPage(document, url);
    if (i >= 20) reads.push((performance.now() - t) / 10);
  }
  const now = Date.parse('2026-12-01T12:00:00Z');
  const name = `bench-judge-${orderCount}-${now}`;
  const db = new SentinelDatabase(name);
  await db.orders.bulkPut(inventedHistory(OWNER, orderCount, now));
  await db.marketplaceState.put({ marketplace: 'com', firstHistoryAt: now - 400 * DAY, firstAddressBookAt: null, firstDevicesAt: null });
  await db.knownAddresses.add({ marketplace: 'com', address: OWNER.home, source: 'manual', addedAt: now - 400 * DAY });
  // The day's first read: nothing kept from an earlier judgement today, so the whole history is judged.
  let t = performance.now();
  await storePageRead(db, recentPage(read, now, 0), url, now);
  const wholeJudge = performance.now() - t;
  const judged: number[] = [];
  for (let i = 1; i <= runs; i++) {
    // A new page each time: ten recent orders never stored before, as a new day's orders or the periodic check's.
    t = performance.now();
    await storePageRead(db, recentPage(read, now, i), url, now + i * 1000);
    judged.push(performance.now() - t);
  }
  const kept = await db.judgeBasis.get('com');
  if (kept?.judgedWholeAt !== now) throw new Error(`a later read judged the whole history: ${JSON.stringify({ at: kept?.judgedWholeAt, now, slack: kept?.presumptionSlack })}`);
  const stored = await db.orders.count();
  // After the reads, so they ran as the background runs them; on the last page's orders, now stored.
  const alone: number[] = [];
  const lastPage = recentPage(read, now, runs).orders.map((o) => o.id);
  for (let i = 0; i < runs; i++) alone.push(await requestsAlone(db.backendDB(), 'com', lastPage));
  if ((await db.judgeBasis.get('com'))?.judgedWholeAt !== now) throw new Error('the requests alone changed the basis');
  // Deleted, and waited for, before the browser closes: the deletion's work is not left running into the next round.
  await db.delete();
  return { storeJudge: median(judged), wholeJudge, requestsAlone: median(alone), listRead: median(reads), stored };
}
