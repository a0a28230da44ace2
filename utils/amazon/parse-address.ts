import { COUNTRY_NAMES } from './labels';
import type { ShipTo } from './types';

const JP_POSTAL = /〒?\s*(\d{3})\s*[-－ー‐−–]\s*(\d{4})/;
const JP_PREFECTURE = /^(北海道|東京都|(?:京都|大阪)府|[^\s\d]{2,3}県)\s*/;
const US_CITY_STATE_ZIP = /^(.*?),?\s+([A-Z]{2})\s+(\d{5}(?:-\d{4})?)$/;

/**
 * Splits the lines of an address as Amazon prints it (after the recipient's name) into street lines, postal code,
 * prefecture/state and country. Unknown shapes stay in `lines` rather than being dropped.
 */
export function parseAddressLines(name: string | null, printed: readonly string[]): ShipTo {
  const shipTo: ShipTo = { name, lines: [], postalCode: null, region: null, country: null };
  for (const raw of printed) {
    let line = raw.normalize('NFKC').trim();
    if (COUNTRY_NAMES.some((c) => c.toLowerCase() === line.toLowerCase())) {
      shipTo.country = line;
      continue;
    }
    const us = US_CITY_STATE_ZIP.exec(line);
    if (us) {
      shipTo.region = us[2];
      shipTo.postalCode = us[3];
      if (us[1].trim()) shipTo.lines.push(us[1].trim());
      continue;
    }
    const jp = JP_POSTAL.exec(line);
    if (jp) {
      shipTo.postalCode = `${jp[1]}-${jp[2]}`;
      line = (line.slice(0, jp.index) + line.slice(jp.index + jp[0].length)).trim();
    }
    const prefecture = JP_PREFECTURE.exec(line);
    if (prefecture && !shipTo.region) {
      shipTo.region = prefecture[1];
      line = line.slice(prefecture[0].length).trim();
    }
    if (line) shipTo.lines.push(line);
  }
  return shipTo;
}
