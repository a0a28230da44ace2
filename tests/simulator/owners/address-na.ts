import { ENTERED, address, spelling, upperLetters, type AddressFactory, type Area } from './address-kit';
import { digitsOf, type Rng } from './rng';
import type { AddressKind, SimAddress, Spelling } from './types';

/**
 * Invented North American places (amazon.com and amazon.ca), printed as the popover prints them: street lines, then
 * "City, ST 12345" (or "Toronto, ON M4S 2C6"), then the country. Owners' spellings vary as in the reshipper story
 * (Ave / Avenue, Apt 3 / Apt. 3, ZIP+4) and, in Canada, the unit written first ("1405-2200 Yonge St").
 */
interface NaArea extends Area {
  region: string;
  cities: { city: string; postal: (rng: Rng) => string }[];
  streets: string[];
}

const zip = (prefix: string) => (rng: Rng) => `${prefix}${digitsOf(rng, 5 - prefix.length)}`;
const LETTERS = 'ABCEGHJKLMNPRSTVXY';
const letter = (rng: Rng) => LETTERS[rng.int(0, LETTERS.length - 1)];
const fsa = (prefix: string) => (rng: Rng) => `${prefix} ${rng.int(0, 9)}${letter(rng)}${rng.int(0, 9)}`;

const US: NaArea[] = [
  { id: 'OH', region: 'OH', cities: [{ city: 'Columbus', postal: zip('432') }, { city: 'Dayton', postal: zip('454') }], streets: ['Maple Ave', 'Birch Ln', 'High St', 'Summit St', 'Oak Park Dr'] },
  { id: 'TX', region: 'TX', cities: [{ city: 'Austin', postal: zip('787') }, { city: 'Houston', postal: zip('770') }], streets: ['Guadalupe St', 'Riverside Dr', 'Lamar Blvd', 'Cedar Ct'] },
  { id: 'IL', region: 'IL', cities: [{ city: 'Chicago', postal: zip('606') }, { city: 'Evanston', postal: zip('602') }], streets: ['Clark St', 'Wilson Ave', 'Sheridan Rd', 'Elm Pl'] },
  { id: 'WA', region: 'WA', cities: [{ city: 'Seattle', postal: zip('981') }, { city: 'Tacoma', postal: zip('984') }], streets: ['Pine St', 'Stone Way N', 'Alder Ln', 'Madison St'] },
  { id: 'GA', region: 'GA', cities: [{ city: 'Atlanta', postal: zip('303') }], streets: ['Peachtree St NE', 'Ponce De Leon Ave', 'Juniper St'] },
  { id: 'PA', region: 'PA', cities: [{ city: 'Pittsburgh', postal: zip('152') }, { city: 'Philadelphia', postal: zip('191') }], streets: ['Forbes Ave', 'Walnut St', 'Spruce St'] },
  { id: 'MN', region: 'MN', cities: [{ city: 'Minneapolis', postal: zip('554') }], streets: ['Lyndale Ave S', 'Hennepin Ave', 'Lake St'] },
  { id: 'CO', region: 'CO', cities: [{ city: 'Denver', postal: zip('802') }], streets: ['Colfax Ave', 'Larimer St', 'Aspen Way'] },
  { id: 'NC', region: 'NC', cities: [{ city: 'Raleigh', postal: zip('276') }], streets: ['Hillsborough St', 'Glenwood Ave', 'Dogwood Dr'] },
  { id: 'AZ', region: 'AZ', cities: [{ city: 'Phoenix', postal: zip('850') }], streets: ['Camelback Rd', 'Indian School Rd', 'Mesquite Ln'] },
  { id: 'CA', region: 'CA', cities: [{ city: 'San Diego', postal: zip('921') }, { city: 'Sacramento', postal: zip('958') }], streets: ['Garnet Ave', 'J St', 'Sunset Blvd', 'Orange Ave'] },
  { id: 'NY', region: 'NY', cities: [{ city: 'Buffalo', postal: zip('142') }, { city: 'Rochester', postal: zip('146') }], streets: ['Elmwood Ave', 'Park Ave', 'Delaware Ave'] },
];

