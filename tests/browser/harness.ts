import type { Localized } from '../../utils/localized';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

/**
 * Real Chromium with the built extension, for tests and the demo. Every http(s) request is answered by the harness:
 * pages registered with `serveAmazonPage` are served at their Amazon URL, anything else is aborted, so no test
 * ever reaches the network (or, with `localAmazonPort`, the local HTTPS stand-in of local-amazon.ts answers the
 * mapped hosts and nothing else resolves). Tests wait for what the extension did — its database (`readStores`,
 * `waitForRead`), the badge, the notifications it created (`recordNotifications`) — never for a page's load.
 */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROME_BUILD = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
/** The build the tests load: `EXTENSION_DIR=/tmp/some-copy` runs them against a copy while .output is rebuilt. */
export const EXTENSION_DIR = process.env.EXTENSION_DIR ?? CHROME_BUILD;
/**
 * The host names sent to the local HTTPS server (`localAmazonPort`); every other host resolves to nothing. Besides
 * www.amazon.co.jp, evil.example: a request that leaves Amazon (a redirect, say) reaches the server and is counted
 * there, instead of failing unseen.
 */
export const LOCAL_HOSTS = ['www.amazon.co.jp', 'evil.example'];

interface ChromeActionBadge {
  getBadgeText(details: object): Promise<string>;
  getBadgeBackgroundColor(details: object): Promise<number[]>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Browser UI language, which the extension's `_locales` follow. */
  language?: 'ja' | 'en';
  extensionDir?: string;
  /** Reuse a profile (to test a browser restart); otherwise a fresh one, removed on close. */
  userDataDir?: string;
  /**
   * Send www.amazon.co.jp to a local HTTPS server on this port instead of routing pages in the browser (routing
   * would also catch the service worker's fetches, without their cookies). Every other host resolves to nothing.
   */
  localAmazonPort?: number;
  /** The host names mapped to the local server (default `LOCAL_HOSTS`). */
  localHosts?: string[];
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (a new one if Chrome restarted it). */
  worker(): Promise<Worker>;
  /** Serves `html` at `url` (an Amazon URL) from now on. */
  serveAmazonPage(url: string, html: string): void;
  /** Opens an Amazon URL in a new tab and waits until it has loaded (not a sign that the extension has read it). */
  openAmazonPage(url: string): Promise<Page>;
  /**
   * Opens an Amazon URL in a new tab and waits until the extension has stored its read (see `waitForRead`), so the
   * tab can be closed without cutting the content script off.
   */
  openAmazonPageAndWaitForRead(url: string, read?: ExpectedRead): Promise<Page>;
  /** The badge, read in the service worker (waking one if none runs), or through `via` (see `observer`). */
  readBadge(via?: Page | Worker): Promise<{ text: string; color: number[] }>;
  /**
   * A tab on one of the extension's static files (its manifest): an extension page that runs none of the
   * extension's code, so it neither wakes the service worker nor answers its messages. `readStores(…, observer)` and
   * `readBadge(observer)` read through it while the worker is stopped, without starting one. Opened once.
   */
  observer(): Promise<Page>;
  /**
   * The popup, opened as a tab of its own. With `forTab`, for that tab: `popup.html?tab=<its id>`, the tab "Report this
   * page" reports (the toolbar popup reports the active tab of its window; a popup in a tab of its own would report
   * itself).
   */
  openPopup(forTab?: Page): Promise<Page>;
  /** The extension API's id of the tab showing `page` (it is brought to the front to be found). */
  tabIdOf(page: Page): Promise<number>;
  openOptions(): Promise<Page>;
  userDataDir: string;
  /** The unpacked extension loaded (its `_locales` say how notifications are worded). */
  extensionDir: string;
  /** Stops the extension's service worker, as Chrome does to an idle one. */
  stopServiceWorker(): Promise<void>;
  /** Closes the browser but keeps the profile (for a restart with `userDataDir`). */
  closeKeepingProfile(): Promise<void>;
  /** Aborted requests to hosts other than the served pages (a privacy check: ours should never appear). */
  blockedRequests: string[];
  close(): Promise<void>;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const language = options.language ?? 'en';
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'order-sentinel-chromium-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROME_PATH,
    headless: options.headless ?? true,
    locale: language === 'ja' ? 'ja-JP' : 'en-US',
    viewport: { width: 1280, height: 900 },
    env: { ...process.env, LANGUAGE: language, LANG: language === 'ja' ? 'ja_JP.UTF-8' : 'en_US.UTF-8' },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...(options.localAmazonPort
        ? [
            `--host-resolver-rules=${[...(options.localHosts ?? LOCAL_HOSTS).map((host) => `MAP ${host} 127.0.0.1:${options.localAmazonPort}`), 'MAP * ~NOTFOUND'].join(', ')}`,
            '--ignore-certificate-errors',
          ]
        : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--lang=${language}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

  const pages = new Map<string, string>();
  const blockedRequests: string[] = [];
  if (!options.localAmazonPort) await context.route(/^https?:\/\//, async (route) => {
    const url = route.request().url();
    const html = pages.get(url);
    if (html !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    blockedRequests.push(url);
    return route.abort('blockedbyclient');
  });

  const worker = async () => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return existing ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
  };
  const extensionId = new URL((await worker()).url()).host;
  const extensionPage = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  };

  let browserSession: CDPSession | undefined;
  let observer: Promise<Page> | undefined;
  const session: ExtensionSession = {
    context,
    extensionId,
    worker,
    blockedRequests,
    serveAmazonPage: (url, html) => void pages.set(url, html),
    openAmazonPage: async (url) => {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    openAmazonPageAndWaitForRead: async (url, read = {}) => {
      const since = Date.now();
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'commit' });
      await waitForRead(session, url, since, read);
      return page;
    },
    readBadge: async (via) =>
      ((via ?? (await worker())) as Worker).evaluate(async () => {
        // Runs in the service worker (or an extension page), where Chromium's own `chrome.action` answers.
        const { action } = (globalThis as unknown as { chrome: { action: ChromeActionBadge } }).chrome;
        return { text: await action.getBadgeText({}), color: await action.getBadgeBackgroundColor({}) };
      }),
    observer: () => (observer ??= extensionPage('manifest.json')),
    openPopup: async (forTab) => extensionPage(forTab ? `popup.html?tab=${await session.tabIdOf(forTab)}` : 'popup.html'),
    tabIdOf: async (page) => {
      // The active tab of the focused window, once it is this page's (its URL is shown to the worker only on Amazon).
      const found = await waitFor(
        async () => {
          await page.bringToFront();
          return (await worker()).evaluate(async () => {
            const { tabs } = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
            const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
            return { id: tab?.id ?? null, url: tab?.url ?? null };
          });
        },
        (tab) => tab.id !== null && (tab.url === null || tab.url === page.url()),
      );
      return found.id!;
    },
    openOptions: () => extensionPage('options.html'),
    userDataDir,
    extensionDir,
    stopServiceWorker: async () => {
      // One browser session for the whole launch: a stop timed after an event costs one round trip, not three.
      browserSession ??= await context.browser()!.newBrowserCDPSession();
      const { targetInfos } = (await browserSession.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
      const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
      if (target) await browserSession.send('Target.closeTarget', { targetId: target.targetId });
    },
    closeKeepingProfile: async () => {
      await context.close();
    },
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}

