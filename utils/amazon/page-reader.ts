import { marketplaceForUrl, type Marketplace } from '../marketplaces';
import type { AccountPageKind, AccountPageResult } from './account-types';
import { detectProblemPage } from './detect-problem-page';
import { withoutBidi } from './text';
import type { PageKind, PageResult, UnrecognizedReason } from './types';

export interface UnknownPage {
  recognized: false;
  kind: 'unknown';
  marketplace: Marketplace['id'] | null;
  reason: UnrecognizedReason | 'not an Amazon page we read';
}

export type AnyPageResult = PageResult | AccountPageResult;
export type AnyKind = PageKind | AccountPageKind;
export type KindReader<K extends AnyKind> = (root: ParentNode, url: string) => Extract<AnyPageResult, { kind: K }>;
export type KindReaders<K extends AnyKind> = { [P in K]: KindReader<P> };

/**
 * A reader of the page kinds it is given, by URL. It imports no reader itself: each content script passes only the
 * readers its pages need (the order pages' script carries no account reader, and the other way round). The
 * content scripts' matches are these same paths, so the URL always names the kind there; `readPage` (background,
 * tools) also reads saved pages without a URL.
 */
export function pageReader<K extends AnyKind>(readers: KindReaders<K>) {
  return (root: ParentNode, url: string): Extract<AnyPageResult, { kind: K }> | UnknownPage => {
    const marketplace = marketplaceForUrl(url);
    if (!marketplace) return { recognized: false, kind: 'unknown', marketplace: null, reason: 'unsupported marketplace' };
    const kind = kindFromUrl(url);
    if (!kind || !(kind in readers)) return unknownPage(root, url, marketplace);
    return withoutBidiDeep((readers as unknown as Record<AnyKind, KindReader<K>>)[kind](root, url));
  };
}

export function unknownPage(root: ParentNode, url: string, marketplace: Marketplace): UnknownPage {
  const problem = detectProblemPage(root, url);
  return { recognized: false, kind: 'unknown', marketplace: marketplace.id, reason: problem ?? 'not an Amazon page we read' };
}

/**
 * Every string of a result without bidirectional controls. textOf and linesOf already drop them where text leaves the
 * DOM (so labels and dates are matched without them); this one pass over the result is what makes it complete: it
 * also covers attributes, embedded JSON (`__NEXT_DATA__`, popover JSON) and whatever a reader reads next.
 */
export function withoutBidiDeep<T>(value: T): T {
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
