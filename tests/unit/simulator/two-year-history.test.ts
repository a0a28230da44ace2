import { describe, expect, it } from 'vitest';
import { ORDER_ID } from '../../../utils/amazon/page-helpers';
import { readPage } from '../../../utils/amazon/read-page';
import type { OrderListRead, OrderSummary } from '../../../utils/amazon/types';
import { parseHtml } from '../../helpers/parse-html';
import {
  ARCHIVED_PATH,
  DEVICES_PATH,
  DIGITAL_PATH,
  LOGIN_SECURITY_PATH,
  MONTHS_3_PATH,
  PAGE_SIZE,
  twoYearHistory,
  yearPath,
  type SimulatedHistory,
} from '../../simulator/two-year-history';

const ORIGIN = 'https://www.amazon.co.jp';
const NOW = Date.UTC(2026, 11, 1);
const DAY = 24 * 60 * 60 * 1000;

const reads = new WeakMap<SimulatedHistory, Map<string, OrderListRead>>();

/** A list page read by the project's reader (once per history and path: happy-dom parses slowly). */
function readList(history: SimulatedHistory, path: string): OrderListRead {
  const cache = reads.get(history) ?? new Map<string, OrderListRead>();
  reads.set(history, cache);
  const cached = cache.get(path);
  if (cached) return cached;
  const html = history.pages.get(path);
  if (html === undefined) throw new Error(`no page at ${path}`);
  const read = readPage(parseHtml(html), ORIGIN + path);
  if (!read.recognized || read.kind !== 'order-list') throw new Error(`${path} not read as an order list: ${JSON.stringify(read)}`);
  expect(read.layout, path).toBe(read.orders.length === 0 ? 'empty' : 'current');
  expect(read.problems, path).toEqual([]);
  cache.set(path, read);
  return read;
}

const pathOf = (url: string) => {
  const parsed = new URL(url);
  expect(parsed.origin).toBe(ORIGIN);
  return parsed.pathname + parsed.search;
};

/** Follows next-page links from a list's first page, as the check does: each page's path and read, in order. */
function follow(history: SimulatedHistory, first: string): { path: string; read: OrderListRead }[] {
  const chain: { path: string; read: OrderListRead }[] = [];
  for (let path: string | null = first; path !== null; ) {
    expect(chain.map((p) => p.path), 'a page reached twice').not.toContain(path);
    const read = readList(history, path);
    chain.push({ path, read });
    path = read.nextPage ? pathOf(read.nextPage) : null;
  }
  return chain;
}

const yearPages = (history: SimulatedHistory) => [...history.pages.keys()].filter((p) => p.includes('timeFilter=year-'));
const firstYearPages = (history: SimulatedHistory) => yearPages(history).filter((p) => !p.includes('startIndex'));
const yearOf = (path: string) => Number(/year-(\d{4})/.exec(path)![1]);

function readHistory(history: SimulatedHistory) {
  const visited: string[] = [];
  const orders: OrderSummary[] = [];
  for (const first of firstYearPages(history)) {
    const year = yearOf(first);
    const chain = follow(history, first);
    const inYear = history.orders.filter((o) => o.placedOn.startsWith(`${year}-`));
    chain.forEach(({ path, read }, i) => {
      expect(read.orderCount, path).toBe(inYear.length);
      expect(read.orders.length, path).toBe(i < chain.length - 1 ? PAGE_SIZE : inYear.length - PAGE_SIZE * (chain.length - 1));
      for (const order of read.orders) expect(order.placedOn!.startsWith(`${year}-`), `${order.id} in ${path}`).toBe(true);
      const dates = read.orders.map((o) => o.placedOn!);
      expect(dates, `newest first in ${path}`).toEqual([...dates].sort().reverse());
    });
    visited.push(...chain.map((p) => p.path));
    orders.push(...chain.flatMap((p) => p.read.orders));
  }
  return { visited, orders };
}