/**
 * Reads whole tables of the extension's database ('order-sentinel') in the service worker, in one read-only
 * transaction, so that the tables are seen at one moment (what one write committed, all of it or none). A table
 * that does not exist yet reads as empty, and so does a database the extension has not created yet: it is never
 * created from here (that would race the extension's own first open).
 */
export async function readStores<T extends string>(session: ExtensionSession, tables: readonly T[], via?: Page | Worker): Promise<Record<T, unknown[]>> {
  // In the service worker unless told otherwise: `via` another extension context of the same origin (`observer`).
  const target = (via ?? (await session.worker())) as Worker;
  return target.evaluate(
    (names: string[]) =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const result: Record<string, unknown[]> = Object.fromEntries(names.map((name) => [name, []]));
        const open = indexedDB.open('order-sentinel');
        open.onupgradeneeded = () => open.transaction!.abort();
        open.onerror = () => resolve(result); // no database yet (the aborted creation lands here)
        open.onsuccess = () => {
          const db = open.result;
          db.onversionchange = () => db.close(); // never hold up the extension's own upgrade
          const present = names.filter((name) => db.objectStoreNames.contains(name));
          if (present.length === 0) {
            db.close();
            resolve(result);
            return;
          }
          const tx = db.transaction(present, 'readonly');
          for (const name of present) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => {
              result[name] = request.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(result);
          };
          tx.onerror = () => {
            db.close();
            reject(tx.error);
          };
        };
      }),
    [...tables],
  ) as Promise<Record<T, unknown[]>>;
}

