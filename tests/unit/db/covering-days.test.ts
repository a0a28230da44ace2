import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coveringDays } from '../../../utils/db/judge-basis';
import { DAY, isoDay } from '../../../utils/detection/world';

/*
 * The rules ask whether the history holds an order in a 60-day span (unknown-address-rule.ts); a read keeps only the
 * covering days of the year before its window (utils/db/judge-basis.ts). Every span, at every start, must answer the
 * same from them as from every day.
 */

const START = Date.parse('2025-01-01T00:00:00Z');
const day = (n: number) => isoDay(START + n * DAY);
const holds = (days: readonly string[], from: number) => days.some((d) => d >= day(from) && d < day(from + 60));

describe('coveringDays', () => {
  it('answers for every 60-day span whether it holds a day, as every day does', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 120 }), (numbers) => {
        const days = numbers.sort((a, b) => a - b).map(day);
        const kept = coveringDays(days);
        for (let from = -60; from <= 460; from++) expect(holds(kept, from), `span from day ${from}`).toBe(holds(days, from));
      }),
      { numRuns: 500, seed: 14 },
    );
  });

  it('keeps few days of a busy history: one a day for a year gives one in 60', () => {
    const kept = coveringDays(Array.from({ length: 366 }, (_, n) => day(n)));
    expect(kept.length).toBeLessThanOrEqual(8);
    expect(kept[0]).toBe(day(0));
    expect(kept.at(-1)).toBe(day(365));
  });
});
