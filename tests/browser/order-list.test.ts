import { afterEach, describe, expect, it } from 'vitest';
import { BADGE_ALERT_COLOR } from '../../utils/badge/badge-state';
import { CO_JP_ORDERS, COM_ORDERS, ownFixture } from './fixtures';
import { launchExtension, reloadUntil, waitFor, type ExtensionSession } from './harness';
import { addOwnerAddressInOptions } from './known-addresses';

const RED = [0xc4, 0x00, 0x00, 255];
let session: ExtensionSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('the built extension in real Chromium', () => {
  it('amazon.co.jp, Japanese UI: the Kansai order turns the badge red with 1 and is listed in the popup', async () => {
    expect(BADGE_ALERT_COLOR).toBe('#c40000');
    session = await launchExtension({ language: 'ja' });
    await addOwnerAddressInOptions(session, 'co.jp');
    session.serveAmazonPage(CO_JP_ORDERS, ownFixture('co.jp/order-list-current-attack.html'));
    await session.openAmazonPage(CO_JP_ORDERS);

    const badge = await waitFor(() => session!.readBadge(), (b) => b.text !== '');
    expect(badge).toEqual({ text: '1', color: RED });
    // One notification for the new alert (basic type), titled with the marketplace.
    const notifications = await waitFor(
      async () => (await session!.worker()).evaluate(() => (globalThis as unknown as { chrome: { notifications: { getAll(): Promise<Record<string, boolean>> } } }).chrome.notifications.getAll()),
      (all) => Object.keys(all).length > 0,
    );
    expect(Object.keys(notifications)).toEqual([expect.stringMatching(/^order-sentinel\|co\.jp\|\d+$/)]);

    const popup = await session.openPopup();
    const finding = popup.locator('article.finding');
    await reloadUntil(popup, 'article.finding');
    expect(await finding.count()).toBe(1);
    const text = await finding.innerText();
    expect(text).toContain('250-4417283-9920416');
    expect(text).toContain('大阪府大阪市住之江区南港北1-7-89 に発送されました。登録済みのお届け先（1件）のいずれでもありません');
    expect(text).toContain('ネオンレーサー DX -Switch');
    expect(text).toContain('￥9,878');
    expect(await popup.locator('.status__read').innerText()).toContain('www.amazon.co.jp');
    expect(session.blockedRequests.filter((u) => !u.startsWith('https://www.amazon.co.jp/'))).toEqual([]);
  });

  it('a benign page leaves the badge empty, and the popup says so only after reading it', async () => {
    session = await launchExtension({ language: 'en' });
    await addOwnerAddressInOptions(session, 'co.jp');
    session.serveAmazonPage(CO_JP_ORDERS, ownFixture('co.jp/order-list-current-benign.html'));
    await session.openAmazonPage(CO_JP_ORDERS);

    const popup = await session.openPopup();
    await reloadUntil(popup, '.status__read');
    await popup.locator('.status__clear').waitFor();
    expect(await popup.locator('.status__read').innerText()).toMatch(/www\.amazon\.co\.jp: order history read .* \(2 orders on the page\)\./);
    expect(await popup.locator('article.finding').count()).toBe(0);
    expect((await session.readBadge()).text).toBe('');
  });

  it('amazon.com, English UI: the forwarder order is flagged; untrusted titles stay text', async () => {
    session = await launchExtension({ language: 'en' });
    await addOwnerAddressInOptions(session, 'com');
    await addOwnerAddressInOptions(session, 'co.jp');
    session.serveAmazonPage(COM_ORDERS, ownFixture('com/order-list-current-attack.html'));
    session.serveAmazonPage(CO_JP_ORDERS, ownFixture('co.jp/order-list-hostile-title.html'));
    await session.openAmazonPage(COM_ORDERS);
    await session.openAmazonPage(CO_JP_ORDERS);

    expect(await waitFor(() => session!.readBadge(), (b) => b.text === '2')).toEqual({ text: '2', color: RED });
    const popup = await session.openPopup();
    let dialogs = 0;
    popup.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await reloadUntil(popup, 'article.finding', 2);
    const text = await popup.locator('.findings').innerText();
    expect(text).toContain('Shipped to 8800 NW 25th St Ste 120 #JX4471, Doral, FL, which is not your known address (in another region');
    expect(text).toContain('$489.00');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(await popup.locator('.findings img').count()).toBe(0);
    expect(dialogs).toBe(0);
  });

  it('a page it cannot read says so in the popup instead of "all clear"', async () => {
    session = await launchExtension({ language: 'en' });
    await addOwnerAddressInOptions(session, 'com');
    session.serveAmazonPage(COM_ORDERS, ownFixture('com/robot-check.html'));
    await session.openAmazonPage(COM_ORDERS);
    const popup = await session.openPopup();
    const problem = popup.locator('.status__read--problem');
    await reloadUntil(popup, '.status__read--problem');
    expect(await problem.innerText()).toContain('www.amazon.com: Amazon showed a robot check');
    expect(await popup.locator('.status__clear').count()).toBe(0);
    expect((await session.readBadge()).text).toBe('');
  });
});
