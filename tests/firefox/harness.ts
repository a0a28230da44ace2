import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { waitFor } from '../browser/harness';
import { AMAZON_HOSTS, startLocalAmazon, type LocalAmazon } from '../browser/local-amazon';

/**
 * Real Firefox ESR (Debian's `firefox-esr`), headless, driven over WebDriver BiDi with puppeteer-core, with the
 * built Firefox extension installed as a temporary add-on. Amazon is the project's local HTTPS stand-in: Firefox sends
 * every request through a local proxy (a pref, never /etc/hosts) that tunnels the Amazon hosts to it and refuses
 * every other host, counting it, so a request that leaves Amazon is seen.
 */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = fileURLToPath(new URL('../../.output/firefox-mv3', import.meta.url));
/** The add-on's id (wxt.config.ts) and the UUID we give it, so that its pages have a known moz-extension:// origin. */
const ADDON_ID = 'order-sentinel@order-sentinel.dev';
export const ADDON_UUID = '5f3c6a2e-8d41-4b7a-9e0c-2a1b7d9f4c36';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

/**
 * Firefox's own services (remote settings, which it asks for even with its server pref pointed away): refused too, but
 * counted apart, since the extension's requests are what the tests judge.
 */
const FIREFOX_OWN = /(^|\.)(mozilla\.(com|net|org)|firefox\.com)$/i;

/** A proxy for HTTPS (CONNECT) and plain HTTP: Amazon hosts to the stand-in, anything else refused and counted. */
async function startProxy(amazonPort: number) {
  const refused: string[] = [];
  const firefoxOwn: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    (FIREFOX_OWN.test(host) ? firefoxOwn : refused).push(`http ${host}${request.url ?? ''}`);
    response.writeHead(403).end();
  });
  server.on('connect', (request, client: Socket, head: Buffer) => {
    const [host] = (request.url ?? '').split(':');
    sockets.add(client);
    if (!AMAZON_HOSTS.includes(host.toLowerCase())) {
      (FIREFOX_OWN.test(host) ? firefoxOwn : refused).push(`https ${request.url}`);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(amazonPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    const end = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', end);
    client.on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    refused,
    firefoxOwn,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export interface FirefoxSession {
  browser: Browser;
  amazon: LocalAmazon;
  /** Requests to hosts other than Amazon's (and Firefox's own services), refused by the proxy. */
  refused: string[];
  /** Firefox's own service connections, refused. */
  firefoxOwn: string[];
  /** A page of the extension (popup.html, options.html), polled until `ready` is on it (they report no load event). */
  extensionPage(path: string, ready: string): Promise<Page>;
  /** An Amazon page (served by the stand-in), opened in a new tab. */
  openAmazonPage(url: string): Promise<Page>;
  /** Runs `fn` in an extension page (where `browser.*` and the extension's IndexedDB are). */
  inExtension<T>(fn: string): Promise<T>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /**
   * How long the background may sit idle before Firefox suspends it (Firefox's default is 30 s): short, it is
   * suspended between requests and pages, and each event must wake it.
   */
  backgroundIdleMs?: number;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  const amazon = await startLocalAmazon();
  const proxy = await startProxy(amazon.port);
  const profile = await mkdtemp(join(tmpdir(), 'order-sentinel-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    acceptInsecureCerts: true,
    // moz-extension:// pages can be opened over BiDi only with this.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // The driver's profile turns cookie partitioning off; the owner's Firefox has it on.
      'network.cookie.cookieBehavior': 5,
      ...(options.backgroundIdleMs !== undefined && { 'extensions.background.idle.timeout': options.backgroundIdleMs }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.dns.disablePrefetch': true,
      'network.http.speculative-parallel-limit': 0,
      // Firefox's own traffic off, so that any request the proxy refuses is the extension's.
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'extensions.blocklist.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.region.network.url': '',
      'browser.search.update': false,
      'app.normandy.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.newtabpage.activity-stream.feeds.topsites': false,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);

  const openTab = async (url: string) => {
    const page = await browser.newPage();
    // Extension pages and some Amazon pages report no load event over BiDi: do not wait for it.
    void page.goto(url, { timeout: 0 }).catch(() => undefined);
    return page;
  };
  const extensionPage = async (path: string, ready: string) => {
    const page = await openTab(`${EXTENSION_ORIGIN}/${path}`);
    await page.bringToFront();
    await waitFor(
      () => page.evaluate((selector) => location.href.startsWith('moz-extension:') && document.querySelector(selector) !== null, ready).catch(() => false),
      (ok) => ok,
      20_000,
    );
    return page;
  };
  let observer: Page | undefined;
  const session: FirefoxSession = {
    browser,
    amazon,
    refused: proxy.refused,
    firefoxOwn: proxy.firefoxOwn,
    extensionPage,
    openAmazonPage: async (url) => {
      const page = await openTab(url);
      await waitFor(() => page.evaluate(() => location.href).catch(() => ''), (href) => href === url, 20_000);
      return page;
    },
    inExtension: async (fn) => {
      observer ??= await extensionPage('popup.html', 'body');
      return observer.evaluate(fn) as never;
    },
    close: async () => {
      await browser.close().catch(() => undefined);
      await proxy.close();
      await amazon.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
  return session;
}

/** Whole tables of the extension's database, read in an extension page in one read-only transaction. */
export async function readTables(session: FirefoxSession, tables: string[]): Promise<Record<string, Record<string, unknown>[]>> {
  return session.inExtension(`new Promise((resolve, reject) => {
    const names = ${JSON.stringify(tables)};
    const result = Object.fromEntries(names.map((n) => [n, []]));
    const open = indexedDB.open('order-sentinel');
    open.onupgradeneeded = () => open.transaction.abort();
    open.onerror = () => resolve(result);
    open.onsuccess = () => {
      const db = open.result;
      db.onversionchange = () => db.close();
      const present = names.filter((n) => db.objectStoreNames.contains(n));
      if (present.length === 0) { db.close(); resolve(result); return; }
      const tx = db.transaction(present, 'readonly');
      for (const n of present) { const r = tx.objectStore(n).getAll(); r.onsuccess = () => { result[n] = r.result; }; }
      tx.oncomplete = () => { db.close(); resolve(result); };
      tx.onerror = () => { db.close(); reject(tx.error); };
    };
  })`);
}

/** The badge as Firefox's own `browser.action` reports it. */
export function readBadge(session: FirefoxSession): Promise<{ text: string; color: number[] }> {
  return session.inExtension(`(async () => ({ text: await browser.action.getBadgeText({}), color: await browser.action.getBadgeBackgroundColor({}) }))()`);
}
