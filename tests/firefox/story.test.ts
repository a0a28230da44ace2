import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { fixtureOracle, ownFixture } from '../browser/fixtures';
import { waitFor } from '../browser/harness';
import { launchFirefox, readBadge, readTables, type FirefoxSession } from './harness';

const RED = [0xc4, 0x00, 0x00, 255];
const GAME = '250-4417283-9920416';
const STORY = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `co.jp/story-history-${n}.html`).concat('co.jp/order-detail-current-points.html');
const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;

let session: FirefoxSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Opens a fixture page and waits until each of its orders is stored as seen since it was opened. */
async function browse(s: FirefoxSession, fixture: string): Promise<Page> {
  const { url, orderIds } = fixtureOracle(fixture);
  const since = Date.now();
  const page = await s.openAmazonPage(url);
  await waitFor(
    async () => (await readTables(s, ['orders'])).orders.filter((o) => o.marketplace === 'co.jp' && orderIds.includes(o.id as string) && (o.lastSeenAt as number) >= since).length,
    (n) => n === orderIds.length,
    30_000,
  );
  return page;
}

/** Presses Tab until the focus is on the first button of the mark drawn on the order `orderId`'s card. */
async function tabIntoMark(page: Page, orderId: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const inMark = await page.evaluate((id) => {
      const host = document.activeElement;
      // Focus inside a closed shadow root shows as its host.
      return host?.tagName.toLowerCase() === 'order-sentinel-mark' && (host.parentElement?.closest('*:has(> order-sentinel-mark)')?.textContent ?? host.parentElement?.textContent ?? '').includes(id);
    }, orderId);
    if (inMark) return;
  }
  throw new Error(`never reached the mark of ${orderId} with Tab`);
}

describe('the story in real Firefox ESR', () => {
  it('installed after the attack: badge, popup cards, marks, "Not me" from the mark, recovery with the amazon.co.jp contact-us link', async () => {
    session = await launchFirefox();
    for (const fixture of STORY) session.amazon.pages.set(pathOf(fixtureOracle(fixture).url), ownFixture(fixture));
    for (const fixture of STORY.slice(1)) await (await browse(session, fixture)).close();
    // The newest page last, kept open: the marks are drawn on it.
    const history = await browse(session, STORY[0]);

    expect(await waitFor(() => readBadge(session!), (b) => b.text === '6')).toEqual({ text: '6', color: RED });

    const popup = await session.extensionPage('popup.html', 'article.finding--alert');
    await waitFor(() => popup.$$eval('article.finding--alert', (a) => a.length), (n) => n === 6);
    const reasons = await popup.$$eval('article.finding', (cards, id) => cards.filter((c) => c.textContent!.includes(id)).flatMap((c) => [...c.querySelectorAll('.finding__reason')].map((r) => r.textContent)), GAME);
    expect(reasons).toHaveLength(2);
    expect(reasons.join(' ')).toContain('Paid entirely with Amazon points (¥9,878)');

    // The marks on the newest history page: the game and the five e-books, drawn by the content script.
    await waitFor(() => history.$$eval('order-sentinel-mark', (m) => m.length), (n) => n === 6);

    // "Not me" from the mark, with the keyboard (trusted events; the mark's shadow root is closed): the alert is
    // answered, and the badge counts the five e-books.
    await history.bringToFront();
    await tabIntoMark(history, GAME);
    await history.keyboard.press('Tab'); // "This was me" → "Not me"
    await history.keyboard.press('Enter');
    expect(await waitFor(() => readBadge(session!), (b) => b.text === '5')).toEqual({ text: '5', color: RED });
    const answered = (await readTables(session, ['findings'])).findings.filter((f) => f.orderId === GAME);
    expect(answered.map((f) => f.status)).toEqual(['not-me', 'not-me']);

    // Recovery, as the popup opens it after a "Not me": the amazon.co.jp contact-us link and the incident summary.
    const recovery = await session.extensionPage('popup.html?view=recovery&marketplace=co.jp', '.recovery');
    expect(await recovery.$$eval('a[href="https://www.amazon.co.jp/gp/help/customer/contact-us"]', (a) => a.length)).toBeGreaterThan(0);
    const summary = await recovery.$eval('.recovery textarea', (t) => (t as HTMLTextAreaElement).value);
    for (const id of [GAME, 'D01-2782772-5032501', 'D01-4977201-8167942']) expect(summary).toContain(id);

    // Nothing left for a host other than Amazon's.
    expect(session.refused).toEqual([]);
  });
});
