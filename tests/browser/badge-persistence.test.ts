import { afterEach, describe, expect, it } from 'vitest';
import { CO_JP_ORDERS, ownFixture } from './fixtures';
import { launchExtension, waitFor, type ExtensionSession } from './harness';
import { addOwnerAddressInOptions } from './known-addresses';

const RED = [0xc4, 0x00, 0x00, 255];
let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('the badge is right after restarts', () => {
  it('after the service worker is stopped, and after the browser restarts', async () => {
    session = await launchExtension({ language: 'en' });
    await addOwnerAddressInOptions(session, 'co.jp');
    session.serveAmazonPage(CO_JP_ORDERS, ownFixture('co.jp/order-list-current-attack.html'));
    await session.openAmazonPage(CO_JP_ORDERS);
    await waitFor(() => session!.readBadge(), (b) => b.text === '1');

    await session.stopServiceWorker();
    await session.openPopup(); // the popup's request wakes a new worker
    expect(await waitFor(() => session!.readBadge(), (b) => b.text === '1')).toEqual({ text: '1', color: RED });

    const profile = session.userDataDir;
    await session.closeKeepingProfile();
    session = await launchExtension({ language: 'en', userDataDir: profile });
    // Chrome does not keep badge text across restarts; the background rebuilds it from the stored findings.
    expect(await waitFor(() => session!.readBadge(), (b) => b.text === '1')).toEqual({ text: '1', color: RED });
  });
});
