// Part of `npm run bench`: one page read's store + judgement with a long history stored, in real Chromium with real
// IndexedDB, against one read of the largest real list page in the same page (goal: ratio ≤ 10 at 5,000 orders, and
// at 50,000 no more than 10× the 5,000 figure). The db code runs as the background runs it (storePageRead), bundled
// like the readers in scripts/bench.ts; the page is served on its Amazon URL by route fulfil, its scripts disabled.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_PATH } from '../tests/browser/harness';

const LIST = fileURLToPath(new URL('../../shared/fixtures/amazon/com/orders/order-history-amazon-store.html', import.meta.url));
const URL_OF_LIST = 'https://www.amazon.com/your-orders/orders?timeFilter=year-2025';

interface Result {
  storeJudge: number;
  listRead: number;
  stored: number;
}

export interface JudgeFigures extends Result {
  orders: number;
}

/** The page side, bundled once for every round. */
let pageBundle: Promise<string> | undefined;

/** One round: a fresh Chromium, each size in turn (a database of its own), the median of `runs` page reads each. */
export async function judgeRound(sizes: readonly number[] = [5000, 50000], runs = 15): Promise<JudgeFigures[] | null> {
  if (!existsSync(LIST)) return null;
  pageBundle ??= build({
    entryPoints: [fileURLToPath(new URL('./bench-judge-page.ts', import.meta.url))],
    bundle: true, format: 'iife', globalName: 'BenchJudge', write: false, target: 'es2022',
  }).then((result) => result.outputFiles[0].text);
  const bundle = await pageBundle;
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    // Scripts on (Dexie needs them), but the page's own scripts never run: ours is added after the page is parsed.
    const context = await browser.newContext();
    const html = readFileSync(LIST, 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
    await context.route(/^https?:\/\//, (route) => (route.request().url() === URL_OF_LIST ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : route.abort()));
    const page = await context.newPage();
    await page.goto(URL_OF_LIST, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: bundle });
    const figures: JudgeFigures[] = [];
    for (const orders of sizes) {
      const r = (await page.evaluate(([n, url, k]) => (globalThis as never as { BenchJudge: { run: (n: number, u: string, k: number) => Promise<Result> } }).BenchJudge.run(n, url, k), [orders, URL_OF_LIST, runs] as const)) as Result;
      figures.push({ ...r, orders });
    }
    return figures;
  } finally {
    await browser.close();
  }
}
