import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { fixtureOracle, ownFixture } from './fixtures';
import { launchExtension, type ExtensionSession } from './harness';

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

interface OracleOrder {
  id: string;
  shipTo?: { name: string | null; lines: string[]; postalCode: string | null } | null;
  items?: { title: string; asin: string | null }[];
  payments?: { lastDigits: string | null }[];
}

/** What the fixture's oracle names that identifies its invented owner: none of it may be in the saved report. */
function personal(relative: string): string[] {
  const { orders = [] } = JSON.parse(ownFixture(relative.replace(/\.html$/, '.expected.json'))) as { orders?: OracleOrder[] };
  return orders.flatMap((o) => [
    o.id,
    ...(o.shipTo ? [o.shipTo.name, ...o.shipTo.lines, o.shipTo.postalCode] : []),
    ...(o.items ?? []).flatMap((i) => [i.title, i.asin]),
    ...(o.payments ?? []).map((p) => p.lastDigits),
  ]).filter((s): s is string => !!s);
}

const LABELS = {
  ja: { button: 'このページを報告', saved: 'を保存しました', notAmazon: 'このタブは Order Sentinel が読み取る Amazon のページではありません' },
  en: { button: 'Report this page', saved: 'Saved order-sentinel-report-', notAmazon: 'This tab is not an Amazon page Order Sentinel reads' },
} as const;

/** Clicks "Report this page" and returns the file the browser saved, with its suggested name. */
async function saveReport(popup: Page, language: 'ja' | 'en') {
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: LABELS[language].button }).click()]);
  const text = await readFile((await download.path())!, 'utf8');
  return { name: download.suggestedFilename(), text, json: JSON.parse(text) as { version: string; pages: Record<string, unknown>[] } };
}

describe('Report this page', () => {
  it.each([
    ['ja', 'co.jp/order-list-mixed.html', 'www.amazon.co.jp', { kind: 'order-list', marketplace: 'co.jp', recognized: true, layout: 'mixed', orderCount: 42 }],
    ['en', 'com/order-detail-2026.html', 'www.amazon.com', { kind: 'order-detail', marketplace: 'com', recognized: true, layout: 'data-component' }],
  ] as const)('(%s) saves a redacted JSON of what the readers saw on %s: kind, orders, no names, addresses or titles', async (language, relative, host, expected) => {
    session = await launchExtension({ language });
    const { url, orderIds } = fixtureOracle(relative);
    session.serveAmazonPage(url, ownFixture(relative));
    // Read and stored: the content script runs there, so it can answer.
    const amazon = await session.openAmazonPageAndWaitForRead(url, { orderIds });
    const popup = await session.openPopup(amazon);

    const report = await saveReport(popup, language);
    expect(report.name).toMatch(new RegExp(`^order-sentinel-report-${host.replaceAll('.', '\\.')}-\\d{8}-\\d{4}\\.json$`));
    expect(report.json.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(report.json.pages).toHaveLength(1);
    const [page] = report.json.pages as [{ orders: { id: string; placedOn: string; shipTo: { region: string } | null }[]; url: string }];
    expect(page).toMatchObject(expected);
    expect(page.orders).toHaveLength(orderIds.length);
    expect(page.orders.map((o) => o.id)).toEqual(orderIds.map((id, i) => id.replace(/\d/g, '#').slice(0, id.length - String(i + 1).length) + String(i + 1)));
    expect(page.url.startsWith(`https://${host}/`)).toBe(true);
    const secrets = personal(relative);
    expect(secrets.length).toBeGreaterThan(3);
    for (const secret of secrets) expect(report.text, `the report holds ${JSON.stringify(secret)}`).not.toContain(secret);

    await popup.getByRole('status').filter({ hasText: LABELS[language].saved }).waitFor();
    expect(await popup.getByRole('status').innerText()).toContain(report.name);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: `test-output/report-page-${language}.png` });
    expect(session.blockedRequests).toEqual([]);
  });

  it('says so for a tab that is not an Amazon page it reads: another site, an Amazon page it does not read, the popup’s own tab', async () => {
    session = await launchExtension({ language: 'en' });
    const downloads: string[] = [];
    const notAmazon = async (popup: Page) => {
      popup.on('download', (d) => downloads.push(d.suggestedFilename()));
      await popup.getByRole('button', { name: LABELS.en.button }).click();
      // The status is set after the file would have been saved: none was.
      await popup.getByRole('status').filter({ hasText: LABELS.en.notAmazon }).waitFor();
      expect(downloads).toEqual([]);
      return popup;
    };

    session.serveAmazonPage('https://shop.example/orders', '<!doctype html><html><head><title>Shop</title></head><body><h1>Orders</h1></body></html>');
    const other = await session.openAmazonPage('https://shop.example/orders');
    const popup = await notAmazon(await session.openPopup(other));
    expect(await axeViolations(popup)).toEqual([]);

    // Amazon's home page: a supported marketplace, but no page the readers read, so no content script answers.
    session.serveAmazonPage('https://www.amazon.co.jp/', '<!doctype html><html lang="ja"><head><title>Amazon</title></head><body><h1>Amazon.co.jp</h1></body></html>');
    await notAmazon(await session.openPopup(await session.openAmazonPage('https://www.amazon.co.jp/')));

    // Opened as a tab without ?tab (as a notification opens it), the active tab of its window is the popup itself.
    const own = await session.openPopup();
    await own.bringToFront();
    await notAmazon(own);
  });
});
