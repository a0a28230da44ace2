import { describe, expect, it } from 'vitest';
import type { CheckStep } from '../../../utils/db/check-state';
import { readFetchedPage } from '../../../utils/amazon/read-fetched-page';
import { MARKETPLACE_IDS, marketplaceById } from '../../../utils/marketplaces';
import { BASELINE_MAX_PAGES, MAX_PAGES, checkPlan, followNextPage, monthsBefore, yearsCovering } from '../../../utils/watch/check-plan';

const DAY = 24 * 3600_000;
const at = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const plan = (now: number, historyMonths: number, baseline: number | null, asked: number | null = null) =>
  checkPlan({ watched: ['co.jp'], now, historyMonths, baselineAt: () => baseline, accountPagesAskedAt: () => asked });
const paths = (steps: CheckStep[]) => steps.map((s) => s.url.replace('https://www.amazon.co.jp', ''));

describe('the years a baseline reads', () => {
  it.each([
    // [now, months, the year filters]
    [at(2026, 12, 1), 12, [2026, 2025]],
    [at(2026, 1, 15), 12, [2026, 2025]],
    [at(2026, 12, 31), 12, [2026, 2025]],
    [at(2026, 12, 1), 24, [2026, 2025, 2024]],
    [at(2027, 1, 1), 24, [2027, 2026, 2025]],
  ])('%s, %i months back: %j', (now, months, years) => {
    expect(yearsCovering(monthsBefore(now, months), now)).toEqual(years);
  });

  it('goes back whole calendar months', () => {
    expect(monthsBefore(at(2026, 12, 1), 12)).toBe(at(2025, 12, 1));
    expect(monthsBefore(at(2026, 3, 31), 1)).toBe(at(2026, 3, 3)); // 31 February is 3 March
  });
});

describe('a marketplace’s first check is its baseline', () => {
  const now = at(2026, 12, 1);

  it('reads each year of the history, the digital and archived lists and both account pages', () => {
    const steps = plan(now, 12, null, now - 3600_000);
    expect(paths(steps)).toEqual([
      '/your-orders/orders?timeFilter=year-2026',
      '/your-orders/orders?timeFilter=year-2025',
      '/gp/legacy/order-history?orderFilter=digital&digitalOrders=1&unifiedOrders=0',
      '/your-orders/orders?timeFilter=archived',
      '/hz/mycd/digital-console/alldevices',
      '/ax/account/manage',
    ]);
    expect(steps.filter((s) => s.list === 'history').map((s) => [s.year, s.since])).toEqual([
      [2026, at(2025, 12, 1)],
      [2025, at(2025, 12, 1)],
    ]);
  });

  it('reads three years for 24 months', () => {
    expect(plan(now, 24, null).filter((s) => s.list === 'history').map((s) => s.year)).toEqual([2026, 2025, 2024]);
  });

  it('then checks incrementally: the last three months, and the account pages once a day', () => {
    expect(paths(plan(now, 12, now - DAY, now - 3600_000))).toEqual([
      '/your-orders/orders?timeFilter=months-3',
      '/gp/legacy/order-history?orderFilter=digital&digitalOrders=1&unifiedOrders=0',
      '/your-orders/orders?timeFilter=archived',
    ]);
    expect(plan(now, 12, now - DAY, now - DAY)).toHaveLength(5);
    expect(plan(now, 12, now - DAY).every((s) => s.since === undefined)).toBe(true);
  });

  it('checks only the watched marketplaces, in the list’s order', () => {
    const steps = checkPlan({ watched: ['de', 'co.jp'], now, historyMonths: 12, baselineAt: (m) => (m === 'de' ? now : null), accountPagesAskedAt: () => now });
    expect([...new Set(steps.map((s) => s.marketplace))]).toEqual(['co.jp', 'de']);
    expect(steps.filter((s) => s.marketplace === 'de')).toHaveLength(3);
  });
});

describe('when a list’s next page is read', () => {
  const since = at(2025, 12, 1);
  const year2025: CheckStep = { marketplace: 'co.jp', list: 'history', url: 'u', page: 1, year: 2025, since };
  const periodic: CheckStep = { marketplace: 'co.jp', list: 'history', url: 'u', page: 1 };
  const next = 'https://www.amazon.co.jp/your-orders/orders?timeFilter=year-2025&startIndex=10';

  it('baseline: while the page’s orders are all since the cut-off, known or not', () => {
    expect(followNextPage(year2025, { placedOn: [at(2025, 12, 20), at(2025, 12, 2)], allKnown: true, nextPage: next })).toBe(true);
    expect(followNextPage(year2025, { placedOn: [at(2025, 12, 20), at(2025, 11, 30)], allKnown: false, nextPage: next })).toBe(false);
    expect(followNextPage(year2025, { placedOn: [], allKnown: true, nextPage: next })).toBe(true);
    expect(followNextPage(year2025, { placedOn: [at(2025, 12, 20)], allKnown: false, nextPage: null })).toBe(false);
  });

  it('baseline: at most BASELINE_MAX_PAGES pages a list', () => {
    const page = { placedOn: [at(2026, 6, 1)], allKnown: false, nextPage: next };
    expect(followNextPage({ ...year2025, page: BASELINE_MAX_PAGES - 1 }, page)).toBe(true);
    expect(followNextPage({ ...year2025, page: BASELINE_MAX_PAGES }, page)).toBe(false);
  });

  it('periodic: only while it shows orders not seen before, at most MAX_PAGES', () => {
    const page = { placedOn: [at(2020, 1, 1)], allKnown: false, nextPage: next };
    expect(followNextPage(periodic, page)).toBe(true);
    expect(followNextPage(periodic, { ...page, allKnown: true })).toBe(false);
    expect(followNextPage({ ...periodic, page: MAX_PAGES }, page)).toBe(false);
  });
});

describe('the reader document reads every page a check fetches', () => {
  it.each(MARKETPLACE_IDS)('on %s, baseline and later checks, account pages included', (marketplace) => {
    const now = Date.UTC(2026, 11, 1);
    const steps = [null, now - DAY].flatMap((baseline) =>
      checkPlan({ watched: [marketplace], now, historyMonths: 24, baselineAt: () => baseline, accountPagesAskedAt: () => null }),
    );
    expect(new Set(steps.map((s) => s.list))).toEqual(new Set(['history', 'digital', 'archived', 'devices', 'login-security']));
    // An empty page: the reader of its kind says "not recognised" for that kind; a page it does not carry would be 'unknown'.
    for (const step of steps) expect(readFetchedPage(document, step.url).kind, step.url).not.toBe('unknown');
    expect(readFetchedPage(document, `https://${marketplaceById(marketplace)!.host}/gp/your-account/order-details?orderID=1`).kind).toBe('unknown');
  });
});
