import type { AnyPageResult, UnknownPage } from '../amazon/read-page';
import type { ShipTo } from '../amazon/types';

/** One page as `npm run inspect` prints it: the file, the URL it was read as, and what the reader returned. */
export type InspectedPage = { file: string; url: string | null } & (AnyPageResult | UnknownPage);

const REDACTED = '[redacted]';

function redactShipTo(shipTo: ShipTo | null): ShipTo | null {
  if (!shipTo) return null;
  return { ...shipTo, name: shipTo.name && REDACTED, lines: shipTo.lines.map(() => REDACTED), postalCode: shipTo.postalCode && REDACTED };
}

/**
 * For bug reports (`npm run inspect -- --redact`): names (of recipients, of the account holder, of devices), street
 * lines and postal codes replaced; what a layout bug needs (ids, dates, amounts, item titles, region, country, which
 * fields were found) stays. The popup's "Report this page" uses the stricter `redactForReport` below.
 */
export function redact(page: InspectedPage): InspectedPage {
  if (!page.recognized) return page;
  switch (page.kind) {
    case 'order-list':
    case 'order-detail':
      return { ...page, orders: page.orders.map((order) => ({ ...order, shipTo: redactShipTo(order.shipTo) })) } as InspectedPage;
    case 'address-book':
      return { ...page, addresses: page.addresses.map((saved) => ({ ...saved, address: redactShipTo(saved.address)! })) };
    case 'devices':
      return { ...page, devices: page.devices.map((device) => ({ ...device, name: REDACTED })) };
    case 'login-security':
      return { ...page, snapshot: { ...page.snapshot, name: page.snapshot.name && REDACTED } };
    default:
      return page;
  }
}

/** One page as the popup's "Report this page" saves it: the tab's URL and what the readers returned there. */
export type ReportedPage = { url: string | null; problems?: string[] } & (AnyPageResult | UnknownPage);

/*
 * What `redactForReport` does with each string of a read, by the name of its field. A person who presses "Report this
 * page" in a security product expects the file to hold nothing that identifies them, and cannot be expected to
 * review JSON before attaching it; so this is stricter than `redact`, and it fails closed: a string under a field not
 * named here is replaced, so a field a reader gains later is redacted until someone decides to keep it.
 *
 * Kept, because a layout bug needs it and it identifies nobody: the page kind and marketplace, recognised or not and
 * the reason, the layout, the problems, every number and flag (counts, quantities, amounts, currencies, digital,
 * default, two-step on/off, passkeys), every date, region and country, order status, payment brand and kind, charge
 * kind and label, device type, two-step method kind, and the URL's host, path and paging parameters. Whether a field
 * was found stays visible too: a redacted value is still a string, a missing one still null, a list keeps its length.
 *
 * Replaced: names (recipients, account holder), street lines and postal codes, as `redact` does; item titles (by
 * their length, so a title that swallowed the price or the next card still shows) and ASINs (they name the item as
 * surely as its title); order numbers by a placeholder of the same shape, numbered in order of appearance so that
 * one order is recognisable across the list, its detail link and a problem naming it (`250-4417283-9920416` →
 * `###-#######-######1`, `D01-…` → `D##-#######-######2`); card, phone and mobile digits by `#`, as many as there
 * were; e-mail addresses; device names (`[device 1]`: "佐藤さんのKindle" names its owner); every other URL query
 * value (a search URL holds what was searched for) and the fragment. And any of these, or anything shaped like an
 * order number or an e-mail address, found inside a kept text (a problem naming an order, a status naming the
 * recipient) is replaced there too.
 */
type Rule = 'keep' | 'text' | 'order-id' | 'title' | 'secret' | 'digits' | 'digits-text' | 'email' | 'url' | 'url-or-secret' | 'name';

const RULES: Record<string, Rule> = {
  // Enumerations and ISO dates: nothing personal can be in them.
  kind: 'keep',
  marketplace: 'keep',
  reason: 'keep',
  layout: 'keep',
  currency: 'keep',
  placedOn: 'keep',
  date: 'keep',
  registeredOn: 'keep',
  addedOn: 'keep',
  // Free text Amazon prints, kept for the layout, with anything personal inside replaced.
  region: 'text',
  country: 'text',
  status: 'text',
  label: 'text',
  brand: 'text',
  type: 'text',
  problems: 'text',
  instrument: 'digits-text',
  // Personal.
  id: 'order-id',
  orderId: 'order-id',
  title: 'title',
  asin: 'secret',
  name: 'name',
  lines: 'secret',
  postalCode: 'secret',
  lastDigits: 'digits',
  mobileLastDigits: 'digits',
  phoneLastDigits: 'digits',
  mobile: 'digits',
  email: 'email',
  url: 'url',
  detailUrl: 'url',
  // A URL, or the name of the next-page form button (which carries a page key).
  nextPage: 'url-or-secret',
};

/** Query parameters whose values a layout bug needs (which year, which page) and which hold nothing personal. */
const KEPT_QUERY = new Set(['timeFilter', 'startIndex', 'page', 'orderFilter', 'language']);

