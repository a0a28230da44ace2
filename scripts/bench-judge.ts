// Part of `npm run bench`: one page read's store + judgement with a long history stored, in real Chromium with real
// IndexedDB, against one read of the largest real list page in the same page (goal: ratio ≤ 10 at 5,000 orders, and
// at 50,000 no more than 10× the 5,000 figure). The db code runs as the background runs it (storePageRead).
import { existsSync } from 'node:fs';
import type { JudgePageFigures } from './bench-judge-page';
import { inBenchPage, LIST, URL_OF_LIST } from './bench-page';

export interface JudgeFigures extends JudgePageFigures {
  orders: number;
}

type BenchJudge = { run: (n: number, url: string, runs: number) => Promise<JudgePageFigures> };

/** One round: a fresh Chromium, each size in turn (a database of its own), the median of `runs` page reads each. */
export async function judgeRound(sizes: readonly number[] = [5000, 50000], runs = 15): Promise<JudgeFigures[] | null> {
  if (!existsSync(LIST)) return null;
  return inBenchPage('./bench-judge-page.ts', 'BenchJudge', async (page) => {
    const figures: JudgeFigures[] = [];
    for (const orders of sizes) {
      const r = await page.evaluate(([n, url, k]) => (globalThis as never as { BenchJudge: BenchJudge }).BenchJudge.run(n, url, k), [orders, URL_OF_LIST, runs] as const);
      figures.push({ ...r, orders });
    }
    return figures;
  });
}
