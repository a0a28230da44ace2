import type { CheckStep } from '../db/check-state';
import { MARKETPLACES, type MarketplaceId } from '../marketplaces';

/** A list of the periodic check is followed this many pages at most; an unchanged history stops at its first page anyway. */
export const MAX_PAGES = 5;
/**
 * A list of the baseline check is followed this many pages at most (300 orders a year): a bound on the requests, far
 * above a household's history. The verdict gives the dates the orders read cover, so a list cut there is not hidden.
 */
export const BASELINE_MAX_PAGES = 30;
const DAY = 24 * 60 * 60 * 1000;

export interface PlanInput {
  watched: readonly MarketplaceId[];
  now: number;
  /** How far back the first (baseline) check reads: at least 12 months (trust on first use, habits); 24 by a setting. */
  historyMonths: number;
  /** When a marketplace's baseline check last ended with every page read; null: never, so this check is its baseline. */
  baselineAt: (m: MarketplaceId) => number | null;
  /** When Content & Devices and Login & security were last asked for. */
  accountPagesAskedAt: (m: MarketplaceId) => number | null;
}

/** The moment `months` calendar months before `now` (UTC). */
export function monthsBefore(now: number, months: number): number {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, d.getUTCDate());
}

/**
 * The year filters covering [since, now], newest first: Amazon's history is paged by calendar year, so 12 months back
 * from December 2026 is year-2026 and year-2025.
 */
export function yearsCovering(since: number, now: number): number[] {
  const years: number[] = [];
  for (let y = new Date(now).getUTCFullYear(); y >= new Date(since).getUTCFullYear(); y--) years.push(y);
  return years;
}

/**
 * What one check asks each watched marketplace for.
 * - Its first check (no complete baseline yet) is the baseline: each year of the order history back to
 *   `historyMonths` months, page after page until a page reaches orders older than that; the digital orders list
 *   as far back; the archived orders; Content & Devices and Login & security.
 * - Later checks are incremental: the first page of the last three months, of the digital list and of the archived
 *   list (followed only while they show orders not seen before); the account pages when not asked for in a day.
 */
export function checkPlan(input: PlanInput): CheckStep[] {
  return MARKETPLACES.filter((m) => input.watched.includes(m.id)).flatMap((m) => {
    const origin = `https://${m.host}`;
    const baseline = input.baselineAt(m.id) === null;
    const since = monthsBefore(input.now, input.historyMonths);
    const digital = `${origin}/gp/legacy/order-history?orderFilter=digital&digitalOrders=1&unifiedOrders=0`;
    const archived = `${origin}/your-orders/orders?timeFilter=archived`;
    const steps: CheckStep[] = baseline
      ? [
          ...yearsCovering(since, input.now).map((year): CheckStep => ({ marketplace: m.id, list: 'history', url: `${origin}/your-orders/orders?timeFilter=year-${year}`, page: 1, year, since })),
          { marketplace: m.id, list: 'digital', url: digital, page: 1, since },
          { marketplace: m.id, list: 'archived', url: archived, page: 1, since: 0 },
        ]
      : [
          { marketplace: m.id, list: 'history', url: `${origin}/your-orders/orders?timeFilter=months-3`, page: 1 },
          { marketplace: m.id, list: 'digital', url: digital, page: 1 },
          { marketplace: m.id, list: 'archived', url: archived, page: 1 },
        ];
    const asked = input.accountPagesAskedAt(m.id);
    if (baseline || asked === null || input.now - asked >= DAY) {
      steps.push(
        { marketplace: m.id, list: 'devices', url: `${origin}/hz/mycd/digital-console/alldevices`, page: 1 },
        { marketplace: m.id, list: 'login-security', url: `${origin}/ax/account/manage`, page: 1 },
      );
    }
    return steps;
  });
}

export interface ReadListPage {
  /** The orders' dates as epoch ms (those the page gave), newest first as Amazon lists them. */
  placedOn: number[];
  allKnown: boolean;
  nextPage: string | null;
}

/**
 * Whether a list's next page is read. Periodic: only while the page shows orders not seen before, at most MAX_PAGES.
 * Baseline (`since` set): until a page reaches orders older than `since`, at most BASELINE_MAX_PAGES; pages of
 * known orders are read too (the baseline is what trust on first use and habits are learned from).
 */
export function followNextPage(step: CheckStep, page: ReadListPage): boolean {
  if (!page.nextPage) return false;
  if (step.since === undefined) return !page.allKnown && step.page < MAX_PAGES;
  const oldest = page.placedOn.length > 0 ? Math.min(...page.placedOn) : Infinity;
  return oldest >= step.since && step.page < BASELINE_MAX_PAGES;
}