/** One table of the extension's database, read in the service worker (see `readStores`). */
export async function readStore<R = Record<string, unknown>>(session: ExtensionSession, table: string, via?: Page | Worker): Promise<R[]> {
  return (await readStores(session, [table], via))[table] as R[];
}

/** What identifies a stored read (the fields tests look at; the records hold more). */
export interface StoredOrderRow {
  marketplace: string;
  id: string;
  lastSeenAt: number;
  payments?: unknown[];
  [field: string]: unknown;
}
export interface PageReadRow {
  marketplace: string;
  at: number;
  recognized: boolean;
  problem: string | null;
  orderCount: number;
}
export interface FindingRow {
  id: string;
  rule: string;
  marketplace: string;
  orderId: string | null;
  severity: 'alert' | 'warning' | 'info';
  status: string;
  reason: Localized;
  notifiedAt?: number;
}

export interface ExpectedRead {
  /** The page's orders: the read is stored when each of them is stored and was (re)seen since the page was opened. */
  orderIds?: string[];
  /** More to ask of those orders (a detail page's read adds payments, say). */
  stored?: (orders: StoredOrderRow[]) => boolean;
  timeoutMs?: number;
}

/** 'co.jp' for https://www.amazon.co.jp/… */
export function marketplaceOf(url: string): string {
  return new URL(url).host.replace(/^www\.amazon\./, '');
}

/**
 * Waits until the extension has stored the read of the page at `url` opened at `since` (a time from `Date.now()`;
 * the background stamps its records with the same clock). With `orderIds`: each of those orders is stored with
 * `lastSeenAt` ≥ `since`, and `stored` accepts them. Without: a `pageReads` row of the page's marketplace with
 * `at` ≥ `since` (an order-list page writes one whether or not it could be read; a detail page writes none, so
 * name its order).
 */
export async function waitForRead(session: ExtensionSession, url: string, since: number, read: ExpectedRead = {}): Promise<void> {
  const marketplace = marketplaceOf(url);
  const timeoutMs = read.timeoutMs ?? 20_000;
  if (read.orderIds && read.orderIds.length > 0) {
    const ids = read.orderIds;
    await waitFor(
      async () => {
        const orders = (await readStore<StoredOrderRow>(session, 'orders')).filter((o) => o.marketplace === marketplace && ids.includes(o.id) && o.lastSeenAt >= since);
        return { url, stored: orders.map((o) => o.id), ok: orders.length === ids.length && (read.stored?.(orders) ?? true) };
      },
      (state) => state.ok,
      timeoutMs,
    );
    return;
  }
  await waitFor(
    async () => ({ url, read: (await readStore<PageReadRow>(session, 'pageReads')).find((r) => r.marketplace === marketplace && r.at >= since) ?? null }),
    (state) => state.read !== null,
    timeoutMs,
  );
}

/** What one `chrome.notifications.create` call asked for. */
export interface NotificationCall {
  id: string | null;
  title: string;
  message: string;
  at: number;
}

/**
 * Records every notification the background creates from now on: `chrome.notifications.create` (and `browser.`'s,
 * should it be another object) is wrapped in the service worker, which looks the function up on that object at each
 * call. The record lives in this worker; `recordedNotifications` refuses to answer from a worker started since.
 */
export async function recordNotifications(session: ExtensionSession): Promise<void> {
  await (await session.worker()).evaluate(() => {
    type Api = { create: (...args: unknown[]) => unknown };
    const g = globalThis as unknown as { chrome: { notifications: Api }; browser?: { notifications?: Api }; __orderSentinelNotifications?: unknown[] };
    if (g.__orderSentinelNotifications) return;
    const calls: unknown[] = [];
    g.__orderSentinelNotifications = calls;
    const apis = new Set<Api>([g.chrome.notifications, ...(g.browser?.notifications ? [g.browser.notifications] : [])]);
    for (const api of apis) {
      const original = api.create.bind(api);
      api.create = (...args: unknown[]) => {
        const options = args.find((a) => typeof a === 'object' && a !== null) as { title?: string; message?: string } | undefined;
        calls.push({ id: typeof args[0] === 'string' ? args[0] : null, title: options?.title ?? '', message: options?.message ?? '', at: Date.now() });
        return original(...args);
      };
    }
  });
}