describe('the simulated two-year history of amazon.co.jp', () => {
  const history = twoYearHistory({ now: NOW });

  it('serves every page the check asks for, each recognised by the reader', () => {
    for (const path of [MONTHS_3_PATH, DIGITAL_PATH, ARCHIVED_PATH, ...yearPages(history)]) readList(history, path);
    expect(readList(history, DIGITAL_PATH)).toMatchObject({ layout: 'empty', orderCount: 0, orders: [] });
    expect(readList(history, ARCHIVED_PATH)).toMatchObject({ layout: 'empty', orderCount: 0, orders: [] });
    for (const path of [DEVICES_PATH, LOGIN_SECURITY_PATH]) {
      expect(readPage(parseHtml(history.pages.get(path)!), ORIGIN + path).recognized, path).toBe(true);
    }
    // Every page-number and next link leads to a served page (the local server answers 404 otherwise).
    // (Read from the markup as text: parsing every page again in happy-dom is slow.)
    for (const [path, html] of history.pages) {
      if (path === DEVICES_PATH || path === LOGIN_SECURITY_PATH) continue;
      const pager = /<ul class="a-pagination">[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
      for (const [, href] of pager.matchAll(/href="([^"]+)"/g)) {
        const url = new URL(href.replace(/&amp;/g, '&'), ORIGIN + path).href;
        expect(history.pages.has(pathOf(url)), `${path} links ${href}`).toBe(true);
      }
    }
  }, 60_000);

  it('pages each year 10 orders at a time: the next links reach every year page exactly once', { timeout: 60_000 }, () => {
    const { visited } = readHistory(history);
    expect(new Set(visited).size).toBe(visited.length);
    expect([...visited].sort()).toEqual(yearPages(history).sort());
    expect(visited).toHaveLength(history.historyPageCount);
    // The current year, and the year before the oldest order, are served (empty when they hold no order).
    expect(firstYearPages(history).map(yearOf)).toEqual([2026, 2025, 2024, 2023]);
    expect(readList(history, yearPath(2023))).toMatchObject({ layout: 'empty', orderCount: 0, nextPage: null });
  });

  it('holds every order once, each physical one with a readable ship-to', () => {
    const { orders } = readHistory(history);
    const ids = orders.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(history.orders.map((o) => o.id).sort());
    const truth = new Map(history.orders.map((o) => [o.id, o]));
    for (const order of orders) {
      const simulated = truth.get(order.id)!;
      expect(ORDER_ID.exec(order.id)?.[1]).toBe(order.id);
      expect(order).toMatchObject({ placedOn: simulated.placedOn, total: { amount: simulated.total, currency: 'JPY' }, digital: simulated.digital });
      expect(order.items.map((i) => i.title)).toEqual(simulated.items.map((i) => i.title));
      if (order.digital) {
        expect(order.shipTo, order.id).toBeNull();
        continue;
      }
      expect(order.shipTo?.name, order.id).toBeTruthy();
      expect(order.shipTo?.lines.length, order.id).toBeGreaterThan(0);
      expect(order.shipTo?.postalCode, order.id).toMatch(/^\d{3}-\d{4}$/);
      if (simulated.shipTo === 'home') expect(order.shipTo).toEqual(history.ownerAddress);
      if (simulated.shipTo === 'parents') expect(order.shipTo).toEqual(history.parentsAddress);
    }
    const own = history.orders.filter((o) => !o.attack);
    expect(own).toHaveLength(24 * 4);
    expect(own.filter((o) => o.digital).length).toBeGreaterThan(3);
    // The parents' home, used at least twice within the last year and more than two months ago (a first check of 12
    // months presumes it).
    expect(own.filter((o) => o.shipTo === 'parents' && o.placedAt < NOW - 60 * DAY && o.placedAt > NOW - 365 * DAY).length).toBeGreaterThanOrEqual(2);
    // The owner's own e-books: never two on one day (the attack's burst stands out).
    const digitalDays = own.filter((o) => o.digital).map((o) => o.placedOn);
    expect(new Set(digitalDays).size).toBe(digitalDays.length);
  });

  it('has the attack, within 3 days before now, in the current year and in the last 3 months', () => {
    expect(history.attackOrderIds).toHaveLength(6);
    const attack = history.orders.filter((o) => history.attackOrderIds.includes(o.id));
    for (const order of attack) expect(NOW - order.placedAt).toBeLessThan(3 * DAY);
    expect(attack.filter((o) => o.digital)).toHaveLength(5);

    const currentYear = follow(history, yearPath(2026)).flatMap((p) => p.read.orders);
    const months3 = follow(history, MONTHS_3_PATH).flatMap((p) => p.read.orders);
    for (const id of history.attackOrderIds) {
      expect(currentYear.map((o) => o.id)).toContain(id);
      expect(months3.map((o) => o.id)).toContain(id);
    }
    // The attack is the newest: all of it on the first page.
    expect(readList(history, yearPath(2026)).orders.slice(0, 6).map((o) => o.id).sort()).toEqual([...history.attackOrderIds].sort());
    const game = months3.find((o) => history.attackOrderIds.includes(o.id) && !o.digital)!;
    expect(game.shipTo).toMatchObject({ region: '大阪府', postalCode: expect.stringMatching(/^5\d\d-\d{4}$/) });
    expect(game.shipTo!.name).not.toBe(history.ownerAddress.name);
    expect(game.status).toBe('発送済み');

    // months-3: every order of the last 3 months, none older.
    const since = Date.UTC(2026, 8, 1);
    expect(months3.map((o) => o.id).sort()).toEqual(history.orders.filter((o) => o.placedAt >= since).map((o) => o.id).sort());
    expect(readList(history, MONTHS_3_PATH).orderCount).toBe(months3.length);
  });

  it('covers 24 months by default; 12 orders a month come to about 30 pages', () => {
    expect(history.oldestOrderOn <= '2024-12-01').toBe(true);
    expect(history.oldestOrderOn >= '2024-11-25').toBe(true);
    const busy = twoYearHistory({ now: NOW, months: 24, ordersPerMonth: 12 });
    const { visited, orders } = readHistory(busy);
    expect(visited).toHaveLength(busy.historyPageCount);
    expect(orders).toHaveLength(24 * 12 + 6);
    expect(busy.historyPageCount).toBeGreaterThanOrEqual(28);
    expect(busy.historyPageCount).toBeLessThanOrEqual(34);
    const perYear = (h: SimulatedHistory) => firstYearPages(h).map((p) => `${yearOf(p)}: ${follow(h, p).length}`).join(', ');
    console.log(
      `default (4 a month): ${history.orders.length} orders, ${history.historyPageCount} year pages (${perYear(history)}), months-3 ${follow(history, MONTHS_3_PATH).length} pages, oldest ${history.oldestOrderOn}\n` +
        `12 a month: ${busy.orders.length} orders, ${busy.historyPageCount} year pages (${perYear(busy)}), months-3 ${follow(busy, MONTHS_3_PATH).length} pages, oldest ${busy.oldestOrderOn}`,
    );
  }, 60_000);

  it('without the attack: the owner alone, and the account pages before the attack', { timeout: 60_000 }, () => {
    const benign = twoYearHistory({ now: NOW, attack: false });
    expect(benign.attackOrderIds).toEqual([]);
    expect(benign.orders.every((o) => !o.attack && o.shipTo !== 'attacker')).toBe(true);
    // The owner's orders are the same with or without the attack.
    expect(benign.orders.map((o) => o.id)).toEqual(history.orders.filter((o) => !o.attack).map((o) => o.id));
    const { orders } = readHistory(benign);
    expect(orders.some((o) => o.shipTo?.region === '大阪府')).toBe(false);
    expect(benign.pages.get(DEVICES_PATH)).not.toBe(history.pages.get(DEVICES_PATH));
    expect(benign.pages.get(LOGIN_SECURITY_PATH)).not.toBe(history.pages.get(LOGIN_SECURITY_PATH));
  });

  it('is deterministic, and pages other spans too', () => {
    const again = twoYearHistory({ now: NOW });
    expect([...again.pages]).toEqual([...history.pages]);
    for (const options of [{ months: 3, ordersPerMonth: 1 }, { months: 13, ordersPerMonth: 7 }, { months: 24, ordersPerMonth: 1 }]) {
      const other = twoYearHistory({ now: Date.UTC(2027, 0, 2, 3), ...options });
      const { visited, orders } = readHistory(other);
      expect(visited).toHaveLength(other.historyPageCount);
      expect(orders.map((o) => o.id).sort()).toEqual(other.orders.map((o) => o.id).sort());
      expect(other.orders.filter((o) => o.shipTo === 'parents').length).toBeGreaterThanOrEqual(2);
    }
  }, 60_000);
});
