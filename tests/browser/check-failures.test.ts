import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ownFixture } from './fixtures';
import { readStore, reloadUntil, waitFor, type ExtensionSession } from './harness';
import type { LocalAmazon } from './local-amazon';
import {
  checkEnded,
  checkState,
  DEVICES,
  HISTORY,
  LOGIN_SECURITY,
  pressCheckNow,
  requestsOffAmazon,
  setUpSignedIn,
  type CheckStateRow,
} from './local-check';

/*
 * A periodic check that could not read the history must never leave the popup saying all is clear — whether
 * Amazon answered with an error, a robot check, a redirect home or away from Amazon, or a page cut short — and it
 * never follows Amazon anywhere else. Each case: signed in, the owner's address added, the (benign) history read
 * once by the content script (so before the check the popup does say 「確認が必要な注文はありません。」).
 */

const HISTORY_URL = `https://www.amazon.co.jp${HISTORY}`;
const ERROR_PAGE = '<!doctype html><html lang="ja-JP"><head><title>Amazon.co.jp</title></head><body><h1>Service Unavailable</h1><p>ただいま大変混み合っています。しばらくしてから再度お試しください。</p></body></html>';
/** Amazon's home page, as far as it matters here (invented, not an order page). */
const HOME_PAGE = '<!doctype html><html lang="ja-JP"><head><title>Amazon.co.jp | 本, ファッション, 家電から食品まで</title></head><body><div id="nav-belt"><a href="/">Amazon.co.jp</a></div><div id="pageContent"><h2>おすすめ商品</h2></div></body></html>';
/** The attack page cut inside the attack order's card: after its order number, before its ship-to address. */
function cutAttackPage(): string {
  const page = ownFixture('co.jp/order-list-current-attack.html');
  const cut = page.slice(0, page.indexOf('<div class="a-box delivery-box">'));
  return cut;
}

let session: ExtensionSession | undefined;
let amazon: LocalAmazon | undefined;
afterEach(async () => {
  await session?.close();
  await amazon?.close();
  session = undefined;
  amazon = undefined;
});

async function setUp() {
  ({ amazon, session } = await setUpSignedIn());
  // The rest of the check reads cleanly, so nothing but the history can be the problem.
  amazon.pages.set(DEVICES, ownFixture('co.jp/devices.html'));
  amazon.pages.set(LOGIN_SECURITY, ownFixture('co.jp/login-security.html'));
  return { amazon, session };
}

/** The check has dealt with the history's answer: failed and backing off, stopped, or gone on to the next list. */
const historyHandled = (state: CheckStateRow | null, since: number) =>
  state !== null &&
  state.startedAt >= since &&
  ((state.failures['co.jp'] ?? 0) > 0 || state.stopped['co.jp'] !== undefined || state.finishedAt !== null || state.queue[0]?.url !== HISTORY_URL);

/**
 * The popup's status once it shows `selector` (a problem line): what those lines say, and whether it says all
 * clear. If it never does, the error also says what the database holds (the popup may have shown nothing at all).
 */
async function popupStatus(session: ExtensionSession, popup: Page, selector: string, timeoutMs: number) {
  try {
    await reloadUntil(popup, selector, 1, timeoutMs);
  } catch (error) {
    const reads = await readStore(session, 'pageReads');
    const check = await checkState(session);
    throw new Error(`${(error as Error).message}\nstored: pageReads ${JSON.stringify(reads)}; check ${JSON.stringify({ ...check, queue: check?.queue.length })}`);
  }
  return {
    problem: await popup.locator(selector).allInnerTexts(),
    allClear: await popup.locator('.status__clear').count(),
  };
}