const ORDER_ID = /\bD?\d{2,3}-\d{7}-\d{7}\b/g;
const ORDER_ID_WHOLE = new RegExp(`^${ORDER_ID.source}$`);
const EMAIL = /[^\s@"'<>()[\],;:]+@[^\s@"'<>()[\],;:]+\.[^\s@"'<>()[\],;:]+/g;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * For the popup's "Report this page": everything `redact` replaces, and item titles, ASINs, order numbers, payment
 * and phone digits, e-mail, device names and URL query values (see above for what is kept and why).
 */
export function redactForReport<P extends { url: string | null }>(page: P): P {
  const orderIds = new Map<string, string>();
  const orderPlaceholder = (id: string) => {
    let placeholder = orderIds.get(id);
    if (!placeholder) {
      const number = String(orderIds.size + 1);
      const shape = id.replace(/\d/g, '#');
      placeholder = shape.slice(0, shape.length - number.length) + number;
      orderIds.set(id, placeholder);
    }
    return placeholder;
  };
  const devices = new Map<string, string>();
  const devicePlaceholder = (name: string) => {
    if (!devices.has(name)) devices.set(name, `[device ${devices.size + 1}]`);
    return devices.get(name)!;
  };

  // First the personal strings themselves, so that a kept text quoting one of them can be cleaned.
  const secrets = new Set<string>();
  const collect = (value: unknown, key: string, parent: string) => {
    if (Array.isArray(value)) value.forEach((item) => collect(item, key, parent));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, k, key);
    else if (typeof value === 'string') {
      const rule = RULES[key] ?? 'secret';
      if (rule === 'order-id' && ORDER_ID_WHOLE.test(value)) orderPlaceholder(value);
      // A device's name is often its type ("Fire TV Stick"): cleaning it out of the device types would hide them.
      if (rule === 'name' && parent === 'devices') return;
      if (rule !== 'title' && rule !== 'secret' && rule !== 'name' && rule !== 'email') return;
      secrets.add(value);
      // The parts of a name or an address line ("佐藤", "Ellis") wherever they appear alone; not a title's words, which
      // are ordinary words ("Gift", "Card") a label may hold.
      if (rule !== 'title') for (const part of value.split(/[\s,、，　]+/)) if (part.length >= (/[^\x00-\x7f]/.test(part) ? 2 : 3)) secrets.add(part);
    }
  };
  collect(page, '', '');
  const known = [...secrets].filter((s) => s.length >= 2).sort((a, b) => b.length - a.length);
  // One pass over the original text, longest first, so that a replacement is never matched again. A Latin word or a
  // number only where it stands alone ("Unit" is not in "United"); Japanese has no spaces to stand alone by (佐藤様).
  const secretPattern = known.length ? new RegExp(known.map(secretSource).join('|'), 'gu') : null;
  const clean = (text: string) => (secretPattern ? text.replace(secretPattern, REDACTED) : text).replace(EMAIL, REDACTED).replace(ORDER_ID, orderPlaceholder);
  const digits = (text: string) => text.replace(/\d/g, '#');
  const url = (text: string): string => {
    let parsed: URL;
    try {
      parsed = new URL(text);
    } catch {
      return REDACTED;
    }
    const query = parsed.search
      .slice(1)
      .split('&')
      .filter(Boolean)
      .map((pair) => {
        const [rawKey, rawValue = ''] = pair.split('=');
        const key = safeDecode(rawKey);
        const value = safeDecode(rawValue);
        if (ORDER_ID_WHOLE.test(value)) return `${rawKey}=${orderPlaceholder(value)}`;
        return `${rawKey}=${KEPT_QUERY.has(key) ? clean(rawValue) : 'redacted'}`;
      });
    return `${parsed.origin}${clean(parsed.pathname)}${query.length ? `?${query.join('&')}` : ''}`;
  };

  const transform = (value: Json, key: string, parent: string): Json => {
    if (Array.isArray(value)) return value.map((item) => transform(item, key, parent));
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, transform(v, k, key)]));
    if (typeof value !== 'string') return value;
    switch (RULES[key] ?? 'secret') {
      case 'keep':
        return value;
      case 'text':
        return clean(value);
      case 'digits-text':
        return clean(digits(value));
      case 'order-id':
        return ORDER_ID_WHOLE.test(value) ? orderPlaceholder(value) : REDACTED;
      case 'title':
        return `[title, ${[...value].length} characters]`;
      case 'name':
        return parent === 'devices' ? devicePlaceholder(value) : REDACTED;
      case 'digits':
        return digits(value);
      case 'email':
        return value.includes('@') ? `${REDACTED}@${REDACTED}` : REDACTED;
      case 'url':
        return url(value);
      case 'url-or-secret':
        return /^https:\/\//.test(value) ? url(value) : REDACTED;
      default:
        return REDACTED;
    }
  };
  return transform(page as unknown as Json, '', '') as unknown as P;
}

const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u;

function secretSource(secret: string): string {
  const escaped = secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const before = LATIN_OR_DIGIT.test(secret[0]) ? '(?<![\\p{Script=Latin}\\p{N}])' : '';
  const after = LATIN_OR_DIGIT.test(secret.at(-1)!) ? '(?![\\p{Script=Latin}\\p{N}])' : '';
  return `${before}${escaped}${after}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
