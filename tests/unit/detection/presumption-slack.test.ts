import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ShipTo } from '../../../utils/amazon/types';
import type { StoredOrder } from '../../../utils/db/records';
import { presumedAddresses, presumption } from '../../../utils/detection/trust-on-first-use';
import { DAY, isoDay } from '../../../utils/detection/world';

/*
 * A read of recent orders keeps what trust on first use presumed while fewer orders than its slack were
 * written (utils/db/judge-changes.ts). Here: random histories of four addresses, some begun in the half-year before
 * the install (young), then fewer new orders than the slack, anywhere: what is presumed does not change. And the
 * slack is not a bound that never binds: some history's presumption changes at it.
 */

const FIRST_SIGHT = Date.parse('2026-06-01T09:00:00Z');
const ADDRESSES: ShipTo[] = ['10', '20', '30', '40'].map((n) => ({ name: 'Ren Ito', lines: [`Block ${n}`], postalCode: `1${n}-0001`, region: null, country: 'JP' }));

const order = (i: number, address: number, day: number): StoredOrder => ({
  id: `250-${String(1000000 + i)}-0000000`, placedOn: isoDay(FIRST_SIGHT + day * DAY), total: { amount: 1000, currency: 'JPY' }, digital: false,
  shipTo: ADDRESSES[address], items: [], status: null, detailUrl: null, marketplace: 'co.jp', firstSeenAt: FIRST_SIGHT, lastSeenAt: FIRST_SIGHT,
});

/** Orders before the install, over the 400 days before it; addresses 2 and 3 mostly in its last half-year. */
const history = fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 399 })), { minLength: 2, maxLength: 40 }).map((picks) =>
  picks.map(([address, back], i) => order(i, address, -(address >= 2 ? (back % 170) + 31 : back + 1))),
);
const later = fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 90 })), { maxLength: 12 });

describe("trust on first use's slack", () => {
  it('fewer new orders than the slack never change what is presumed', () => {
    fc.assert(
      fc.property(history, later, (orders, picks) => {
        const { slack } = presumption(orders, FIRST_SIGHT);
        const added = picks.slice(0, Math.min(picks.length, slack - 1 < 0 ? 0 : slack - 1)).map(([address, day], i) => order(500 + i, address, day));
        expect(presumedAddresses([...orders, ...added], FIRST_SIGHT)).toEqual(presumedAddresses(orders, FIRST_SIGHT));
      }),
      { numRuns: 2000, seed: 14 },
    );
  });

  it('is reached: in some histories as many new orders as the slack change what is presumed', () => {
    let changed = 0;
    fc.assert(
      fc.property(history, fc.integer({ min: 0, max: 3 }), (orders, address) => {
        const { slack } = presumption(orders, FIRST_SIGHT);
        if (!Number.isFinite(slack)) return;
        const added = Array.from({ length: slack }, (_, i) => order(500 + i, address, 1 + i));
        if (JSON.stringify(presumedAddresses([...orders, ...added], FIRST_SIGHT)) !== JSON.stringify(presumedAddresses(orders, FIRST_SIGHT))) changed += 1;
      }),
      { numRuns: 2000, seed: 14 },
    );
    expect(changed).toBeGreaterThan(0);
  });
});