describe('a check that could not read the history says so', { timeout: 180_000 }, () => {
  it('(a) 503 with an error page: while it backs off, a problem line for www.amazon.co.jp, no all-clear', async () => {
    const { amazon, session } = await setUp();
    amazon.pages.set(HISTORY, { status: 503, body: ERROR_PAGE });
    const { popup, since } = await pressCheckNow(session);
    // The first request failed and the check saved it; it now waits 30 s before trying again.
    const state = await waitFor(() => checkState(session), (s) => s !== null && s.startedAt >= since && (s.failures['co.jp'] ?? 0) > 0, 20_000);
    expect(state!.finishedAt).toBeNull();
    expect(amazon.requests.map((r) => r.path)).toEqual([HISTORY]);

    const status = await popupStatus(session, popup, '.status__read--problem', 15_000);
    expect(status.problem.join('\n')).toContain('www.amazon.co.jp');
    expect(status.allClear, 'the all-clear line').toBe(0);
    // Still backing off: no second request yet, the check not over.
    expect((await checkState(session))!.finishedAt).toBeNull();
    expect(requestsOffAmazon(amazon)).toEqual([]);
  });

  it('(b) a robot check served with status 503: one request, the robot-check problem, no all-clear', async () => {
    const { amazon, session } = await setUp();
    amazon.pages.set(HISTORY, { status: 503, body: ownFixture('com/robot-check.html') });
    const { popup, since } = await pressCheckNow(session);

    const status = await popupStatus(session, popup, '.status__read--problem', 20_000);
    expect(status.problem.join('\n')).toContain('ロボット確認');
    expect(status.allClear, 'the all-clear line').toBe(0);
    // A robot check stops the marketplace at once: the check is over, after that one request.
    await checkEnded(session, since, 20_000);
    expect(amazon.requests.map((r) => r.path)).toEqual([HISTORY]);
    expect(requestsOffAmazon(amazon)).toEqual([]);
  });

  it('(c) 302 to the home page: a problem line, no all-clear', async () => {
    const { amazon, session } = await setUp();
    amazon.pages.set(HISTORY, { status: 302, headers: { location: 'https://www.amazon.co.jp/' } });
    amazon.pages.set('/', HOME_PAGE);
    const { popup, since } = await pressCheckNow(session);
    await waitFor(() => checkState(session), (s) => historyHandled(s, since), 20_000);

    const status = await popupStatus(session, popup, '.status__read--problem', 40_000);
    expect(status.problem.join('\n')).toContain('www.amazon.co.jp');
    // Said as a redirect (usually to sign in), not as a site that did not answer.
    expect(status.problem.join('\n')).toContain('別のページ');
    expect(status.allClear, 'the all-clear line').toBe(0);
    // And so it stays once the check is over.
    await checkEnded(session, since, 60_000);
    expect(await popupStatus(session, popup, '.status__read--problem', 10_000)).toMatchObject({ allClear: 0 });
    expect(requestsOffAmazon(amazon)).toEqual([]);
  });

  it('(d) a page cut inside the attack order’s card: “could not be read completely”, no all-clear', async () => {
    const { amazon, session } = await setUp();
    const cut = cutAttackPage();
    // The cut is where it should be: the order number is in, its ship-to address is not.
    expect(cut).toContain('250-4417283-9920416');
    expect(cut).not.toContain('南港北');
    amazon.pages.set(HISTORY, cut);
    const { popup, since } = await pressCheckNow(session);
    await waitFor(() => checkState(session), (s) => historyHandled(s, since), 20_000);

    const status = await popupStatus(session, popup, '.status__incomplete', 40_000);
    expect(status.problem.join('').trim()).not.toBe('');
    expect(status.allClear, 'the all-clear line').toBe(0);
    await checkEnded(session, since, 60_000);
    expect(await popupStatus(session, popup, '.status__incomplete', 10_000)).toMatchObject({ allClear: 0 });
    expect(requestsOffAmazon(amazon)).toEqual([]);
  });

  it('(e) 302 to https://evil.example/steal: not followed, a problem line, no all-clear', async () => {
    const { amazon, session } = await setUp();
    amazon.pages.set(HISTORY, { status: 302, headers: { location: 'https://evil.example/steal' } });
    amazon.pages.set('/steal', '<html><body>stolen</body></html>');
    const { popup, since } = await pressCheckNow(session);
    await waitFor(() => checkState(session), (s) => historyHandled(s, since), 20_000);
    // evil.example resolves to the local server too: had the redirect been followed, it would be listed here.
    expect(amazon.requests.filter((r) => r.host === 'evil.example'), 'requests to evil.example').toEqual([]);

    const status = await popupStatus(session, popup, '.status__read--problem', 40_000);
    expect(status.problem.join('\n')).toContain('www.amazon.co.jp');
    // Said as a redirect (usually to sign in), not as a site that did not answer.
    expect(status.problem.join('\n')).toContain('別のページ');
    expect(status.allClear, 'the all-clear line').toBe(0);
    expect(requestsOffAmazon(amazon)).toEqual([]);
  });
});
