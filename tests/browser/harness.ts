import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/**
 * Real Chromium with the built extension, for tests and the demo. Every http(s) request is answered by the harness:
 * pages registered with `serveAmazonPage` are served at their Amazon URL, anything else is aborted, so no test
 * ever reaches the network.
 */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROME_BUILD = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

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
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (a new one if Chrome restarted it). */
  worker(): Promise<Worker>;
  /** Serves `html` at `url` (an Amazon URL) from now on. */
  serveAmazonPage(url: string, html: string): void;
  /** Opens an Amazon URL in a new tab and waits until it has loaded. */
  openAmazonPage(url: string): Promise<Page>;
  readBadge(): Promise<{ text: string; color: number[] }>;
  openPopup(): Promise<Page>;
  openOptions(): Promise<Page>;
  userDataDir: string;
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
  const extensionDir = options.extensionDir ?? CHROME_BUILD;
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
        ? [`--host-resolver-rules=MAP www.amazon.co.jp 127.0.0.1:${options.localAmazonPort}, MAP * ~NOTFOUND`, '--ignore-certificate-errors']
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

  return {
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
    readBadge: async () =>
      (await worker()).evaluate(async () => {
        // Runs in the service worker, where Chromium's own `chrome.action` answers.
        const { action } = (globalThis as unknown as { chrome: { action: ChromeActionBadge } }).chrome;
        return { text: await action.getBadgeText({}), color: await action.getBadgeBackgroundColor({}) };
      }),
    openPopup: () => extensionPage('popup.html'),
    openOptions: () => extensionPage('options.html'),
    userDataDir,
    stopServiceWorker: async () => {
      const browserSession = await context.browser()!.newBrowserCDPSession();
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

/** Reloads an extension page until `selector` matches `count` elements (the popup shows a snapshot when opened). */
export async function reloadUntil(page: Page, selector: string, count = 1): Promise<void> {
  await waitFor(
    async () => {
      await page.reload();
      await page.locator('body > main > *').first().waitFor();
      return page.locator(selector).count();
    },
    (n) => n >= count,
  );
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
