// npm run bench: the readers' cost on the largest real list and detail pages, in real Chromium, as a ratio of one
// full `querySelectorAll('*')` walk of the same document in the same run (goal: ≤ 1, reading costs no more than
// touching every element once). Medians of many runs; the page's own scripts are disabled and nothing loads.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_PATH } from '../tests/browser/harness';
import { benchBaseline } from './bench-baseline';
import { benchPopup } from './bench-popup';

const SHARED = fileURLToPath(new URL('../../shared/fixtures/amazon/', import.meta.url));
const OWN = fileURLToPath(new URL('../tests/fixtures/amazon/', import.meta.url));
const pages = existsSync(SHARED)
  ? [
      { name: 'largest real list page (com, 10 orders)', file: `${SHARED}com/orders/order-history-amazon-store.html`, url: 'https://www.amazon.com/your-orders/orders?timeFilter=year-2025' },
      { name: 'largest real detail page (com)', file: `${SHARED}com/orders/order-details-coupon-savings-multiple.html`, url: 'https://www.amazon.com/gp/your-account/order-details?orderID=112-3261350-4201845' },
      { name: 'real transactions page (com, 20 rows)', file: `${SHARED}com/transactions/transactions-with-next-page.html`, url: 'https://www.amazon.com/cpe/yourpayments/transactions' },
    ]
  : [
      { name: 'own list fixture (co.jp, mixed layouts)', file: `${OWN}co.jp/order-list-mixed.html`, url: 'https://www.amazon.co.jp/your-orders/orders' },
      { name: 'own detail fixture (co.jp)', file: `${OWN}co.jp/order-detail-current-points.html`, url: 'https://www.amazon.co.jp/gp/your-account/order-details?orderID=250-4417283-9920416' },
    ];
if (!existsSync(SHARED)) console.log(`${SHARED} is absent: benchmarking the project's own (smaller) fixtures instead.`);

const bundle = await build({ entryPoints: [fileURLToPath(new URL('../utils/amazon/read-page.ts', import.meta.url))], bundle: true, format: 'iife', globalName: 'Readers', write: false, target: 'es2022' });
const readers = bundle.outputFiles[0].text;

const browser = await chromium.launch({ executablePath: CHROME_PATH, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const context = await browser.newContext({ javaScriptEnabled: false });
const RUNS = 60;
const rows: string[] = [];
for (const { name, file, url } of pages) {
  const html = readFileSync(file, 'utf8');
  await context.route(/^https?:\/\//, (route) => (route.request().url() === url ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : route.abort()));
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const result = (await page.evaluate(`(() => {
    ${readers}
    const median = (f) => {
      for (let i = 0; i < 20; i++) f();
      const times = [];
      // Batches of 10: the browser's clock is coarse (0.1 ms), a batch is not.
      for (let i = 0; i < ${RUNS}; i++) { const t = performance.now(); for (let j = 0; j < 10; j++) f(); times.push((performance.now() - t) / 10); }
      return times.sort((a, b) => a - b)[times.length >> 1];
    };
    let sink = 0;
    const walk = median(() => { for (const el of document.querySelectorAll('*')) sink += el.tagName.length; });
    const read = median(() => { sink += JSON.stringify(Readers.readPage(document, ${JSON.stringify(url)})).length; });
    const r = Readers.readPage(document, ${JSON.stringify(url)});
    return { walk, read, elements: document.querySelectorAll('*').length, kind: r.kind, recognized: r.recognized, n: (r.orders || r.transactions || []).length, sink };
  })()`)) as { walk: number; read: number; elements: number; kind: string; recognized: boolean; n: number };
  rows.push(`| ${name} | ${result.elements} | ${result.kind}, ${result.n} read | ${result.walk.toFixed(3)} ms | ${result.read.toFixed(3)} ms | ${(result.read / result.walk).toFixed(2)} |`);
  await page.close();
  await context.unroute(/^https?:\/\//);
}
await browser.close();
console.log(`Chromium ${browser.version()}, median of ${RUNS} batches of 10 runs each\n`);
console.log('| page | elements | read | querySelectorAll(\'*\') walk | readPage | ratio |');
console.log('| --- | --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));

console.log('\n| popup | overview | for comparison |\n| --- | --- | --- |');
console.log(await benchPopup());

console.log('\n| baseline check | requests | orders stored | pauses | parse, store, judge | wall time | |\n| --- | --- | --- | --- | --- | --- | --- |');
console.log(await benchBaseline());