const CA: NaArea[] = [
  { id: 'ON', region: 'ON', cities: [{ city: 'Toronto', postal: fsa('M4S') }, { city: 'Ottawa', postal: fsa('K1N') }, { city: 'Hamilton', postal: fsa('L8P') }], streets: ['Yonge St', 'Bloor St W', 'Queen St E', 'Elgin St'] },
  { id: 'BC', region: 'BC', cities: [{ city: 'Vancouver', postal: fsa('V6B') }, { city: 'Victoria', postal: fsa('V8W') }], streets: ['Water St', 'Granville St', 'Fort St'] },
  { id: 'QC', region: 'QC', cities: [{ city: 'Montréal', postal: fsa('H2X') }, { city: 'Québec', postal: fsa('G1R') }], streets: ['rue Saint-Denis', 'chemin du Lac', 'boulevard René-Lévesque'] },
  { id: 'AB', region: 'AB', cities: [{ city: 'Calgary', postal: fsa('T2P') }, { city: 'Edmonton', postal: fsa('T5J') }], streets: ['17 Ave SW', 'Jasper Ave', 'Stephen Ave'] },
  { id: 'MB', region: 'MB', cities: [{ city: 'Winnipeg', postal: fsa('R3C') }], streets: ['Portage Ave', 'Main St', 'Corydon Ave'] },
  { id: 'NS', region: 'NS', cities: [{ city: 'Halifax', postal: fsa('B3H') }], streets: ['Spring Garden Rd', 'Barrington St', 'Quinpool Rd'] },
];

const EXPANDED: [RegExp, string][] = [[/\bAve\b/, 'Avenue'], [/\bSt\b/, 'Street'], [/\bLn\b/, 'Lane'], [/\bDr\b/, 'Drive'], [/\bRd\b/, 'Road'], [/\bBlvd\b/, 'Boulevard'], [/\bCt\b/, 'Court'], [/\bPl\b/, 'Place']];
const expand = (street: string) => EXPANDED.reduce((s, [from, to]) => s.replace(from, to), street);