export async function recordedNotifications(session: ExtensionSession): Promise<NotificationCall[]> {
  const calls = await (await session.worker()).evaluate(() => (globalThis as unknown as { __orderSentinelNotifications?: unknown[] }).__orderSentinelNotifications ?? null);
  if (!calls) throw new Error('the service worker was restarted since recordNotifications(): its notifications were not recorded');
  return calls as NotificationCall[];
}

/**
 * How many findings one notification covers: its message is the first finding's reason, and for more than one a
 * suffix from the locale key `notificationMore` (" ほか5件", " and 5 more") naming how many others.
 */
export function findingsInNotification(session: ExtensionSession, language: 'ja' | 'en', message: string): number {
  const messages = JSON.parse(readFileSync(join(session.extensionDir, '_locales', language, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  const template = messages.notificationMore.message;
  const pattern = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\$ARG1\\\$/i, '(\\d+)');
  const more = new RegExp(` ${pattern}$`).exec(message);
  return more ? 1 + Number(more[1]) : 1;
}

/** Polls until `read` returns what `done` accepts (the extension works asynchronously), or fails with the last value. */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline) throw new Error(`waitFor timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

/**
 * Reloads an extension page until `selector` matches `count` elements (the popup shows a snapshot when opened). On
 * timeout the error says what the page showed instead.
 */
export async function reloadUntil(page: Page, selector: string, count = 1, timeoutMs = 10_000): Promise<void> {
  try {
    await waitFor(
      async () => {
        await page.reload();
        await page.locator('body > main > *').first().waitFor();
        return page.locator(selector).count();
      },
      (n) => n >= count,
      timeoutMs,
    );
  } catch (error) {
    const shown = await page.locator('body').innerText().catch(() => '(unreadable)');
    throw new Error(`${(error as Error).message}: ${count} × ${selector} never shown in ${page.url()}; it shows: ${JSON.stringify(shown.replace(/\s+/g, ' ').slice(0, 600))}`);
  }
}

/**
 * The text and the buttons inside closed shadow roots (the in-page marks), which locators cannot reach: read through
 * the DevTools protocol with `pierce`, clicked with real (trusted) mouse events at their place on the page.
 */
export async function closedShadow(page: Page, hostTag: string) {
  const cdp = await page.context().newCDPSession(page);
  type Node = { nodeId: number; backendNodeId: number; nodeName: string; nodeValue?: string; children?: Node[]; shadowRoots?: Node[]; attributes?: string[] };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
  const hosts: Node[] = [];
  const walk = (node: Node) => {
    if (node.nodeName.toLowerCase() === hostTag) hosts.push(node);
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child);
  };
  walk(root);
  const textOf = (node: Node): string =>
    node.nodeName === '#text' ? (node.nodeValue ?? '') : node.nodeName === 'STYLE' ? '' : [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf).join(' ');
  const buttons = (node: Node): Node[] =>
    node.nodeName === 'BUTTON' ? [node] : [...(node.shadowRoots ?? []), ...(node.children ?? [])].flatMap(buttons);
  const shadowHtml = async (host: Node) => {
    const shadow = host.shadowRoots?.[0];
    if (!shadow) return '';
    const parts = await Promise.all((shadow.children ?? []).map(async (child) => (await cdp.send('DOM.getOuterHTML', { backendNodeId: child.backendNodeId })) as { outerHTML: string }));
    return parts.map((p) => p.outerHTML).join('');
  };
  return {
    count: hosts.length,
    texts: hosts.map((h) => textOf(h).replace(/\s+/g, ' ').trim()),
    /** The shadow root's markup (its style and content), for checks that cannot enter a closed root. */
    html: await Promise.all(hosts.map(shadowHtml)),
    /** Clicks the button whose text is `label` in the mark of host `index`, as a person would. */
    click: async (index: number, label: string) => {
      const button = buttons(hosts[index]).find((b) => textOf(b).trim() === label);
      if (!button) throw new Error(`no button ${label}`);
      await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: button.backendNodeId });
      const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as { model: { content: number[] } };
      const [x1, y1, , , x3, y3] = model.content;
      await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
    },
  };
}
