import { afterEach, describe, expect, it } from 'vitest';
import { fixtureOracle, ownFixture } from './fixtures';
import { closedShadow, launchExtension, reloadUntil, waitFor, type ExtensionSession } from './harness';

const RED = [0xc4, 0x00, 0x00, 255];
const urlOf = (fixture: string) => fixtureOracle(fixture).url;
/** Opens a fixture page and closes it once its read is stored (its orders stored since it was opened). */
const browse = async (s: ExtensionSession, fixture: string) => {
  const { url, orderIds } = fixtureOracle(fixture);
  await (await s.openAmazonPageAndWaitForRead(url, { orderIds })).close();
};

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('the story in real Chromium', () => {
  it('installed after the attack: the owner browses his history and the game’s details; the badge counts the six alerts', async () => {
    session = await launchExtension({ language: 'ja' });
    const pages = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `co.jp/story-history-${n}.html`).concat('co.jp/order-detail-current-points.html');
    for (const page of pages) session.serveAmazonPage(urlOf(page), ownFixture(page));
    for (const page of pages) await browse(session, page);

    expect(await waitFor(() => session!.readBadge(), (b) => b.text === '6')).toEqual({ text: '6', color: RED });

    const popup = await session.openPopup();
    await reloadUntil(popup, 'article.finding--alert', 6);
    expect(await popup.locator('article.finding--alert').count()).toBe(6);
    const game = popup.locator('article.finding', { hasText: '250-4417283-9920416' });
    expect(await game.count()).toBe(1); // one card, two reasons: shipped to the Kansai warehouse, paid with points
    const reasons = await game.locator('.finding__reason').allInnerTexts();
    expect(reasons).toHaveLength(2);
    expect(reasons).toContain('全額Amazonポイント（￥9,878）で支払われています。お支払い方法を確認できた注文はまだ0件です。');
    expect(reasons.find((r) => r.startsWith('大阪府大阪市住之江区南港北1-7-89 に発送されました'))).toBeDefined();

    // In-page marks on the history page: the game and the five e-books are marked, the ordinary orders are not.
    const history = await session.openAmazonPage(urlOf('co.jp/story-history-1.html'));
    const marks = await waitFor(() => closedShadow(history, 'order-sentinel-mark'), (m) => m.count === 6);
    expect(marks.texts.filter((text) => text.includes('デジタル注文'))).toHaveLength(5);

    // "Not me" on the game: the alert is answered (kept for the incident), the badge counts the five e-books, and the
    // recovery view opens by itself with the amazon.co.jp contact-us link.
    await game.first().getByRole('button', { name: '身に覚えがない：250-4417283-9920416' }).click();
    expect(await waitFor(() => session!.readBadge(), (b) => b.text === '5')).toEqual({ text: '5', color: RED });
    await popup.getByRole('heading', { name: 'アカウントを取り戻す手順' }).waitFor();
    expect(await popup.locator('a[href="https://www.amazon.co.jp/gp/help/customer/contact-us"]').count()).toBeGreaterThan(0);
    await popup.getByLabel('アカウントにログインできなくなった').check();
    await popup.getByText('ログインできない', { exact: false }).first().waitFor();

    // The incident summary, copied for Amazon's chat: the game and the e-books, with their order numbers.
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await popup.getByRole('button', { name: 'まとめをコピー' }).click();
    await popup.getByRole('status').filter({ hasText: 'コピーしました' }).waitFor();
    const summary = await popup.evaluate(() => navigator.clipboard.readText());
    for (const id of ['250-4417283-9920416', 'D01-2782772-5032501', 'D01-4977201-8167942']) expect(summary).toContain(id);
    expect(summary).toContain('大阪府');
    expect(summary).toContain('￥9,878');

    // Progress is kept: a checked step stays checked after the popup is opened again.
    const firstStep = popup.locator('.recovery input[type="checkbox"]').nth(1);
    await firstStep.check();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?view=recovery&marketplace=co.jp`);
    expect(await popup.locator('.recovery input[type="checkbox"]').nth(1).isChecked()).toBe(true);
    await popup.screenshot({ path: 'test-output/recovery-ja.png', fullPage: true });
  });
});

describe('an amazon.com reshipper attack in real Chromium, in English', () => {
  it('badge, marks, "Not me" → recovery with the amazon.com contact-us link → summary; "This was me" clears one', async () => {
    session = await launchExtension({ language: 'en' });
    const pages = [1, 2, 3].map((n) => `com/reshipper-history-${n}.html`);
    for (const page of pages) session.serveAmazonPage(urlOf(page), ownFixture(page));
    for (const page of pages.slice(1)) await browse(session, page);
    const history = await session.openAmazonPage(urlOf(pages[0]));
    expect(await waitFor(() => session!.readBadge(), (b) => b.text === '3')).toEqual({ text: '3', color: RED });
    const marks = await waitFor(() => closedShadow(history, 'order-sentinel-mark'), (m) => m.count === 3);
    expect(marks.texts.join(' ')).toContain('Shipped to 8800 NW 25th St Ste 120 #JX4471, Doral, FL');

    const popup = await session.openPopup();
    await reloadUntil(popup, 'article.finding--alert', 3);
    // The card writes the address as an American one: name, street, "City, ST ZIP", country.
    expect(await popup.locator('article.finding', { hasText: '113-5520917-6634208' }).first().locator('.finding__facts').innerText()).toContain(
      'Jordan Ellis, 8800 NW 25th St Ste 120 #JX4471, Doral, FL 33172, United States',
    );
    await popup.getByRole('button', { name: 'Not me: 113-5520917-6634208' }).first().click();
    await popup.getByRole('heading', { name: 'Get your account back' }).waitFor();
    expect(await popup.locator('a[href="https://www.amazon.com/gp/help/customer/contact-us"]').count()).toBeGreaterThan(0);
    expect(await popup.locator('a[href^="https://www.identitytheft.gov"]').count()).toBe(1);
    expect(await popup.locator('.recovery textarea').inputValue()).toContain('113-5520917-6634208');
    expect(await session.readBadge()).toEqual({ text: '2', color: RED });

    await popup.getByRole('button', { name: '← Findings' }).click();
    await popup.getByRole('button', { name: 'This was me: 112-9823055-6510707' }).first().click();
    // Learning: the Doral address is now known, so the PSN card keeps only its gift-card warning — amber.
    expect(await waitFor(() => session!.readBadge(), (b) => b.text === '1')).toEqual({ text: '1', color: [0xb3, 0x5c, 0x00, 255] });
    expect(await popup.locator('article.finding', { hasText: '112-9823055-6510707' }).count()).toBe(0);
    await popup.screenshot({ path: 'test-output/popup-en.png', fullPage: true });
  });
});
