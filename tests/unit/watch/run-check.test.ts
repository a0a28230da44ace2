import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readPage } from '../../../utils/amazon/read-page';
import type { SentinelDatabase } from '../../../utils/db/database';
import { createWriter } from '../../../utils/background/writer';
import { baselineAt, checkOutcomes } from '../../../utils/db/check-state';
import { backoffDelay, PAUSE_MS } from '../../../utils/watch/backoff';
import { readCheckState, runCheck, startCheck, type CheckDeps } from '../../../utils/watch/run-check';
import { parseHtml } from '../../helpers/parse-html';
import { testDatabase } from '../../helpers/test-db';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../../fixtures/amazon', name), 'utf8');
const ORIGIN = 'https://www.amazon.co.jp';
const EMPTY = '<html lang="ja-JP"><body><section class="your-orders-content-container"><span class="num-orders">0件</span></section></body></html>';
const NOW = Date.UTC(2026, 10, 30, 1);

let db: SentinelDatabase;
let pages: Map<string, string>;
let requests: string[];
let sleeps: number[];
let deps: CheckDeps;

beforeEach(async () => {
  db = testDatabase();
  // These checks are periodic ones: the marketplace's baseline was read a week ago (baseline-check.test.ts reads one).
  await baselineAt('co.jp').write(db, NOW - 7 * 24 * 3600_000);
  requests = [];
  sleeps = [];
  pages = new Map([
    [`${ORIGIN}/your-orders/orders?timeFilter=months-3`, fixture('co.jp/story-history-1.html')],
    ...[2, 3, 4, 5, 6, 7, 8].map((n) => [`${ORIGIN}/your-orders/orders?timeFilter=last-two-years&startIndex=${(n - 1) * 10}`, fixture(`co.jp/story-history-${n}.html`)] as [string, string]),
    [`${ORIGIN}/gp/legacy/order-history?orderFilter=digital&digitalOrders=1&unifiedOrders=0`, EMPTY],
    [`${ORIGIN}/your-orders/orders?timeFilter=archived`, EMPTY],
    [`${ORIGIN}/hz/mycd/digital-console/alldevices`, fixture('co.jp/devices.html')],
    [`${ORIGIN}/ax/account/manage`, fixture('co.jp/login-security.html')],
  ]);
  deps = {
    db,
    fetchPage: async (url) => {
      requests.push(url);
      const html = pages.get(url);
      return html === undefined ? { status: 404, url, html: '<html></html>', redirected: false } : { status: 200, url, html, redirected: false };
    },
    parse: async (html, url) => readPage(parseHtml(html), url),
    canRead: async () => true,
    sleep: async (ms) => void sleeps.push(ms),
    now: () => NOW,
    write: createWriter(),
    onFindingsChanged: async () => {},
  };
});

