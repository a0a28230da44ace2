import type { ShipTo } from '../amazon/types';

const DASHES = /[－ー‐‑‒–—―−-]/g;
const JP_BLOCK_WORDS = /(\d+)(?:丁目|番地|番|号)/g;
const PREFECTURE_PREFIX = /^(北海道|東京都|(?:京都|大阪)府|[^\s\d]{2,3}県)/;
const US_WORDS: [RegExp, string][] = [
  [/\bstreet\b/g, 'st'], [/\bavenue\b/g, 'ave'], [/\broad\b/g, 'rd'], [/\bboulevard\b/g, 'blvd'],
  [/\bapartment\b/g, 'apt'], [/\bsuite\b/g, 'ste'], [/\bdrive\b/g, 'dr'], [/\bnorthwest\b/g, 'nw'],
];

/** One spelling for what people and Amazon write differently: width, dashes, 丁目/番地/号, case, "Street"/"St.". */
export function normalizeText(text: string): string {
  let folded = text.normalize('NFKC').toLowerCase().replace(DASHES, '-').replace(/〒/g, '');
  folded = folded.replace(JP_BLOCK_WORDS, '$1-');
  for (const [word, short] of US_WORDS) folded = folded.replace(word, short);
  return folded.replace(/[\s.,、。]/g, '').replace(/-+/g, '-').replace(/-$/g, '');
}

export function normalizePostalCode(code: string | null): string | null {
  const digits = code?.normalize('NFKC').replace(/\D/g, '') ?? '';
  if (digits.length === 9) return digits.slice(0, 5); // ZIP+4 names the same place as its ZIP
  return digits || null;
}

/** The street part of an address, without prefecture, normalised. */
export function streetKey(address: ShipTo): string {
  return normalizeText(address.lines.join(' ').normalize('NFKC').replace(PREFECTURE_PREFIX, ''));
}

/**
 * Whether two addresses name the same place: the same postal code (where both have one) and the same street, or the
 * same first street line (so a building or room written differently still matches).
 */
export function sameAddress(a: ShipTo, b: ShipTo): boolean {
  const postalA = normalizePostalCode(a.postalCode);
  const postalB = normalizePostalCode(b.postalCode);
  if (postalA && postalB && postalA !== postalB) return false;
  if (!postalA !== !postalB) return false;
  const keyA = streetKey(a);
  if (keyA === '') return false;
  if (keyA === streetKey(b)) return true;
  const firstA = normalizeText(a.lines[0]?.replace(PREFECTURE_PREFIX, '') ?? '');
  return firstA !== '' && firstA === normalizeText(b.lines[0]?.replace(PREFECTURE_PREFIX, '') ?? '');
}

/** Words that mark a forwarding warehouse, locker or reshipper: stronger evidence, not proof on their own. */
const FORWARDER_WORDS = /倉庫|転送|ロッカー|営業所止め|ロジ|locker|warehouse|forward|reship|freight|logistics/i;

export function looksLikeForwarder(address: ShipTo): boolean {
  return FORWARDER_WORDS.test([address.name ?? '', ...address.lines].join(' ').normalize('NFKC'));
}

/** A one-line rendering for reason sentences: region first, as both ja and en addresses are read. */
export function shortAddress(address: ShipTo): string {
  const line = [address.region, address.lines[0]].filter(Boolean).join(address.region && /^[\x00-\x7f]/.test(address.lines[0] ?? '') ? ' ' : '');
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
