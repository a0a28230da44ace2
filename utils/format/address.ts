import type { ShipTo } from '../amazon/types';
import { normalizeCountry } from '../detection/regions';

/**
 * Addresses written the way their country writes them (page text, shown as text). `lines` are the street lines with
 * the town last, as Amazon prints them; each country's style says where the name, the postal code and the region go.
 */
type Style = 'jp' | 'us' | 'gb' | 'de';

interface CountryStyle {
  /** The address as a list of lines, as on an envelope. */
  lines: (a: Parts) => string[];
  /** Joins those lines on one line. */
  separator: string;
  /** Where the country goes, when it is given: Japanese addresses start with it, the others end with it. */
  countryFirst?: boolean;
  /** A short form for sentences: enough to recognise the place. */
  short: (a: Parts) => string;
}

interface Parts {
  name: string;
  street: string[];
  town: string;
  postal: string;
  region: string;
  country: string;
}

const join = (parts: string[], by = ' ') => parts.filter(Boolean).join(by);

/** One formatter per country, as data. Canada writes its addresses as the US does ("City, QC H9P 7X0"). */
const STYLES: Record<Style, CountryStyle> = {
  // 〒154-0004 東京都世田谷区太子堂2-14-8 コーポ太子堂 203 佐藤 健一: postal code, prefecture, city and lines, name.
  jp: {
    lines: (a) => [a.postal && `〒${a.postal.replace(/^〒/, '')}`, join([a.region, a.street[0]], ''), ...a.street.slice(1), a.name].filter(Boolean),
    separator: ' ',
    countryFirst: true,
    short: (a) => join([a.region, a.street[0]], ''),
  },
  // Jordan Ellis, 1450 Maple Ave Apt 3, Columbus, OH 43215
  us: {
    lines: (a) => [a.name, ...a.street, join([join([a.town && `${a.town},`, a.region]), a.postal])].filter(Boolean),
    separator: ', ',
    short: (a) => join([a.street[0], join([a.town && `${a.town},`, a.region]).replace(/,$/, '')], ', '),
  },
  // Oliver Clarke, 14 Acacia Avenue, Reading, RG1 2AB
  gb: {
    lines: (a) => [a.name, ...a.street, a.town, a.postal].filter(Boolean),
    separator: ', ',
    short: (a) => join([a.street[0], a.town, a.postal], ', '),
  },
  // Sophie Becker, Hauptstraße 12, 80331 München
  de: {
    lines: (a) => [a.name, ...a.street, join([a.postal, a.town])].filter(Boolean),
    separator: ', ',
    short: (a) => join([a.street[0], join([a.postal, a.town])], ', '),
  },
};

const COUNTRY_STYLE: Record<string, Style> = { jp: 'jp', us: 'us', ca: 'us', gb: 'gb', de: 'de', at: 'de' };

/** The country's style: from the country named, else from what the address looks like. */
function styleOf(address: ShipTo): Style {
  const named = COUNTRY_STYLE[normalizeCountry(address.country) ?? ''];
  if (named) return named;
  const text = [address.region ?? '', ...address.lines].join(' ');
  const postal = address.postalCode?.normalize('NFKC').trim() ?? '';
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(text) || /^〒?\d{3}-?\d{4}$/.test(postal)) return 'jp';
  if (/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i.test(postal)) return 'gb';
  if (/^[A-Z]\d[A-Z] ?\d[A-Z]\d$/i.test(postal) || address.region) return 'us';
  if (/^\d{5}$/.test(postal)) return 'de';
  return 'us';
}

function partsOf(address: ShipTo, withCountry: boolean): Parts {
  const clean = (value: string | null) => (value ?? '').replace(/\s+/g, ' ').trim();
  const lines = address.lines.map(clean).filter(Boolean);
  // Japanese addresses carry the city in the first line; elsewhere the last line is the town.
  const jp = styleOf(address) === 'jp';
  return {
    name: clean(address.name),
    street: jp || lines.length < 2 ? lines : lines.slice(0, -1),
    town: jp || lines.length < 2 ? '' : lines.at(-1)!,
    postal: clean(address.postalCode),
    region: clean(address.region),
    country: withCountry ? clean(address.country) : '',
  };
}

/** The address as lines, in its country's order, with the country when given. */
export function addressLines(address: ShipTo): string[] {
  const parts = partsOf(address, true);
  const style = STYLES[styleOf(address)];
  const lines = style.lines(parts);
  return (style.countryFirst ? [parts.country, ...lines] : [...lines, parts.country]).filter(Boolean);
}

/** The address on one line, in its country's order (lists, the finding card). */
export function addressOneLine(address: ShipTo): string {
  return addressLines(address).join(STYLES[styleOf(address)].separator);
}

/** A short form for reason sentences: "東京都世田谷区太子堂2-14-8", "8800 NW 25th St Ste 120, Doral, FL". */
export function addressShort(address: ShipTo): string {
  const line = STYLES[styleOf(address)].short(partsOf(address, false));
  return line.length > 48 ? `${line.slice(0, 48)}…` : line;
}
