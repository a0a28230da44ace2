import { MARKETPLACES, marketplaceForUrl, type Marketplace } from '../marketplaces';
import { kindFromUrl, unknownPage, withoutBidiDeep, type AnyKind, type AnyPageResult, type KindReaders, type UnknownPage } from './page-reader';
import { readAddressBook } from './read-address-book';
import { readDevices } from './read-devices';
import { readLoginSecurity } from './read-login-security';
import { readOrderDetail } from './read-order-detail';
import { readOrderList } from './read-order-list';
import { readTransactions } from './read-transactions';
import { addressBookSelectors, orderDetailSelectors, orderListSelectors, transactionSelectors } from './selectors';
import { textOf } from './text';

export { kindFromUrl, type AnyPageResult, type UnknownPage };

const READERS: KindReaders<AnyKind> = {
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
  if (!kind) return unknownPage(root, pageUrl, marketplace);
  return withoutBidiDeep(READERS[kind](root, pageUrl));
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
