import type { MarketplaceId } from '../marketplaces';
import { COUNTRY_NAMES } from './labels';
import type { ShipTo } from './types';

const JP_POSTAL = /〒?\s*(\d{3})\s*[-－ー‐−–]\s*(\d{4})/;
const JP_PREFECTURE = /^(北海道|東京都|(?:京都|大阪)府|[^\s\d]{2,3}県)\s*/;
/** "Chicago, IL 60007", "Columbus, OH 43215-1102", "Montréal, QC H2X 1Y4", "Toronto, Ontario M5V 2T6". */
const NA_CITY_REGION_POSTAL = /^(.*?),?\s+([A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$/;
const UK_POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b/;
/** German (5 digits) and Austrian (4 digits) postal code before the city: "10115 Berlin". */
const DE_POSTAL_CITY = /^(\d{4,5})\s+(\S.*)$/;

/**
 * Splits the lines of an address as Amazon prints it (after the recipient's name) into street lines (with the
 * city), postal code, prefecture/state/province and country. Postal-code shapes that could be mistaken for a house
 * number (German, British, Japanese without 〒) are only tried on the marketplace that writes them. Unknown shapes
 * stay in `lines` rather than being dropped. Nothing is cut here: the readers cut the address to LIMITS (bound.ts) and
 * say so in their problems.
 */
export function parseAddressLines(name: string | null, printed: readonly string[], marketplace?: MarketplaceId): ShipTo {
  const shipTo: ShipTo = { name, lines: [], postalCode: null, region: null, country: null };
  for (const raw of printed) {
    let line = raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
    if (!line) continue;
    if (COUNTRY_NAMES.some((c) => c.toLowerCase() === line.toLowerCase())) {
      shipTo.country = line;
      continue;
    }
    const na = shipTo.postalCode ? null : NA_CITY_REGION_POSTAL.exec(line);
    if (na) {
      shipTo.region = na[2];
      shipTo.postalCode = na[3];
      if (na[1].trim()) shipTo.lines.push(na[1].trim());
      continue;
    }
    const jp = shipTo.postalCode || (marketplace !== 'co.jp' && !line.includes('〒')) ? null : JP_POSTAL.exec(line);
    if (jp) {
      shipTo.postalCode = `${jp[1]}-${jp[2]}`;
      line = (line.slice(0, jp.index) + line.slice(jp.index + jp[0].length)).trim();
    }
    const prefecture = JP_PREFECTURE.exec(line);
    if (prefecture && !shipTo.region) {
      shipTo.region = prefecture[1];
      line = line.slice(prefecture[0].length).trim();
    }
    const de = shipTo.postalCode || marketplace !== 'de' ? null : DE_POSTAL_CITY.exec(line);
    if (de) {
      shipTo.postalCode = de[1];
      line = de[2].trim();
    }
    const uk = shipTo.postalCode || marketplace !== 'co.uk' ? null : UK_POSTCODE.exec(line);
    if (uk) {
      shipTo.postalCode = uk[1];
      line = (line.slice(0, uk.index) + line.slice(uk.index + uk[0].length)).replace(/[,\s]+$/, '').trim();
    }
    if (line) shipTo.lines.push(line);
  }
  return shipTo;
}
