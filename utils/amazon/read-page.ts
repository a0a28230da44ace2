import { MARKETPLACES, marketplaceForUrl, type Marketplace } from '../marketplaces';
import { detectProblemPage } from './detect-problem-page';
import type { AccountPageKind, AccountPageResult } from './account-types';
import { readAddressBook } from './read-address-book';
import { readDevices } from './read-devices';
import { readLoginSecurity } from './read-login-security';
import { readOrderDetail } from './read-order-detail';
import { readOrderList } from './read-order-list';
import { readTransactions } from './read-transactions';
import { addressBookSelectors, orderDetailSelectors, orderListSelectors, transactionSelectors } from './selectors';
import { textOf, withoutBidi } from './text';
import type { PageKind, PageResult, UnrecognizedReason } from './types';

export interface UnknownPage {
  recognized: false;
  kind: 'unknown';
  marketplace: Marketplace['id'] | null;
  reason: UnrecognizedReason | 'not an Amazon page we read';
}

export type AnyPageResult = PageResult | AccountPageResult;
type AnyKind = PageKind | AccountPageKind;

const READERS: Record<AnyKind, (root: ParentNode, url: string) => AnyPageResult> = {
  'order-list': readOrderList,
  'order-detail': readOrderDetail,
  transactions: readTransactions,
  'address-book': readAddressBook,
  devices: readDevices,
  'login-security': readLoginSecurity,
};

/**
 * Reads any page we understand. With a URL, its path says what the page is; without one (a saved page), the kind
 * and marketplace are inferred from the content: canonical links, absolute Amazon links, `<html lang>`, currency.
 */
export function readPage(root: ParentNode, url?: string): AnyPageResult | UnknownPage {
  const marketplace = url ? marketplaceForUrl(url) : inferMarketplace(root);
  if (!marketplace) return { recognized: false, kind: 'unknown', marketplace: null, reason: 'unsupported marketplace' };
  const pageUrl = url ?? `https://${marketplace.host}/`;
  const kind = (url ? kindFromUrl(url) : null) ?? kindFromContent(root);
  if (!kind) {
    const problem = detectProblemPage(root, pageUrl);
    return { recognized: false, kind: 'unknown', marketplace: marketplace.id, reason: problem ?? 'not an Amazon page we read' };
  }
  return withoutBidiDeep(READERS[kind](root, pageUrl));
}

/**
 * Every string of a result without bidirectional controls. textOf and linesOf already drop them where text leaves the
 * DOM (so labels and dates are matched without them); this one pass over the result is what makes it complete: it
 * also covers attributes, embedded JSON (`__NEXT_DATA__`, popover JSON) and whatever a reader reads next.
 */
function withoutBidiDeep<T>(value: T): T {
  if (typeof value === 'string') return withoutBidi(value) as T;
  if (Array.isArray(value)) return value.map(withoutBidiDeep) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, withoutBidiDeep(field)])) as T;
  }
  return value;
}

export function kindFromUrl(url: string): AnyKind | null {
  const parsed = new URL(url);
  const path = parsed.pathname;
  // A sign-in page stands in for the page it returns to.
  const returnTo = parsed.searchParams.get('openid.return_to');
  if (/\/ap\/signin/.test(path) && returnTo && marketplaceForUrl(returnTo)) return kindFromUrl(returnTo);
  if (/order-details|order-summary|\/summary\/edit\.html/.test(path)) return 'order-detail';
  if (/\/cpe\/yourpayments\/transactions/.test(path)) return 'transactions';
  if (/order-history|\/your-orders\/(orders|search)/.test(path)) return 'order-list';
  if (/^(\/-\/\w+)?\/a\/addresses/.test(path)) return 'address-book';
  if (/\/hz\/mycd\/digital-console\/alldevices|\/mn\/dcw\/myx\.html/.test(path)) return 'devices';
  if (/\/ax\/account\/manage|\/ap\/cnep|\/a\/settings\/approval/.test(path)) return 'login-security';
  return null;
}

function kindFromContent(root: ParentNode): AnyKind | null {
  if (root.querySelector(transactionSelectors.container)) return 'transactions';
  if (root.querySelector(orderListSelectors.card) && !root.querySelector('#orderDetails, [data-component="orderDetailsTitle"]')) return 'order-list';
  if (root.querySelector(orderDetailSelectors.container)) return 'order-detail';
  if (root.querySelector(orderListSelectors.shell) || root.querySelector(orderListSelectors.orderCount)) return 'order-list';
  // Account pages: only by their own markers, which order pages never carry.
  if (root.querySelector(addressBookSelectors.block) || root.querySelector(addressBookSelectors.addTile)) return 'address-book';
  if (root.querySelector('.device-type-group, .device-tile, [id^="device-tile-"]')) return 'devices';
  if (ACCOUNT_TITLE.test(textOf(root.querySelector('h1')))) return 'login-security';
  return null;
}

const ACCOUNT_TITLE = /two-step verification|2-step verification|2段階認証|login & security|ログインとセキュリティ|anmelden und sicherheit/i;

const LANG_TO_MARKETPLACE: [RegExp, Marketplace['id']][] = [
  [/^ja/i, 'co.jp'], [/^de/i, 'de'], [/^en-gb/i, 'co.uk'], [/^(en|fr)-ca/i, 'ca'], [/^en/i, 'com'],
];

/** The marketplace a saved page came from: the Amazon host its own links name most, else its language. */
export function inferMarketplace(root: ParentNode): Marketplace | undefined {
  const counts = new Map<Marketplace, number>();
  for (const el of Array.from(root.querySelectorAll('link[rel="canonical"][href], meta[property="og:url"][content], a[href^="https://www.amazon."], form[action^="https://www.amazon."]'))) {
    const value = el.getAttribute('href') ?? el.getAttribute('content') ?? el.getAttribute('action') ?? '';
    const marketplace = marketplaceForUrl(value);
    if (marketplace) counts.set(marketplace, (counts.get(marketplace) ?? 0) + 1);
  }
  const byLinks = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (byLinks) return byLinks;
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const lang = doc.documentElement?.getAttribute('lang') ?? '';
  const byLang = LANG_TO_MARKETPLACE.find(([pattern]) => pattern.test(lang))?.[1];
  if (byLang) return MARKETPLACES.find((m) => m.id === byLang);
  const text = (doc.body ?? (root as Node)).textContent ?? '';
  if (/[￥¥]/.test(text)) return MARKETPLACES.find((m) => m.id === 'co.jp');
  if (/€/.test(text)) return MARKETPLACES.find((m) => m.id === 'de');
  if (/£/.test(text)) return MARKETPLACES.find((m) => m.id === 'co.uk');
  if (/CA\s?\$|CDN\s?\$/.test(text)) return MARKETPLACES.find((m) => m.id === 'ca');
  if (/\$/.test(text)) return MARKETPLACES.find((m) => m.id === 'com');
  return undefined;
}
