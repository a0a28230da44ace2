import type { ShipTo } from '../amazon/types';
import { CUSTOMER_REFERENCE, FORWARDER_WORDS } from './forwarder-words';
import { normalizeCountry, normalizeRegion, regionFromPostalCode } from './regions';

const DASHES = /[－ー‐‑‒–—―−-]/g;
const JP_BLOCK_WORDS = /(\d+)(?:丁目|番地|番|号(?!室))/g;
const PREFECTURE_PREFIX = /^(北海道|東京都|(?:京都|大阪)府|[^\s\d]{2,3}県)/;
const STREET_WORDS: [RegExp, string][] = [
  [/\bstreet\b/g, 'st'], [/\bavenue\b/g, 'ave'], [/\broad\b/g, 'rd'], [/\bboulevard\b/g, 'blvd'], [/\bdrive\b/g, 'dr'],
  [/\blane\b/g, 'ln'], [/\bcourt\b/g, 'ct'], [/\bplace\b/g, 'pl'], [/\bnorthwest\b/g, 'nw'], [/\bnortheast\b/g, 'ne'],
  [/\bsouthwest\b/g, 'sw'], [/\bsoutheast\b/g, 'se'], [/\bnorth\b/g, 'n'], [/\bsouth\b/g, 's'], [/\beast\b/g, 'e'],
  [/\bwest\b/g, 'w'], [/straße\b/g, 'str'], [/strasse\b/g, 'str'],
  // Unit designators all mean "this door": "Apt 3", "Apartment 3", "#3", "Unit 3", "Suite 3", "app. 3", 「203号室」.
  [/\b(?:apt|apartment|unit|ste|suite|room|rm|app|no)\b\.?\s*#?\s*/g, '#'], [/号室/g, ''],
];

/**
 * Normalised texts already worked out. Every judgement compares each stored order's address with the owner's, so the
 * same few addresses are normalised thousands of times (about 40% of a judgement at 5,000 orders, `npm run bench`);
 * the function is pure, so a cache changes no answer. Bounded: emptied when full.
 */
const NORMALIZED = new Map<string, string>();
const NORMALIZED_MAX = 10_000;

/** One spelling for what people and Amazon write differently: width, dashes, 丁目/番地/号, case, "Street"/"St.", units. */
export function normalizeText(text: string): string {
  const known = NORMALIZED.get(text);
  if (known !== undefined) return known;
  let folded = text.normalize('NFKC').toLowerCase().replace(DASHES, '-').replace(/〒/g, '');
  folded = folded.replace(JP_BLOCK_WORDS, '$1-');
  for (const [word, short] of STREET_WORDS) folded = folded.replace(word, short);
  const normalized = folded.replace(/[\s.,、。]/g, '').replace(/#+/g, '#').replace(/-+/g, '-').replace(/-(?=#|$)/g, '');
  if (NORMALIZED.size >= NORMALIZED_MAX) NORMALIZED.clear();
  NORMALIZED.set(text, normalized);
  return normalized;
}

export function normalizePostalCode(code: string | null): string | null {
  const digits = code?.normalize('NFKC').toUpperCase().replace(/[^0-9A-Z]/g, '') ?? '';
  if (/^\d{9}$/.test(digits)) return digits.slice(0, 5); // ZIP+4 names the same place as its ZIP
  return digits || null;
}

/** The street part of an address (city included, prefecture and building words normalised), for comparison. */
export function streetKey(address: ShipTo): string {
  return normalizeText(address.lines.join(' ').normalize('NFKC').replace(PREFECTURE_PREFIX, ''));
}

/** The first street line alone: the building or room may be written differently, or not at all. */
function firstLineKey(address: ShipTo): string {
  return normalizeText((address.lines[0] ?? '').normalize('NFKC').replace(PREFECTURE_PREFIX, '')).replace(/#.*$/, '');
}

/**
 * Whether two addresses name the same place, as a person would judge: the same postal code (where both have one)
 * and the same street, or the same first street line (so a building or room written differently still matches).
 * Different countries or regions, where both are given, are never the same place.
 */
export function sameAddress(a: ShipTo, b: ShipTo): boolean {
  const postalA = normalizePostalCode(a.postalCode);
  const postalB = normalizePostalCode(b.postalCode);
  if (postalA && postalB && postalA !== postalB) return false;
  if (!postalA !== !postalB) return false;
  const countryA = normalizeCountry(a.country);
  const countryB = normalizeCountry(b.country);
  if (countryA && countryB && countryA !== countryB) return false;
  const keyA = streetKey(a);
  if (keyA === '') return false;
  if (keyA === streetKey(b)) return true;
  const firstA = firstLineKey(a);
  return firstA.length >= 4 && firstA === firstLineKey(b);
}

const FORWARDER = new RegExp(
  Object.values(FORWARDER_WORDS)
    .flat()
    .map((word) => word.normalize('NFKC').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|'),
  'i',
);

export function looksLikeForwarder(address: ShipTo): boolean {
  const text = [address.name ?? '', ...address.lines].join(' ').normalize('NFKC');
  return FORWARDER.test(text) || CUSTOMER_REFERENCE.test(text);
}

/** The address's region: as written (prefecture, state, province), else what its postal code says. */
export function regionOf(address: ShipTo): string | null {
  return normalizeRegion(address.region) ?? regionFromPostalCode(address.postalCode, address.country);
}

export function sameRegion(a: ShipTo, b: ShipTo): boolean {
  return regionOf(a) === regionOf(b);
}

export function sameCountry(a: ShipTo, b: ShipTo): boolean {
  const ca = normalizeCountry(a.country);
  const cb = normalizeCountry(b.country);
  return !ca || !cb || ca === cb;
}
