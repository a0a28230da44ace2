import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ownFixture } from './fixtures';
import { launchExtension, reloadUntil, waitFor, type ExtensionSession } from './harness';

const RED = [0xc4, 0x00, 0x00, 255];
const urlOf = (fixture: string) =>
  (JSON.parse(readFileSync(fileURLToPath(new URL(`../fixtures/amazon/${fixture.replace('.html', '.expected.json')}`, import.meta.url)), 'utf8')) as { url: string }).url;

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
    for (const page of pages) await (await session.openAmazonPage(urlOf(page))).close();

    expect(await waitFor(() => session!.readBadge(), (b) => b.text === '6')).toEqual({ text: '6', color: RED });

    const popup = await session.openPopup();
    await reloadUntil(popup, 'article.finding--alert', 6);
    const game = popup.locator('article.finding', { hasText: '250-4417283-9920416' });
    expect(await game.count()).toBe(2); // shipped to the Kansai warehouse, and paid with points
    expect(await game.allInnerTexts()).toEqual([
      expect.stringContaining('Amazonポイント（￥9,878）で支払われています。これまで一度も使っていない支払い方法です。'),
      expect.stringContaining('大阪府大阪市住之江区南港北1-7-89 に発送されました'),
    ]);

    // "Not me" on the game: the alert is answered (kept for the incident), the badge counts the five e-books.
    await game.first().getByRole('button', { name: '身に覚えがない：250-4417283-9920416' }).click();
    expect(await waitFor(() => session!.readBadge(), (b) => b.text === '5')).toEqual({ text: '5', color: RED });
  });
});
