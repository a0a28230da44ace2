import { afterEach, describe, expect, it } from 'vitest';
import { ownFixture } from './fixtures';
import { readStore, waitFor, type ExtensionSession, type FindingRow } from './harness';
import type { LocalAmazon } from './local-amazon';
import { checkEnded, checkState, DEVICES, EMPTY_LIST, HISTORY, HISTORY_PAGE_2, LOGIN_SECURITY, pressCheckNow, setUpSignedIn } from './local-check';

/*
 * After a periodic check Chrome's offscreen document (where fetched pages are read) stays open, and it is an
 * extension context too: every runtime message reaches it as well as the background. The popup's questions must
 * still be answered by the background — the offscreen document must not answer them first, with nothing.
 */

const OPENINGS = 5;

let session: ExtensionSession | undefined;
let amazon: LocalAmazon | undefined;
afterEach(async () => {
  await session?.close();
  await amazon?.close();
  session = undefined;
  amazon = undefined;
});

describe('the popup while the offscreen document is alive', { timeout: 180_000 }, () => {
  it('lists every open finding after a background check, every time it is opened', async () => {
    ({ amazon, session } = await setUpSignedIn());
    const s = session;
    // The attacker's order appears on the server; the rest of the check reads cleanly.
    amazon.pages.set(HISTORY, ownFixture('co.jp/order-list-current-attack.html'));
    amazon.pages.set(HISTORY_PAGE_2, EMPTY_LIST);
    amazon.pages.set(DEVICES, ownFixture('co.jp/devices.html'));
    amazon.pages.set(LOGIN_SECURITY, ownFixture('co.jp/login-security.html'));

    const { popup, since } = await pressCheckNow(s);
    await waitFor(() => checkState(s), (state) => state !== null && state.startedAt >= since, 15_000);
    await popup.close();
    const started = Date.now();
    await checkEnded(s, since);
    console.log(`[offscreen popup] check: ${amazon.requests.length} requests in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // The check found the attack order (read in the offscreen document), and that document is still there.
    const open = (await readStore<FindingRow>(s, 'findings')).filter((f) => f.status === 'open');
    expect(open.filter((f) => f.severity === 'alert').map((f) => f.orderId)).toContain('250-4417283-9920416');
    const offscreenDocuments = async () =>
      (await s.worker()).evaluate(
        async () =>
          (await (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<unknown[]> } } }).chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length,
      );
    expect(await offscreenDocuments(), 'offscreen documents alive after the check').toBe(1);

    // One card per order (and per account finding), as the popup groups them.
    const cards = new Set(open.map((f) => (f.orderId ? `${f.marketplace}|${f.orderId}` : f.id)));
    const orderIds = [...new Set(open.flatMap((f) => (f.orderId ? [f.orderId] : [])))];
    // Each opening is a fresh popup, not reloaded until it works: the first answer it gets must be the real one.
    const shown: number[] = [];
    for (let opening = 1; opening <= OPENINGS; opening++) {
      const page = await s.openPopup();
      const count = await waitFor(() => page.locator('article.finding').count(), (n) => n >= cards.size, 5_000).catch(() => -1);
      const text = count >= 0 ? await page.locator('.findings').innerText() : await page.locator('body').innerText();
      shown.push(count);
      expect(count, `opening ${opening}: cards shown (-1: none within 5 s); the popup shows ${JSON.stringify(text.replace(/\s+/g, ' ').slice(0, 300))}`).toBe(cards.size);
      for (const id of orderIds) expect(text).toContain(id);
      await page.close();
    }
    console.log(`[offscreen popup] ${cards.size} card(s) expected; shown per opening: ${shown.join(', ')}`);
    // The premise held throughout: the offscreen document was alive while the popup asked.
    expect(await offscreenDocuments()).toBe(1);
  });
});
