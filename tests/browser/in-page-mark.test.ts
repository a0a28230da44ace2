import { afterEach, describe, expect, it } from 'vitest';
import { CO_JP_ORDERS, ownFixture } from './fixtures';
import { closedShadow, launchExtension, waitFor, type ExtensionSession } from './harness';
import { addOwnerAddressInOptions } from './known-addresses';

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('the mark on a suspicious order card', () => {
  it('sits on the Kansai order only, explains why, survives Amazon-style CSS, and takes the owner’s answer', async () => {
    session = await launchExtension({ language: 'ja' });
    await addOwnerAddressInOptions(session, 'co.jp');
    // A page whose own styles would break a naive mark: hostile global rules for buttons, lists and asides.
    const hostileCss = '<style>* { font-size: 2px !important; color: transparent !important; } button, aside { display: none !important; }</style>';
    session.serveAmazonPage(CO_JP_ORDERS, ownFixture('co.jp/order-list-current-attack.html').replace('</head>', `${hostileCss}</head>`));
    const page = await session.openAmazonPage(CO_JP_ORDERS);

    const marks = await waitFor(() => closedShadow(page, 'order-sentinel-mark'), (m) => m.count === 1);
    expect(marks.texts[0]).toContain('警告');
    expect(marks.texts[0]).toContain('大阪府大阪市住之江区南港北1-7-89 に発送されました。');
    // It is inside the attack order's card, before anything else in it.
    expect(await page.locator('.js-order-card', { hasText: '250-4417283-9920416' }).evaluate((card) => card.firstElementChild?.tagName)).toBe('ORDER-SENTINEL-MARK');
    // The hostile page CSS did not hide it: its buttons have a real size.
    expect(await page.locator('order-sentinel-mark').boundingBox()).toMatchObject({ height: expect.any(Number) });
    expect((await page.locator('order-sentinel-mark').boundingBox())!.height).toBeGreaterThan(40);

    // A page script cannot answer for the owner: the shadow root is closed, and untrusted clicks are ignored.
    expect(await page.evaluate(() => (document.querySelector('order-sentinel-mark') as HTMLElement).shadowRoot)).toBeNull();

    await marks.click(0, '身に覚えがない');
    expect((await waitFor(() => closedShadow(page, 'order-sentinel-mark'), (m) => m.texts[0].includes('記録しました'))).texts[0]).toContain('身に覚えのない注文として記録しました');
    expect(await waitFor(() => session!.readBadge(), (b) => b.text === '')).toMatchObject({ text: '' });
    await page.screenshot({ path: 'test-output/in-page-mark-ja.png' });
  });
});
