import { describe, expect, it } from 'vitest';
import { generateOwner } from '../simulator/owners/owner';
import { ReadCache, evaluateOwner, type OwnerResult } from '../simulator/owners/pipeline';
import { falseAlertRate, markdown, summarize, type Summary } from '../simulator/owners/report';
import { ATTACK_CLASSES } from '../simulator/owners/types';
import { happyDomParser } from '../simulator/owners/happy-dom-parser';

/**
 * `npm run evaluate` on a small run: 100 invented owners (20 a marketplace, half attacked), seed 7. Every owner's
 * history goes through the real readers (happy-dom) and the real rules; the floors below are what the rules as they
 * are meet, a little under the measured figures, so that a change that loses recall or adds false alerts fails here.
 */
const OWNERS = 100;
const SEED = 7;
/** Shorter, thinner histories than `npm run evaluate` draws (2–7 years), so that the run stays within two minutes. */
const SMALL = { years: [2, 3] as [number, number], rate: 0.5 };

/**
 * Measured on 2026-12-02 with the weighed rules (attack orders, flagged %, alerted %):
 *   first sight: reshipper 27, 100, 100 · locker 26, 100, 96 · drop-flat-same-region 16, 100, 94 · gift-cards 62,
 *   100, 97 · digital-burst 53, 100, 89 · slow-before-install 48, 83, 73 · points-drain 26, 92, 92 (two co.jp drains
 *   on owners who pay with points often are not flagged); all 258, 96, 90;
 *   addresses entered: the same but slow-before-install 100, 96 (all 99, 95);
 *   false alerts per 50 owner-years: first sight 1.0, addresses entered 0.0.
 */
type Floor = { flagged: number; alerted: number };
const FIRST_SIGHT: Record<(typeof ATTACK_CLASSES)[number], Floor> = {
  reshipper: { flagged: 95, alerted: 95 },
  locker: { flagged: 95, alerted: 90 },
  'drop-flat-same-region': { flagged: 95, alerted: 85 },
  'gift-cards': { flagged: 95, alerted: 90 },
  'digital-burst': { flagged: 95, alerted: 80 },
  'slow-before-install': { flagged: 75, alerted: 70 },
  'points-drain': { flagged: 85, alerted: 75 },
};
const FLOORS = { 'first-sight': FIRST_SIGHT, entered: { ...FIRST_SIGHT, 'slow-before-install': { flagged: 95, alerted: 90 } } };
/** Attack orders of every class together: the floor (recall ≥ 0.95 on 100 owners). */
const ALL_FLOOR = { 'first-sight': { flagged: 95, alerted: 85 }, entered: { flagged: 97, alerted: 90 } };
/** False alerts on the owners' own orders, per 50 owner-years, at most. */
const CEILINGS = { 'first-sight': 2, entered: 1 };

let results: OwnerResult[] = [];
let summary: Summary;

describe('the evaluation of the rules over simulated owners', () => {
  it('reads every owner back through the readers', { timeout: 400_000 }, async () => {
    // A window of its own for each owner: the environment's window would keep every page parsed (gigabytes).
    const cache = new ReadCache(happyDomParser());
    for (let i = 0; i < OWNERS; i++) {
      results.push(evaluateOwner(generateOwner(SEED, i, SMALL), cache));
      // Let happy-dom close the windows the parser is done with (closing is asynchronous).
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    summary = summarize(results);
    if (process.env.PRINT_EVALUATION) console.log(markdown(summary));
    // Every page read recognised (as an order list or a detail page), without problems.
    expect(results.flatMap((r) => r.pageProblems)).toEqual([]);
    // Every simulated order read back with its id, date, total, items and ship-to.
    expect(results.flatMap((r) => r.readBackProblems)).toEqual([]);
    expect(summary.pages).toBeGreaterThan(OWNERS * 3);
    expect(summary.detailPages).toBeGreaterThan(0);
    // All five marketplaces, half the owners attacked, every attack class with attack orders.
    expect(new Set(results.map((r) => r.marketplace)).size).toBe(5);
    expect(summary.attackedOwners).toBe(OWNERS / 2);
    for (const c of ATTACK_CLASSES) expect(summary.byScenario['first-sight'].classes[c].all.n, c).toBeGreaterThan(0);
    expect(summary.ownerYears.all).toBeGreaterThan(OWNERS * 2);
  });

  it('is deterministic: the same seed, the same owner', () => {
    const a = generateOwner(SEED, 3, SMALL);
    const b = generateOwner(SEED, 3, SMALL);
    expect(JSON.stringify({ ...a, archived: [...a.archived] })).toBe(JSON.stringify({ ...b, archived: [...b.archived] }));
    expect(generateOwner(SEED + 1, 3, SMALL).orders.map((o) => o.id)).not.toEqual(a.orders.map((o) => o.id));
  });

  it('meets the floors the current rules meet', () => {
    for (const scenario of ['first-sight', 'entered'] as const) {
      const into = summary.byScenario[scenario];
      for (const c of ATTACK_CLASSES) {
        const t = into.classes[c].all;
        const floor = FLOORS[scenario][c];
        expect((100 * t.flagged) / t.n, `${scenario} ${c} flagged %`).toBeGreaterThanOrEqual(floor.flagged);
        expect((100 * t.alerted) / t.n, `${scenario} ${c} alerted %`).toBeGreaterThanOrEqual(floor.alerted);
      }
      const all = ATTACK_CLASSES.map((c) => into.classes[c].all).reduce((a, t) => ({ n: a.n + t.n, flagged: a.flagged + t.flagged, alerted: a.alerted + t.alerted }));
      expect((100 * all.flagged) / all.n, `${scenario} all classes flagged %`).toBeGreaterThanOrEqual(ALL_FLOOR[scenario].flagged);
      expect((100 * all.alerted) / all.n, `${scenario} all classes alerted %`).toBeGreaterThanOrEqual(ALL_FLOOR[scenario].alerted);
      expect(falseAlertRate(into.falseAlerts.all.alerts, summary.ownerYears.all), `${scenario} false alerts per 50 owner-years`).toBeLessThanOrEqual(CEILINGS[scenario]);
    }
  });
});
