/**
 * Seeded randomness for the owner simulator: the same seed gives the same owners, on any machine, in any order of
 * generation (each owner has a generator of its own, from the run's seed and the owner's index). No Math.random.
 */
export interface Rng {
  /** In [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** A number in [min, max). */
  between(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** Picks by weight: [value, weight] pairs. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T;
  /** k distinct elements (all of them when k ≥ length), in random order. */
  sample<T>(list: readonly T[], k: number): T[];
  /** A generator of its own for a sub-concern, so adding draws in one place does not shift another. */
  fork(label: string): Rng;
}

/** FNV-1a over the code points of a text. */
export function hash(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return h;
}

/** mulberry32 (as tests/simulator/two-year-history.ts uses it), wrapped with the draws the simulator needs. */
export function seeded(seed: number | string): Rng {
  const start = typeof seed === 'string' ? hash(seed) : seed >>> 0;
  let a = start;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: (list) => {
      if (list.length === 0) throw new Error('pick from an empty list');
      return list[Math.floor(next() * list.length)];
    },
    weighted: (pairs) => {
      const total = pairs.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [value, w] of pairs) {
        r -= w;
        if (r < 0) return value;
      }
      return pairs[pairs.length - 1][0];
    },
    sample: (list, k) => {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, Math.min(k, copy.length));
    },
    fork: (label) => seeded(hash(`${start}|${label}`)),
  };
  return rng;
}

const digitsOf = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join('');

/** A stable invented ASIN for a title: B0 and 8 of [0-9A-Z] (as the two-year simulator makes them). */
export function asinOf(title: string): string {
  const a = hash(title).toString(36).toUpperCase();
  const b = hash(`${title}#`).toString(36).toUpperCase();
  return `B0${(a + b).padStart(8, '0').slice(-8)}`;
}

/** An order id in Amazon's shape, unique within `used`: `D01-…` for digital orders, the marketplace's prefixes otherwise. */
export function orderId(rng: Rng, used: Set<string>, prefixes: readonly string[], digital: boolean): string {
  for (;;) {
    const id = `${digital ? 'D01' : rng.pick(prefixes)}-${digitsOf(rng, 7)}-${digitsOf(rng, 7)}`;
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

export { digitsOf };
