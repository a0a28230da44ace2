/** US states and Canadian provinces by name, so that "Ohio" and "OH" are one region. */
const REGION_CODES: Record<string, string> = {
  alabama: 'al', alaska: 'ak', arizona: 'az', arkansas: 'ar', california: 'ca', colorado: 'co', connecticut: 'ct',
  delaware: 'de', florida: 'fl', georgia: 'ga', hawaii: 'hi', idaho: 'id', illinois: 'il', indiana: 'in', iowa: 'ia',
  kansas: 'ks', kentucky: 'ky', louisiana: 'la', maine: 'me', maryland: 'md', massachusetts: 'ma', michigan: 'mi',
  minnesota: 'mn', mississippi: 'ms', missouri: 'mo', montana: 'mt', nebraska: 'ne', nevada: 'nv',
  'new hampshire': 'nh', 'new jersey': 'nj', 'new mexico': 'nm', 'new york': 'ny', 'north carolina': 'nc',
  'north dakota': 'nd', ohio: 'oh', oklahoma: 'ok', oregon: 'or', pennsylvania: 'pa', 'rhode island': 'ri',
  'south carolina': 'sc', 'south dakota': 'sd', tennessee: 'tn', texas: 'tx', utah: 'ut', vermont: 'vt',
  virginia: 'va', washington: 'wa', 'west virginia': 'wv', wisconsin: 'wi', wyoming: 'wy',
  'district of columbia': 'dc', ontario: 'on', quebec: 'qc', québec: 'qc', 'british columbia': 'bc', alberta: 'ab',
  manitoba: 'mb', saskatchewan: 'sk', 'nova scotia': 'ns', 'new brunswick': 'nb', 'newfoundland and labrador': 'nl',
  'prince edward island': 'pe',
};

/** One spelling per region: "Ohio"/"OH" → "oh", 「東京都」/「東京」 → 「東京」, null when there is none. */
export function normalizeRegion(region: string | null): string | null {
  const folded = region?.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ') ?? '';
  if (!folded) return null;
  if (/^(北海道|.{2,3}[都府県])$/.test(folded) && folded !== '北海道') return folded.slice(0, -1);
  return REGION_CODES[folded] ?? folded.replace(/\./g, '');
}

const COUNTRY_CODES: Record<string, string> = {
  日本: 'jp', japan: 'jp', 'united states': 'us', usa: 'us', 'vereinigte staaten': 'us', 'états-unis': 'us',
  'united kingdom': 'gb', uk: 'gb', 'royaume-uni': 'gb', deutschland: 'de', germany: 'de', canada: 'ca',
  österreich: 'at', austria: 'at', france: 'fr', frankreich: 'fr',
};

export function normalizeCountry(country: string | null): string | null {
  const folded = country?.normalize('NFKC').trim().toLowerCase() ?? '';
  return folded ? (COUNTRY_CODES[folded] ?? folded) : null;
}

/** A Canadian postal code's first letter is its province (A1A 1A1). */
const CANADIAN_PROVINCE_BY_LETTER: Record<string, string> = {
  a: 'nl', b: 'ns', c: 'pe', e: 'nb', g: 'qc', h: 'qc', j: 'qc', k: 'on', l: 'on', m: 'on', n: 'on', p: 'on',
  r: 'mb', s: 'sk', t: 'ab', v: 'bc', x: 'nt', y: 'yt',
};

/**
 * A region from the postal code where addresses carry none (amazon.de, amazon.co.uk; amazon.ca without a province):
 * the German Leitzone (the PLZ's first digit, an area like "Berlin and Brandenburg"), the UK postcode area (its
 * letters: "SW", "M", "EH") and the Canadian province (the first letter). Null when the code says nothing.
 */
export function regionFromPostalCode(postalCode: string | null, country: string | null): string | null {
  const code = postalCode?.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ') ?? '';
  const land = normalizeCountry(country);
  if (/^[a-z]\d[a-z] ?\d[a-z]\d$/.test(code) && (land === null || land === 'ca')) return CANADIAN_PROVINCE_BY_LETTER[code[0]] ?? null;
  const uk = /^([a-z]{1,2})\d[a-z\d]? ?\d[a-z]{2}$/.exec(code);
  if (uk && (land === null || land === 'gb')) return `uk-${uk[1]}`;
  if (/^\d{5}$/.test(code) && (land === 'de' || land === 'at')) return `${land}-${code[0]}`;
  return null;
}
