import { beforeEach, describe, expect, it } from 'vitest';
import { readPage } from '../../../utils/amazon/read-page';
import { createWriter } from '../../../utils/background/writer';
import { baselineAt, checkOutcomes } from '../../../utils/db/check-state';
import type { SentinelDatabase } from '../../../utils/db/database';
import { listKnownAddresses, rejectPresumedAddress } from '../../../utils/db/known-world';
import { monthsBefore } from '../../../utils/watch/check-plan';
import { PAUSE_MS } from '../../../utils/watch/backoff';
import { runCheck, startCheck, type CheckDeps } from '../../../utils/watch/run-check';
import { parseHtml } from '../../helpers/parse-html';
import { testDatabase } from '../../helpers/test-db';
import { twoYearHistory, type SimulatedHistory } from '../../simulator/two-year-history';

/*
 * A new owner's first check, against the simulated two-year history of an account taken over two days ago: it reads
 * the history back 12 months year by year (or 24 by the setting), finds the attack, and presumes the owner's own
 * addresses, not the attacker's.
 */

const ORIGIN = 'https://www.amazon.co.jp';
const NOW = Date.UTC(2026, 11, 1, 3);
const DAY = 24 * 3600_000;

let db: SentinelDatabase;
let requests: string[];
let sleeps: number[];
let history: SimulatedHistory;
// Each page read once: parsing with happy-dom is the slow part, and a page's read does not change.
const reads = new Map<string, ReturnType<typeof readPage>>();

function deps(overrides: Partial<CheckDeps> = {}): CheckDeps {
  return {
    db,
    fetchPage: async (url) => {
      requests.push(url);
      const html = history.pages.get(url.slice(ORIGIN.length));
      return html === undefined ? { status: 404, url, html: '<html></html>', redirected: false } : { status: 200, url, html, redirected: false };
    },
    parse: async (html, url) => {
      const key = `${url}\n${html.length}`;
      if (!reads.has(key)) reads.set(key, readPage(parseHtml(html), url));
      return structuredClone(reads.get(key)!);
    },
    canRead: async () => true,
    sleep: async (ms) => void sleeps.push(ms),
    now: () => NOW,
    write: createWriter(),
    onFindingsChanged: async () => {},
    ...overrides,
  };
}

beforeEach(() => {
  db = testDatabase();
  requests = [];
  sleeps = [];
  history = twoYearHistory({ now: NOW });
});

const alerts = async () => (await db.findings.toArray()).filter((f) => f.status === 'open' && f.severity === 'alert').map((f) => f.orderId);

describe('the baseline check of a new owner', { timeout: 120_000 }, () => {
  it('reads 12 months back year by year, finds the attack, and presumes the owner’s addresses only', async () => {
    await startCheck(deps(), ['co.jp'], 12);
    const state = await runCheck(deps());
    expect(state).toMatchObject({ finishedAt: NOW, stopped: {} });
    const years = requests.filter((u) => u.includes('timeFilter=year-'));
    expect(years[0]).toBe(`${ORIGIN}/your-orders/orders?timeFilter=year-2026`);
    expect(years.some((u) => u.includes('year-2024'))).toBe(false); // 12 months back from December 2026 is 2025
    // Every order of the last 12 months was read, and no request more than the pages that hold them.
    const since = monthsBefore(NOW, 12);
    const stored = new Set((await db.orders.toArray()).map((o) => o.id));
    const expected = history.orders.filter((o) => o.placedAt >= since);
    expect(expected.filter((o) => !stored.has(o.id))).toEqual([]);
    expect(sleeps.every((ms) => ms === PAUSE_MS)).toBe(true);
    console.log(`[baseline] 12 months: ${requests.length} requests (${years.length} history pages), ${stored.size} orders; ${(sleeps.length * PAUSE_MS) / 1000} s of pauses`);

    expect(await alerts()).toEqual(expect.arrayContaining(history.attackOrderIds.filter((id) => !id.startsWith('D'))));
    const { presumed } = await listKnownAddresses(db);
    expect(presumed.map((p) => p.address.postalCode)).toEqual(expect.arrayContaining([history.ownerAddress.postalCode]));
    expect(presumed.some((p) => p.address.lines.some((l) => l.includes('此花区')))).toBe(false);
    const home = presumed.find((p) => p.address.postalCode === history.ownerAddress.postalCode)!;
    expect(home.orders).toBeGreaterThan(10);
    expect(home.since <= new Date(since + 40 * DAY).toISOString().slice(0, 10)).toBe(true);

    // Its baseline read whole, the next check is incremental: one request per list.
    expect(await baselineAt('co.jp').read(db)).toBe(NOW);
    expect((await checkOutcomes(db, ['co.jp']))['co.jp']).toMatchObject({ problem: null });
    requests = [];
    await startCheck(deps(), ['co.jp'], 12);
    await runCheck(deps());
    expect(requests).toEqual([`${ORIGIN}/your-orders/orders?timeFilter=months-3`, `${ORIGIN}/gp/legacy/order-history?orderFilter=digital&digitalOrders=1&unifiedOrders=0`, `${ORIGIN}/your-orders/orders?timeFilter=archived`]);
  });

  it('an address rejected is never presumed again, and the orders that went there are raised at once', async () => {
    await startCheck(deps(), ['co.jp'], 12);
    await runCheck(deps());
    const before = await db.findings.count();
    const { presumed } = await listKnownAddresses(db);
    const parents = presumed.find((p) => p.address.postalCode === history.parentsAddress.postalCode);
    expect(parents).toBeDefined();
    await rejectPresumedAddress(db, 'co.jp', parents!.address, NOW);
    expect((await listKnownAddresses(db)).presumed.some((p) => p.address.postalCode === history.parentsAddress.postalCode)).toBe(false);
    const stored = new Set((await db.orders.toArray()).map((o) => o.id));
    const toParents = history.orders.filter((o) => o.shipTo === 'parents' && stored.has(o.id)).map((o) => o.id);
    expect(toParents.length).toBeGreaterThan(0);
    const raised = (await db.findings.toArray()).filter((f) => f.status === 'open' && toParents.includes(f.orderId ?? ''));
    expect(raised.map((f) => f.orderId).sort()).toEqual([...new Set(toParents)].sort());
    expect(await db.findings.count()).toBeGreaterThan(before);
  });

  it('reads 24 months back with the setting (three year filters)', async () => {
    await startCheck(deps(), ['co.jp'], 24);
    await runCheck(deps());
    const years = [...new Set(requests.flatMap((u) => /year-(\d+)/.exec(u)?.[1] ?? []))];
    expect(years).toEqual(['2026', '2025', '2024']);
    const stored = new Set((await db.orders.toArray()).map((o) => o.id));
    expect(history.orders.filter((o) => !stored.has(o.id))).toEqual([]);
  });

  it('a worker stopped in the middle resumes without repeating more than the request in flight', async () => {
    await startCheck(deps(), ['co.jp'], 12);
    await runCheck(deps());
    const whole = [...requests];
    db = testDatabase();
    requests = [];
    // The worker is stopped during the 4th request: its answer never comes, and nothing after it runs.
    const served = deps().fetchPage;
    const stopping = deps({
      fetchPage: async (url) => {
        if (requests.length === 3) {
          requests.push(url);
          return new Promise(() => {});
        }
        return served(url);
      },
    });
    await startCheck(stopping, ['co.jp'], 12);
    void runCheck(stopping);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(requests).toHaveLength(4);
    // A new worker: the check goes on from the step in flight.
    await runCheck(deps());
    expect(requests).toEqual([...whole.slice(0, 4), ...whole.slice(3)]);
  });
});
