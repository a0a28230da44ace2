// Part of `npm run bench`: the popup's overview with 5,000 stored orders and 20 open findings, in real Chromium with
// the browser's own IndexedDB (fake-indexeddb in Node measured Node compiling it more than the overview's reads).
import { inBenchPage } from './bench-page';

type BenchPopup = { run: (n: number, runs: number) => Promise<{ view: number; scan: number }> };

export function benchPopup(orderCount = 5000, runs = 31): Promise<{ view: number; scan: number }> {
  return inBenchPage('./bench-popup-page.ts', 'BenchPopup', (page) =>
    page.evaluate(([n, k]) => (globalThis as never as { BenchPopup: BenchPopup }).BenchPopup.run(n, k), [orderCount, runs] as const),
  );
}