function make(country: 'United States' | 'Canada') {
  const areas = country === 'Canada' ? CA : US;
  const printed = (name: string, lines: string[], city: string, region: string, postal: string): Spelling =>
    spelling([[...lines, `${city}, ${region} ${postal}`], [country]], { name, lines: [...lines, city], postalCode: postal, region, country });

  const pick = (rng: Rng, area: Area) => {
    const a = area as NaArea;
    const c = rng.pick(a.cities);
    return { a, city: c.city, postal: c.postal(rng), street: rng.pick(a.streets), number: rng.int(10, 9899) };
  };

  function dwelling(rng: Rng, area: Area, name: string, kind: AddressKind, note: string): SimAddress {
    const { a, city, postal, street, number } = pick(rng, area);
    const unit = rng.chance(0.55) ? rng.int(1, 24) * (country === 'Canada' ? 100 : 1) + (country === 'Canada' ? rng.int(1, 20) : 0) : null;
    const own = kind === 'home' || kind === 'old-home' || kind === 'family';
    const spellings: Spelling[] = [];
    if (country === 'United States') {
      spellings.push(printed(name, [`${number} ${street}${unit ? ` Apt ${unit}` : ''}`], city, a.region, postal));
      if (own) {
        spellings.push(printed(name, [`${number} ${expand(street)}${unit ? `, Apt. ${unit}` : ''}`], city, a.region, postal));
        spellings.push(printed(name, [`${number} ${street}${unit ? ` Apt ${unit}` : ''}`], city, a.region, `${postal}-${digitsOf(rng, 4)}`));
      }
    } else {
      spellings.push(printed(name, [`${number} ${street}`, ...(unit ? [`Unit ${unit}`] : [])], city, a.region, postal));
      if (own) {
        spellings.push(printed(name, [unit ? `${unit}-${number} ${street}` : `${number} ${expand(street)}`], city, a.region, postal));
        spellings.push(printed(name, [`${number} ${expand(street)}`, ...(unit ? [`Apt ${unit}`] : [])], city, a.region, postal.replace(' ', '')));
      }
    }
    return address(kind, spellings, ENTERED[kind], note);
  }

  function office(rng: Rng, area: Area, name: string, company: string, kind: AddressKind, note: string): SimAddress {
    const { a, city, postal, street, number } = pick(rng, area);
    return address(kind, [printed(name, [company, `${number} ${street}, Suite ${rng.int(1, 9)}${rng.int(0, 2)}0`], city, a.region, postal)], ENTERED[kind], note);
  }

  function locker(rng: Rng, area: Area, name: string, kind: AddressKind, note: string): SimAddress {
    const { a, city, postal, street, number } = pick(rng, area);
    const where = rng.weighted([
      [`Amazon Hub Locker - ${rng.pick(['Quartz', 'Maple', 'Harbor', 'Juniper', 'Falcon', 'Cobalt'])}`, 5],
      [`Amazon Hub Counter - ${rng.pick(['Rite Aid', 'Corner Pharmacy', 'Main Street Market'])}`, 2],
      [country === 'Canada' ? `Canada Post - ${rng.pick(['Shoppers Drug Mart', 'Pharmaprix'])} Pickup` : `UPS Access Point - ${rng.pick(['Corner Market', 'Print & Ship'])}`, 1],
    ] as const);
    return address(kind, [printed(name, [where, `${number} ${street}`], city, a.region, postal)], ENTERED[kind], note);
  }

  function hotel(rng: Rng, area: Area, name: string, note: string): SimAddress {
    const { a, city, postal, street, number } = pick(rng, area);
    return address('hotel', [printed(name, [`c/o ${rng.pick(['Harborview', 'Grand Pines', 'Union Square', 'Riverside'])} Hotel`, `${number} ${street}`], city, a.region, postal)], false, note);
  }

  /** Reshippers: US tax-free or port states (FL, OR, DE, CA), Canadian ones near Vancouver and Montréal, and US ones for Canada. */
  const FORWARDERS: { region: string; city: string; postal: (rng: Rng) => string; country: 'United States' | 'Canada'; line: (rng: Rng) => string[] }[] = [
    { region: 'FL', city: 'Doral', postal: zip('3317'), country: 'United States', line: (r) => [`${r.int(7000, 9999)} NW 25th St Ste ${r.int(100, 199)} #${upperLetters(r, 2)}${r.int(1000, 9999)}`] },
    { region: 'FL', city: 'Sarasota', postal: zip('3424'), country: 'United States', line: (r) => [`${r.int(4000, 4999)} Express Ln Ste ${r.int(100, 999)}-${upperLetters(r, 2)}${r.int(1000, 9999)}`] },
    { region: 'OR', city: 'Tigard', postal: zip('9722'), country: 'United States', line: (r) => [`${r.int(7000, 7999)} SW Hazel Rd`, `Unit ${upperLetters(r, 3)}${r.int(100, 999)}`] },
    { region: 'DE', city: 'New Castle', postal: zip('1972'), country: 'United States', line: (r) => [`${r.int(100, 999)} Quigley Blvd Ste ${r.int(1, 9)}`, `Attn ${upperLetters(r, 2)}${r.int(10000, 99999)}`] },
    { region: 'CA', city: 'Torrance', postal: zip('9050'), country: 'United States', line: (r) => [`${r.int(19000, 19999)} S Vermont Ave Bldg ${r.int(1, 9)} #${upperLetters(r, 2)}${r.int(100, 999)}`] },
    { region: 'BC', city: 'Richmond', postal: fsa('V6V'), country: 'Canada', line: (r) => [`Unit ${r.int(100, 199)} - ${r.int(13000, 13999)} Maycrest Way`, `Ref ${upperLetters(r, 2)}${r.int(1000, 9999)}`] },
    { region: 'QC', city: 'Dorval', postal: fsa('H9P'), country: 'Canada', line: (r) => [`${r.int(1000, 2999)} ch. de la Côte-de-Liesse`, `Entrepôt ${r.int(1, 9)}, casier ${r.int(100, 999)}`] },
    { region: 'ON', city: 'Mississauga', postal: fsa('L5T'), country: 'Canada', line: (r) => [`${r.int(100, 999)} Export Blvd Unit ${r.int(1, 40)}`, `Freight forwarding #${upperLetters(r, 2)}${r.int(1000, 9999)}`] },
  ];

  function reshipper(rng: Rng, ownerArea: Area, name: string, note: string): SimAddress {
    const home = FORWARDERS.filter((f) => f.country === country && f.region !== ownerArea.region);
    const abroad = FORWARDERS.filter((f) => f.country !== country);
    const f = country === 'Canada' && rng.chance(0.3) ? rng.pick(abroad) : rng.pick(home);
    const postal = f.postal(rng);
    const lines = f.line(rng);
    const read = { name, lines: [...lines, f.city], postalCode: postal, region: f.region, country: f.country };
    return address('attacker-reshipper', [spelling([[...lines, `${f.city}, ${f.region} ${postal}`], [f.country]], read)], false, note);
  }

  const factory: AddressFactory = {
    areas,
    dwelling,
    office,
    locker,
    hotel,
    reshipper,
    companies: country === 'Canada'
      ? ['Northwind Design Inc.', 'Maple Ridge Accounting Ltd.', 'Bluewater Studio Inc.', 'Cedar & Pine Consulting']
      : ['Harbor Line Supply LLC', 'Brightside Dental Group', 'Oakridge Accounting LLC', 'Summit Print Co.', 'Northgate Realty Inc.'],
  };
  return factory;
}

export const US_ADDRESSES = make('United States');
export const CA_ADDRESSES = make('Canada');