describe('the periodic check', () => {
  it('reads new history page after page (at most 5), then an unchanged history costs one request per list', async () => {
    await startCheck(deps, ['co.jp']);
    const first = await runCheck(deps);
    expect(first?.finishedAt).toBe(NOW);
    expect(requests.filter((u) => u.includes('timeFilter=months-3') || u.includes('startIndex'))).toHaveLength(5);
    expect(requests).toHaveLength(9); // 5 history pages, digital, archived, devices, Login & security
    expect(await db.orders.count()).toBe(50);
    expect(sleeps).toEqual(Array(8).fill(PAUSE_MS));

    requests = [];
    await startCheck(deps, ['co.jp']);
    await runCheck(deps);
    // Unchanged history: one request per list (history, digital, archived); account pages were read less than a day ago.
    expect(requests).toEqual([
      `${ORIGIN}/your-orders/orders?timeFilter=months-3`,
      `${ORIGIN}/gp/legacy/order-history?orderFilter=digital&digitalOrders=1&unifiedOrders=0`,
      `${ORIGIN}/your-orders/orders?timeFilter=archived`,
    ]);
  });

  it('does not fetch a site the browser does not let it read, and says so (not a network failure)', async () => {
    const asked: string[] = [];
    const noAccess = { ...deps, canRead: async (m: string) => (asked.push(m), false) };
    await startCheck(noAccess, ['co.jp']);
    const state = await runCheck(noAccess);
    expect(requests).toEqual([]);
    expect(asked).toEqual(['co.jp']);
    expect(state).toMatchObject({ stopped: { 'co.jp': 'no access' }, failures: {} });
    expect((await checkOutcomes(db, ['co.jp']))['co.jp']).toMatchObject({ problem: 'no access' });
  });

  it('raises the signed-out finding when a signed-in marketplace turns to the sign-in page, and only then', async () => {
    const signIn = fixture('co.jp/sign-in.html');
    const history = pages.get(`${ORIGIN}/your-orders/orders?timeFilter=months-3`)!;
    // Signed out from the start: never signed in, so nothing is said to have changed.
    pages.set(`${ORIGIN}/your-orders/orders?timeFilter=months-3`, signIn);
    await startCheck(deps, ['co.jp']);
    await runCheck(deps);
    expect((await db.findings.toArray()).filter((f) => f.rule === 'signed-out')).toEqual([]);
    // Signed in: a complete check. Then Amazon answers with its sign-in page.
    pages.set(`${ORIGIN}/your-orders/orders?timeFilter=months-3`, history);
    await startCheck(deps, ['co.jp']);
    await runCheck(deps);
    expect((await checkOutcomes(db, ['co.jp']))['co.jp']).toMatchObject({ problem: null });
    pages.set(`${ORIGIN}/your-orders/orders?timeFilter=months-3`, signIn);
    await startCheck(deps, ['co.jp']);
    await runCheck(deps);
    const signedOut = (await db.findings.toArray()).filter((f) => f.rule === 'signed-out');
    expect(signedOut).toMatchObject([{ status: 'open', severity: 'warning', orderId: null, marketplace: 'co.jp' }]);
    expect(signedOut[0].reason.en).toContain('locked-out');
  });

  it('stops a marketplace at a robot check, with a status and no further request', async () => {
    pages.set(`${ORIGIN}/your-orders/orders?timeFilter=months-3`, fixture('com/robot-check.html'));
    await startCheck(deps, ['co.jp']);
    const state = await runCheck(deps);
    expect(requests).toHaveLength(1);
    expect(state?.stopped).toEqual({ 'co.jp': 'robot check' });
    expect(await db.pageReads.get('co.jp')).toMatchObject({ recognized: false, problem: 'robot check' });
  });

  it('backs off exponentially on errors and gives up after four, without a retry storm', async () => {
    deps.fetchPage = async (url) => {
      requests.push(url);
      return { status: 503, url, html: '<html><body>Service Unavailable</body></html>', redirected: false };
    };
    await startCheck(deps, ['co.jp']);
    const state = await runCheck(deps);
    expect(requests).toHaveLength(4);
    expect(sleeps).toEqual([backoffDelay(1), backoffDelay(2), backoffDelay(3)]);
    expect(sleeps).toEqual([30_000, 60_000, 120_000]);
    expect(state?.stopped).toEqual({ 'co.jp': 'network' });
    expect((await checkOutcomes(db, ['co.jp']))['co.jp']).toEqual({ at: NOW, problem: 'network', lastCompleteAt: null });
  });

  it('says at the first failure that the check did not finish, not after the last try', async () => {
    let calls = 0;
    deps.fetchPage = async (url) => ({ status: calls++ === 0 ? 503 : 200, url, html: pages.get(url) ?? '<html></html>', redirected: false });
    const seen: unknown[] = [];
    deps.sleep = async () => void seen.push((await checkOutcomes(db, ['co.jp']))['co.jp']?.problem);
    await startCheck(deps, ['co.jp']);
    await runCheck(deps);
    expect(seen[0]).toBe('network'); // during the back-off
    expect((await checkOutcomes(db, ['co.jp']))['co.jp']).toEqual({ at: NOW, problem: null, lastCompleteAt: NOW });
  });

  it.each<[string, { status: number; html: string; redirected: boolean }, string, number]>([
    ['a robot check served with status 503', { status: 503, html: fixture('com/robot-check.html'), redirected: false }, 'robot check', 1],
    ['a redirect (not followed: it could lead off Amazon)', { status: 302, html: '', redirected: true }, 'redirected', 1],
  ])('%s: the marketplace stops, never complete', async (_name, page, problem, requestCount) => {
    deps.fetchPage = async (url) => {
      requests.push(url);
      return { ...page, url };
    };
    await startCheck(deps, ['co.jp']);
    const state = await runCheck(deps);
    expect(requests).toHaveLength(requestCount);
    expect(state?.stopped).toEqual({ 'co.jp': problem });
    expect((await checkOutcomes(db, ['co.jp']))['co.jp']?.problem).toBe(problem);
    expect(await db.orders.count()).toBe(0);
  });

  it('a page cut short inside a card: what it holds is stored, the half-read order incomplete, the check not complete', async () => {
    pages.set(`${ORIGIN}/your-orders/orders?timeFilter=months-3`, fixture('co.jp/order-list-current-attack.html').split('<script id="shipToData')[0]);
    await startCheck(deps, ['co.jp']);
    const state = await runCheck(deps);
    expect(requests).toHaveLength(5); // the cut page, then the other lists; nothing is followed from the cut page
    expect(state?.stopped).toEqual({});
    expect((await checkOutcomes(db, ['co.jp']))['co.jp']?.problem).toBe('page cut short');
    expect((await db.orders.get(['co.jp', '250-4417283-9920416']))?.shipTo?.lines).toEqual([]);
    expect((await db.marketplaceState.get('co.jp'))?.incompleteOrders).toBeGreaterThan(0);
  });

  it('a page it could not read leaves the check incomplete, though the other lists are read', async () => {
    pages.set(`${ORIGIN}/gp/legacy/order-history?orderFilter=digital&digitalOrders=1&unifiedOrders=0`, '<html><body><div id="something-new"></div></body></html>');
    await startCheck(deps, ['co.jp']);
    const state = await runCheck(deps);
    expect(state?.stopped).toEqual({});
    expect(await db.orders.count()).toBe(50);
    expect((await checkOutcomes(db, ['co.jp']))['co.jp']?.problem).toBe('layout not recognised');
  });

  it('a check whose data was deleted meanwhile stops and writes nothing more', async () => {
    await startCheck(deps, ['co.jp']);
    deps.sleep = async () => {
      await db.transaction('rw', db.tables, async () => Promise.all(db.tables.map((t) => t.clear())));
    };
    expect(await runCheck(deps)).toBeNull();
    expect(requests).toHaveLength(1);
    expect(await db.orders.count()).toBe(0);
  });

  it('resumes after the worker stopped mid-check, without duplicate orders', async () => {
    await startCheck(deps, ['co.jp']);
    // The worker dies after the first request: the state saved so far is all that survives.
    let calls = 0;
    const dying = { ...deps, sleep: async () => { if (++calls === 1) throw new Error('service worker stopped'); } };
    await expect(runCheck(dying)).rejects.toThrow('service worker stopped');
    expect((await readCheckState(db))?.finishedAt).toBeNull();
    const resumed = await runCheck(deps);
    expect(resumed?.finishedAt).toBe(NOW);
    expect(await db.orders.count()).toBe(50);
    // The request in flight when the worker died is made again; nothing else is.
    expect(requests.length - new Set(requests).size).toBeLessThanOrEqual(1);
  });

  it('two runners of one check (an old worker not yet gone, a new one) skip no step and store nothing twice', async () => {
    await startCheck(deps, ['co.jp']);
    await Promise.all([runCheck(deps), runCheck(deps)]);
    expect(new Set(requests).size).toBe(9);
    expect(await db.orders.count()).toBe(50);
    // Each step's outcome applied once: the runner that came second discards its own.
    expect(await readCheckState(db)).toMatchObject({ finishedAt: NOW, requests: 9 });
  });

  it('waits for real time between requests (fake timers)', async () => {
    // Only the timers the check uses; IndexedDB's own scheduling stays real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
      await startCheck({ ...deps, sleep }, ['co.jp']);
      const running = runCheck({ ...deps, sleep });
      const settle = async () => {
        for (let i = 0; i < 200; i++) await new Promise((r) => setImmediate(r));
      };
      await settle();
      expect(requests).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(PAUSE_MS - 1);
      await settle();
      expect(requests).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      await settle();
      expect(requests).toHaveLength(2);
      for (let i = 0; i < 12; i++) {
        await vi.advanceTimersByTimeAsync(PAUSE_MS);
        await settle();
      }
      expect((await running)?.finishedAt).toBe(NOW);
    } finally {
      vi.useRealTimers();
    }
  });
});
