import { afterEach, describe, expect, it } from 'vitest';
import { CO_JP_ORDERS, COM_ORDERS, ownFixture } from './fixtures';
import { closedShadow, launchExtension, reloadUntil, waitFor, type ExtensionSession } from './harness';
import { addOwnerAddressInOptions } from './known-addresses';
import { axeViolations } from './axe';

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe.each(['ja', 'en'] as const)('accessibility (%s)', (language) => {
  it('axe finds no violation in the popup with findings, the recovery view, the options page and the in-page mark', async () => {
    session = await launchExtension({ language });
    const options = await addOwnerAddressInOptions(session, language === 'ja' ? 'co.jp' : 'com');
    const url = language === 'ja' ? CO_JP_ORDERS : COM_ORDERS;
    session.serveAmazonPage(url, ownFixture(`${language === 'ja' ? 'co.jp' : 'com'}/order-list-current-attack.html`));
    const amazon = await session.openAmazonPage(url);

    await options.reload();
    await options.locator('.address-list li').first().waitFor();
    expect(await axeViolations(options)).toEqual([]);

    const popup = await session.openPopup();
    await reloadUntil(popup, 'article.finding');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.locator('.popup__nav button').first().click();
    await popup.locator('.recovery__top').waitFor();
    expect(await axeViolations(popup)).toEqual([]);

    // axe cannot enter a closed shadow root: the mark's rendered content and its styles are checked in a page of
    // their own, exactly as rendered on Amazon's page.
    const mark = await waitFor(() => closedShadow(amazon, 'order-sentinel-mark'), (m) => m.count === 1);
    const markPage = await session.context.newPage();
    await markPage.setContent(`<!doctype html><html lang="${language}"><head><title>mark</title></head><body><main>${mark.html[0]}</main></body></html>`);
    expect(await axeViolations(markPage, true)).toEqual([]);
  });
});
