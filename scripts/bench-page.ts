// Part of `npm run bench`: a fresh Chromium with one page on the largest real list page's Amazon URL (served by route
// fulfil, the page's own scripts removed; an empty page without ../shared), and a bundle of ours added to it, for measuring the store's code on the
// browser's own IndexedDB as the background and the popup run it.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { CHROME_PATH } from '../tests/browser/harness';

export const LIST = fileURLToPath(new URL('../../shared/fixtures/amazon/com/orders/order-history-amazon-store.html', import.meta.url));
export const URL_OF_LIST = 'https://www.amazon.com/your-orders/orders?timeFilter=year-2025';

const bundles = new Map<string, Promise<string>>();

/** Bundles `entry` (once per run) as the global `globalName`, opens it on the list page, and gives the page to `work`. */
export async function inBenchPage<T>(entry: string, globalName: string, work: (page: Page) => Promise<T>): Promise<T> {
  if (!bundles.has(entry)) {
    const text = build({ entryPoints: [fileURLToPath(new URL(entry, import.meta.url))], bundle: true, format: 'iife', globalName, write: false, target: 'es2022' }).then((r) => r.outputFiles[0].text);
    bundles.set(entry, text);
  }
  const bundle = await bundles.get(entry)!;
  // A profile on disk, as the extension's own: a context without one (an incognito one) keeps IndexedDB in memory,
  // where a read at 50,000 orders cost 13-15 ms while it cost 236-322 ms on disk (its count of the orders, since dropped).
  const userDataDir = await mkdtemp(join(tmpdir(), 'order-sentinel-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROME_PATH, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    // Scripts on (Dexie needs them), but the page's own scripts never run: ours is added after the page is parsed.
    // Without ../shared an empty page on the same URL: the store's benches need only an origin of Amazon's.
    const html = existsSync(LIST) ? readFileSync(LIST, 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '') : '<!doctype html><title>bench</title>';
    await context.route(/^https?:\/\//, (route) => (route.request().url() === URL_OF_LIST ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : route.abort()));
    const page = await context.newPage();
    await page.goto(URL_OF_LIST, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: bundle });
    return await work(page);
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}
