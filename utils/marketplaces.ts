/**
 * The Amazon marketplaces Order Sentinel reads. This list is the only place that names them: host permissions,
 * content-script matches, sender checks and links are all derived from it. Adding one is a row here and its
 * language's labels in utils/amazon/labels.ts.
 */
export type MarketplaceId = 'co.jp' | 'com' | 'co.uk' | 'de' | 'ca';
export type Currency = 'JPY' | 'USD' | 'GBP' | 'EUR' | 'CAD';

export interface Marketplace {
  /** Short id used as the storage key, e.g. "co.jp". */
  id: MarketplaceId;
  host: string;
  /** The UI languages Amazon serves there, its own first (its pages carry it in `<html lang>`). */
  languages: readonly string[];
  /** The currency a bare "$" or "¥" means on this marketplace. */
  currency: Currency;
  /** The country written on this marketplace's own addresses, in its own language and in English. */
  homeCountry: readonly string[];
}

export const MARKETPLACES: readonly Marketplace[] = [
  { id: 'co.jp', host: 'www.amazon.co.jp', languages: ['ja-JP', 'en-US'], currency: 'JPY', homeCountry: ['日本', 'Japan'] },
  { id: 'com', host: 'www.amazon.com', languages: ['en-US'], currency: 'USD', homeCountry: ['United States', 'USA'] },
  { id: 'co.uk', host: 'www.amazon.co.uk', languages: ['en-GB'], currency: 'GBP', homeCountry: ['United Kingdom', 'UK'] },
  { id: 'de', host: 'www.amazon.de', languages: ['de-DE', 'en-GB'], currency: 'EUR', homeCountry: ['Deutschland', 'Germany'] },
  { id: 'ca', host: 'www.amazon.ca', languages: ['en-CA', 'fr-CA'], currency: 'CAD', homeCountry: ['Canada'] },
];

export const MARKETPLACE_IDS = MARKETPLACES.map((m) => m.id);

/** Paths of the order-history list, old and new. */
export const ORDER_LIST_PATHS = [
  '/your-orders/orders*',
  '/your-orders/search*',
  '/gp/your-account/order-history*',
  '/gp/css/order-history*',
  '/gp/legacy/order-history*',
];

/** Order-detail pages, old and new, and the legacy digital order summary. */
export const ORDER_DETAIL_PATHS = [
  '/gp/your-account/order-details*',
  '/gp/css/order-details*',
  '/your-orders/order-details*',
  '/gp/digital/your-account/order-summary.html*',
];

/** Account pages whose state a takeover changes: address book, devices, Login & security, 2SV settings. */
export const ACCOUNT_PATHS = [
  '/a/addresses*',
  '/hz/mycd/digital-console/alldevices*',
  '/mn/dcw/myx.html*',
  '/ax/account/manage*',
  '/ap/cnep*',
  '/a/settings/approval*',
];

export const hostPermissions = MARKETPLACES.map((m) => `https://${m.host}/*`);

/** The host permission of one marketplace, as `permissions.request` and `permissions.contains` take it. */
export function originsOf(marketplace: MarketplaceId): string[] {
  return [`https://${marketplaceById(marketplace)!.host}/*`];
}

/** Match patterns of these paths on every marketplace (also under the fr-CA `/-/fr` prefix). */
function matchesOf(paths: readonly string[]): string[] {
  return MARKETPLACES.flatMap((m) => paths.flatMap((p) => [`https://${m.host}${p}`, `https://${m.host}/-/*${p}`]));
}

/** Where each content script runs: order lists (with the mark), order details, and the account pages. */
export const orderListMatches = matchesOf(ORDER_LIST_PATHS);
export const orderDetailMatches = matchesOf(ORDER_DETAIL_PATHS);
export const accountPageMatches = matchesOf(ACCOUNT_PATHS);

/** The marketplace a URL belongs to, or undefined for anything else (http, other hosts, look-alike hosts). */
export function marketplaceForUrl(url: string | undefined): Marketplace | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.port !== '' || parsed.username !== '' || parsed.password !== '') {
    return undefined;
  }
  return MARKETPLACES.find((m) => m.host === parsed.hostname);
}

export function marketplaceById(id: string): Marketplace | undefined {
  return MARKETPLACES.find((m) => m.id === id);
}
